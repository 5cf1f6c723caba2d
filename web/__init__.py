"""Floor 5 — the face: the Gradio UI, the HTTP API and their views.

Owns presentation and the limits at the door (``web.guard``). It calls the service (floor 4)
for everything else and never imports ``ingest`` internals; see ../shared/design/HOUSE.md.
"""
