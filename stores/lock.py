"""The writer lock of a store folder, and who wrote a journal row.

One process at a time writes the stores of a ``store_dir``: every write (an ingested file's
journal → vectors → SQL → cleanup sequence, a removal, crash recovery) runs while holding an
exclusive lock on ``store_dir/write.lock`` (``flock`` through the ``filelock`` package, so the
kernel drops it when the holder dies, even by ``kill -9``). Reads never take it. The lock is
held for the store writes only, never while the model embeds, so a big file delays its own
batch, not other writers.

Within one process the lock is reentrant for the thread that holds it; other threads, and
other processes, wait (or, with ``try_hold``, go on without it).

Each journal row records its owner, ``host:pid:start`` (the process start time tells a live
process from a later one that reuses its pid). Recovery touches a row only when its owner is
gone: a live writer's row, or a row written on another host (a shared server store, which a
lock file on this host cannot cover), is left to its writer.
"""
from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Literal

from filelock import FileLock, Timeout

LOCK_NAME = "write.lock"


class WriterLock:
    """The exclusive writer lock of one store folder (``with lock:`` waits for it)."""

    def __init__(self, store_dir: Path):
        self.path = Path(store_dir) / LOCK_NAME
        # one FileLock per path in a process (is_singleton): reentrant in the thread holding it,
        # while other threads and processes contend for the flock
        self._lock = FileLock(str(self.path), is_singleton=True)

    def __enter__(self) -> "WriterLock":
        self._lock.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()

    @contextmanager
    def try_hold(self) -> Iterator[bool]:
        """Take the lock if it is free, without waiting: yields whether it is held."""
        try:
            self._lock.acquire(blocking=False)
        except Timeout:
            yield False
            return
        try:
            yield True
        finally:
            self._lock.release()


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux /proc), None if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
    if fields[0] == "Z":  # a zombie: dead, only not yet reaped
        return "zombie"
    return fields[19]  # field 22 of proc(5)


def owner_id(pid: int | None = None) -> str:
    """``host:pid:start`` of a process (default: this one), as journal rows record it."""
    pid = os.getpid() if pid is None else pid
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or '-'}"


def owner_state(owner: str | None) -> Literal["alive", "gone", "elsewhere", "unknown"]:
    """Whether the process that wrote a journal row still runs.

    "elsewhere": written on another host, cannot be checked from here; "unknown": a row
    written before owners were recorded.
    """
    if not owner:
        return "unknown"
    try:
        host, pid_text, start = owner.rsplit(":", 2)
        pid = int(pid_text)
    except ValueError:
        return "unknown"
    if host != socket.gethostname():
        return "elsewhere"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return "gone"
    except PermissionError:
        pass  # alive, another user's
    except OverflowError:
        return "gone"
    now = _start_time(pid)
    if now == "zombie" or (start != "-" and now is not None and now != start):
        return "gone"  # dead but unreaped, or the pid now belongs to a later process
    return "alive"
