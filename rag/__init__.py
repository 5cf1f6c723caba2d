"""Floor 3 — answering: question → reading (body, year, keys, operation) → facts / passages →
a composed, cited answer. Reads the stores through their reader interfaces; may import
``settings``, ``vocab`` and ``stores``, never ``ingest``, ``service`` or the face.
``python -m rag`` (``__main__``) is a face: it works through the service.
"""
