"""Read, parse and chunk a file in a child process under a time limit.

A hostile or malformed file (a PDF whose structure loops, a pathological table) must never
hang or crash the ingester or the app that calls it. Each file is prepared in a child forked
from a small, clean "forkserver" process (started once, with the parsing modules preloaded,
so a child costs milliseconds and shares nothing with the caller's threads); past
``settings.file_timeout_s`` the child is killed and the file refused with a clear message.
``file_timeout_s = 0`` prepares in-process.
"""
from __future__ import annotations

import multiprocessing as mp
import threading
from pathlib import Path
from typing import Any

from vocab.records import LoadError

_lock = threading.Lock()
_ctx: Any = None


def _context():
    global _ctx
    with _lock:
        if _ctx is None:
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["ingest._warm"])
            _ctx = ctx
        return _ctx


def _child(conn, path: Path, settings) -> None:
    try:
        from ingest.prepare import prepare

        conn.send(("ok", prepare(path, settings)))
    except LoadError as e:
        conn.send(("refused", str(e)))
    except BaseException as e:  # report, don't die silently
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def prepare_guarded(path: Path, settings):
    """``ingest.prepare.prepare`` under ``settings.file_timeout_s``; raises LoadError."""
    from ingest.prepare import prepare

    limit = float(settings.file_timeout_s or 0)
    if limit <= 0:
        return prepare(path, settings)
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, Path(path), settings), daemon=True)
    proc.start()
    send.close()
    try:
        if not receive.poll(limit):
            proc.kill()
            raise LoadError(f"took longer than {limit:g} s to read, so it was refused (a malformed or hostile file?)")
        try:
            kind, payload = receive.recv()
        except EOFError:
            raise LoadError(f"the reader crashed on this file (exit code {proc.exitcode}); refused") from None
    finally:
        receive.close()
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
    if kind == "ok":
        return payload
    if kind == "refused":
        raise LoadError(payload)
    raise RuntimeError(payload)
