"""Uploaded files, kept by content: ``uploads/<sha256>/<original name>``.

Two files never replace each other because they share a name (government sites often call
every report 年报.txt): the folder is the hash of the bytes, the original name is kept as the
file name inside it. The same bytes uploaded twice land in the same place and are "unchanged".
Replacing a report is an explicit staff action (remove the old one), never a side effect.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

_BAD = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def safe_name(name: str, default: str = "upload") -> str:
    """The last path component of a client's file name, without control or path characters,
    trailing dots or spaces, at most 120 characters (suffix kept)."""
    base = re.split(r"[/\\]", str(name or ""))[-1]
    base = _BAD.sub("_", base).strip().rstrip(". ").lstrip(".")
    if not base:
        return default
    if len(base) > 120:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: 110] + dot + suffix[:9]) if dot and len(suffix) <= 9 else base[:120]
    return base


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def keep(src: Path, name: str, inbox: Path) -> Path:
    """Copy ``src`` into ``inbox/<sha256>/<safe name>`` (atomically) and return that path; the
    same bytes already kept return the kept file, whatever name they came with."""
    digest = file_sha256(src)
    folder = inbox / digest
    if folder.is_dir():
        kept = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".part-")]
        if kept:
            return kept[0]
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / safe_name(name)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=folder)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def discard(kept: Path, inbox: Path) -> None:
    """Remove a kept upload (a failed ingestion leaves nothing behind)."""
    folder = kept.parent
    if folder.parent.resolve() != inbox.resolve():
        return  # only ever delete inside the inbox
    shutil.rmtree(folder, ignore_errors=True)
