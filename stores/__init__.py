"""Floor 2 — the stores: the fact store (``facts``: schema and named migrations, a reader and a
writer), the vector store (``vectors``: a reader and a writer over Chroma), the embedding model
(``embedding``), the writer lock (``lock``) and the bundle that opens them together and runs
crash recovery (``bundle``). They know nothing of files or questions. May import ``settings``
and ``vocab``; never ingest, rag, the service or the face.
"""
