"""Imported once in the guard's forkserver (ingest.guard): loads what every parse needs, so
that each per-file child starts warm instead of loading jieba's dictionary again.

The parsing modules import some libraries lazily (the text splitter, BeautifulSoup,
python-docx, charset detection): each per-file child is a fresh fork, so a lazy import paid
there is paid again for every file (about 1 s a file on the 2 cores: most of the "parsing"
time bench/ingest.py measured). They are imported here, once."""
import bs4  # noqa: F401  (html reports)
import charset_normalizer  # noqa: F401  (text reports of unknown encoding)
import docx  # noqa: F401  (docx reports)
import jieba

import ingest.prepare  # noqa: F401  (the loaders, parser, checks and chunker)
from ingest import chunking
from settings import Settings

jieba.setLogLevel(60)
jieba.initialize()
_defaults = Settings.model_fields
chunking._splitter(_defaults["chunk_size"].default, _defaults["chunk_overlap"].default)
