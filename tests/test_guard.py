"""Files are prepared in a child process under a time limit: a file that takes too long is
refused with a clear message, and nothing is stored."""
from __future__ import annotations

import time

import pytest

from ingest.guard import prepare_guarded
from vocab.records import LoadError
from ingest.prepare import prepare
from tests.conftest import SEED, make_settings


def test_guarded_result_equals_in_process(tmp_path):
    s = make_settings(tmp_path / "store")
    a, b = prepare(SEED, s), prepare_guarded(SEED, s)
    assert a.record == b.record and a.ids == b.ids and [c.text for c in a.chunks] == [c.text for c in b.chunks]


def test_a_file_over_the_time_limit_is_refused_quickly(tmp_path):
    prepare_guarded(SEED, make_settings(tmp_path / "store"))  # the forkserver is up
    s = make_settings(tmp_path / "store", file_timeout_s=0.005)  # less than a real parse takes
    t = time.perf_counter()
    with pytest.raises(LoadError, match="took longer than 0.005 s"):
        prepare_guarded(SEED, s)
    assert time.perf_counter() - t < 5


def test_refusals_inside_the_child_keep_their_message(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        prepare_guarded(empty, make_settings(tmp_path / "store"))


@pytest.mark.slow
def test_ingester_reports_the_timeout_and_stores_nothing(tmp_path):
    from service import Nianbao

    svc = Nianbao(make_settings(tmp_path / "store", file_timeout_s=0.005))
    [res] = svc.ingester.add_paths([SEED])
    assert res.status == "failed" and "took longer" in res.message
    assert svc.facts.counts()["reports"] == 0 and svc.stores.vectors.count() == 0
