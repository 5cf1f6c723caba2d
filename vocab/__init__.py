"""Floor 1 — the vocabulary: the one description of the reports, used by ingest (to parse) and
by rag (to understand) alike.

``fact_keys.tsv`` + ``keys`` (the canonical keys, the tables' layout in template order, derived
keys), ``lexicon`` (the words people use for each part of a key, in Chinese and English),
``labels`` (how a key is cited and labelled), ``layout`` (the tables rebuilt from facts),
``records`` (Document, Fact, Check …), ``checks`` (the spec's arithmetic rules), ``text``
(traditional → simplified). Adding a key touches ``fact_keys.tsv`` only. Imports nothing of
the project but ``settings``.
"""
