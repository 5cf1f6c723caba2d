"""floor 2 — the stores: fact store, vector store, embedding model, writer lock and crash recovery; imports only settings and vocabulary, never ingest/rag/web."""
