"""The floors of ../shared/design/HOUSE.md, checked on the import graph (``ast``, nothing run):

    5 face      app.py, web/, the CLIs (ingest/__main__.py, rag/__main__.py)
    4 service   service/ (the composition root, the views)
    3 ingest/ and rag/ (siblings: never import each other)
    2 stores/
    1 vocab/
    0 settings.py

Imports run down only; the face reaches ingest, rag and the stores only through the service;
the answer side holds no write interface of the stores; no two modules import each other.
Tooling (bench/, evals/, generator/) may import the floors; no floor imports tooling.
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

FLOOR = {"settings": 0, "vocab": 1, "stores": 2, "ingest": 3, "rag": 3, "service": 4, "web": 5, "app": 5}
TOOLING = {"bench", "evals", "generator"}
FACE_MAY_IMPORT = {"service", "vocab", "settings", "web"}
WRITERS = {"FactStore", "VectorStore", "Stores", "WriterLock", "Ingester"}


def _modules() -> dict[str, Path]:
    out = {}
    for p in ROOT.rglob("*.py"):
        rel = p.relative_to(ROOT)
        if rel.parts[0] in {".venv", "tests", "data", "build", ".cache"} or rel.parts[0].startswith("."):
            continue
        if rel.parts[:2] == ("evals", "blind"):
            continue
        name = ".".join(rel.with_suffix("").parts)
        out[name.removesuffix(".__init__")] = p
    return out


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(mod: str, path: Path) -> list[tuple[str, set[str]]]:
    """(imported module, names taken from it) for every import of ``mod``."""
    out = []
    is_pkg = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, set()) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = mod.split(".")[: len(mod.split(".")) - node.level + (1 if is_pkg else 0)]
                base = ".".join(parts + ([base] if base else []))
            names = {a.name for a in node.names}
            out.append((base, names))
            out += [(f"{base}.{n}", set()) for n in names if _resolve(f"{base}.{n}") == f"{base}.{n}"]
    resolved = []
    for target, names in out:
        r = _resolve(target)
        if r and r != mod:
            resolved.append((r, names))
    return resolved


def _floor(mod: str) -> int | None:
    top = mod.split(".")[0]
    if mod.endswith(".__main__") and top in ("ingest", "rag"):
        return 5
    return FLOOR.get(top)


GRAPH = {m: _imports(m, p) for m, p in MODULES.items()}


def test_the_floors_are_all_there():
    for pkg in ("vocab", "stores", "ingest", "rag", "service", "web"):
        init = ROOT / pkg / "__init__.py"
        assert init.exists(), pkg
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "import" in doc.lower(), f"{pkg}/__init__.py says what it owns and what it may import"


def test_imports_run_down_only():
    bad = []
    for mod, deps in GRAPH.items():
        fa, top = _floor(mod), mod.split(".")[0]
        for dep, _ in deps:
            fb, dtop = _floor(dep), dep.split(".")[0]
            if fa is not None and dtop in TOOLING:
                bad.append(f"{mod} -> {dep} (a floor imports tooling)")
            if fa is None or fb is None:
                continue
            if fb > fa:
                bad.append(f"{mod} -> {dep} (up from floor {fa} to {fb})")
            elif fa == fb == 3 and top != dtop:
                bad.append(f"{mod} -> {dep} (ingest and rag are siblings)")
    assert not bad, "\n".join(bad)


def test_the_face_goes_through_the_service():
    bad = []
    for mod, deps in GRAPH.items():
        if _floor(mod) != 5:
            continue
        own = mod.split(".")[0] if mod.endswith(".__main__") else None
        for dep, _ in deps:
            dtop = dep.split(".")[0]
            if dtop in FACE_MAY_IMPORT or dtop == own or _floor(dep) is None:
                continue
            bad.append(f"{mod} -> {dep}")
    assert not bad, "the face imports internals:\n" + "\n".join(bad)


def test_the_answer_side_gets_readers_only():
    bad = [f"{mod} takes {sorted(names & WRITERS)} from {dep}"
           for mod, deps in GRAPH.items() if mod.split(".")[0] in ("rag", "web")
           for dep, names in deps if names & WRITERS]
    assert not bad, "\n".join(bad)


def test_no_two_modules_import_each_other():
    edges = defaultdict(set)
    for mod, deps in GRAPH.items():
        edges[mod] |= {d for d, _ in deps}
    index, low, stack, on, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in list(edges):
        if v not in index:
            visit(v)
    assert not cycles, cycles


def test_the_checker_catches_a_broken_house(tmp_path, monkeypatch):
    """The rules above can fail: a fake rag module importing ingest is flagged."""
    import sys

    fake = dict(GRAPH)
    fake["rag.fake"] = [("ingest.pipeline", {"Ingester"}), ("service.nianbao", set())]
    monkeypatch.setattr(sys.modules[__name__], "GRAPH", fake)
    for check in (test_imports_run_down_only, test_the_answer_side_gets_readers_only):
        try:
            check()
        except AssertionError:
            continue
        raise AssertionError(f"{check.__name__} did not catch rag.fake")
