"""Imported once in the guard's forkserver (ingest.guard): loads what every parse needs, so
that each per-file child starts warm instead of loading jieba's dictionary again."""
import jieba

import ingest.prepare  # noqa: F401  (the loaders, parser, checks and chunker)

jieba.setLogLevel(60)
jieba.initialize()
