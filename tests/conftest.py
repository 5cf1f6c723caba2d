"""Shared test setup: offline, no telemetry, and the path of the shared corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
GOLD = CORPUS / "gold"
SEED = ROOT / "data" / "seed_jianxi_2020.txt"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus is absent ({CORPUS}): the real-report tests need it")
    return CORPUS


def make_settings(store_dir: Path, **kw):
    """Settings for a throwaway store (the model cache is shared with the project's)."""
    from settings import Settings

    return Settings(store_dir=store_dir, **kw)


@pytest.fixture(scope="session")
def corpus_service(tmp_path_factory):
    """One service over a store holding data/ (seed + samples) and, when present, ../shared/corpus."""
    from service import Nianbao

    store = tmp_path_factory.mktemp("corpus_store")
    svc = Nianbao(make_settings(store))
    paths = [ROOT / "data"]
    if CORPUS.is_dir():
        paths.append(CORPUS)
    results = svc.ingester.add_paths(paths)
    svc.ingest_results = results
    return svc


def ask_conversation(svc, *questions) -> dict:
    """Ask ``questions`` as one conversation (each with the previous answer's reading as its
    context); the last answer's record."""
    ctx, rec = None, None
    for q in questions:
        ans = svc.ask(q, context=ctx)
        ctx, rec = ans.query, ans.record
    return rec


def fact_keys(rec: dict) -> set[str]:
    """The fact keys an answer's record cites."""
    return {f["key"] for f in rec.get("facts") or []}


def quoted_text(record: dict) -> str:
    """An answer's words and its passages' text, spaces removed (what a narrative answer quotes)."""
    return (record["answer"] + "".join(p["text"] for p in record["passages"])).replace(" ", "")


# the corpus's bodies by their full names, as the narrative tests name them
SH = "上海市人民政府办公厅"
STCSM = "上海市科学技术委员会"
SHUYANG = "沭阳县人民政府"
HUAIAN = "淮安市人民政府"
HONGZE = "淮安市洪泽区人民政府"
JIANXI = "涧西区人民政府办公室"


def find_narrative(svc, agency: str, year: int, question: str, lang: str | None = None):
    """The narrative finder alone over one real report's text, as the engine calls it for a number the
    text states (``lang`` guessed from the question when not given)."""
    from rag import narrative

    if lang is None:
        lang = "zh" if sum("\u4e00" <= ch <= "\u9fff" for ch in question) > len(question) * 0.3 else "en"
    eng = svc.engine
    svc.ask("淮安2024年收到多少申请")  # the catalogue of reports is read
    rep = eng._primary[(agency, year)]
    drop = [x for a in eng._agencies if a.name == agency for x in (a.name, a.region or "", *(a.aliases or []))]
    return narrative.find(question, lang, svc.facts.chunks_for([rep.id]), drop, eng.similar)

