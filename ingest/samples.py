"""Which files are generated, fictional reports (the bundled samples and ``python -m generator``
output): those listed in the generator's ``manifest.json`` in the same folder. They are stored
with ``reports.sample`` set and badged "示例（虚构）sample, fictional" wherever they are shown."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

GENERATOR = "nianbao.generator"  # what generator/__main__.py writes as the manifest's "generator"


@lru_cache(maxsize=64)
def _listed(manifest: Path, mtime: tuple[int, int]) -> frozenset[str]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(data, dict) or data.get("generator") != GENERATOR:
        return frozenset()
    return frozenset(str(f.get("file")) for f in data.get("files", []) if isinstance(f, dict))


def is_generated(path: str | Path) -> bool:
    """True when the generator's manifest beside ``path`` lists it by name."""
    path = Path(path)
    manifest = path.parent / "manifest.json"
    try:
        st = manifest.stat()
        mtime = (st.st_mtime_ns, st.st_size)
    except OSError:
        return False
    return path.name in _listed(manifest.resolve(), mtime)
