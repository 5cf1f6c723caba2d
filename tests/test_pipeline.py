"""Ingestion into both stores: idempotent, replace on change, bad input refused without damage."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import SEED, make_settings

pytestmark = pytest.mark.slow


@pytest.fixture()
def service(tmp_path):
    from service import Nianbao

    return Nianbao(make_settings(tmp_path / "store"))


def _state(svc):
    c = svc.facts.counts()
    return (c["reports"], c["facts"], c["chunks"], svc.stores.vectors.count())


def test_add_twice_is_idempotent(service, tmp_path):
    seed = tmp_path / "seed.txt"
    shutil.copy(SEED, seed)
    r1 = service.ingester.add_file(seed)
    assert r1.status == "added", r1.line()
    assert r1.agency == "涧西区人民政府办公室" and r1.year == 2020
    assert r1.facts == 198
    before = _state(service)
    assert before[2] == before[3] > 0  # every chunk text has its vector
    r2 = service.ingester.add_file(seed)
    assert r2.status == "unchanged"
    assert _state(service) == before


def test_changed_file_replaces_its_report(service, tmp_path):
    seed = tmp_path / "seed.txt"
    text = SEED.read_text(encoding="utf-8")
    seed.write_text(text, encoding="utf-8")
    old = service.ingester.add_file(seed)
    seed.write_text(text.replace("全年共收到依申请公开17件", "全年共收到依申请公开17件（已核）"), encoding="utf-8")
    new = service.ingester.add_file(seed)
    assert new.status == "replaced" and new.report_id != old.report_id
    assert service.facts.get_report(old.report_id) is None
    assert service.stores.vectors.ids_for_report(old.report_id) == []
    assert len(service.stores.vectors.ids_for_report(new.report_id)) == new.chunks
    assert service.stores.facts.pending_journal() == []


@pytest.mark.parametrize(
    "name,content,expect",
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 20, ""),
        ("notes.xyz", b"hello", "unsupported"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<<", ""),
        ("fake.docx", b"PK\x03\x04 not really a zip", ""),
        ("recipe.txt", "番茄炒蛋的做法：先把鸡蛋打散，再下锅翻炒。".encode(), "not a government"),
    ],
)
def test_bad_input_is_refused_and_store_unchanged(service, tmp_path, name, content, expect):
    service.ingester.add_file(SEED)
    before = _state(service)
    bad = tmp_path / name
    bad.write_bytes(content)
    [res] = service.ingester.add_paths([bad])
    assert res.status == "failed"
    assert res.message and "\n" not in res.message
    assert expect in res.message.lower() or expect in res.message
    assert _state(service) == before


def test_batch_continues_after_a_bad_file(service, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    shutil.copy(SEED, folder / "b_seed.txt")
    results = service.ingester.add_paths([folder])
    assert [r.status for r in results] == ["failed", "added"]


def test_remove_deletes_both_stores(service):
    r = service.ingester.add_file(SEED)
    assert service.ingester.remove(r.report_id)
    assert _state(service) == (0, 0, 0, 0)
