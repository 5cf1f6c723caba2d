"""A store of many reports built in bulk, for ``bench/ask.py --bulk`` (100,000 reports).

Honest summary of what is real and what is a stand-in:

- ``--templates`` generated report files (``python -m generator``) are read by the real
  loader, parser, extractor and chunker (``ingest.prepare.prepare``), in this process.
- Every stored report is a **clone** of one template: the template's facts, checks and
  passages, under a new body name and a new id (the template's year is kept, so the table
  layout matches the year). Body names come from the generator's cities and departments and
  a longer list of district names, so that 100,000 distinct (body, year) pairs exist; the
  template's body name is replaced by the clone's in the passage texts.
- Vectors: the passages of the first ``pool`` templates are embedded by the real model; every
  clone reuses, for its passage j, the vector of passage j of a pooled template. The index
  holds as many vectors as a real store of that size (so the vector search cost is real), but
  retrieval *quality* is not measured by this store.
- Writing bypasses ``Ingester.add_file`` (one transaction per report, ~10 reports/s here): rows
  go in by SQLAlchemy Core multi-row inserts on the schema's own tables, thousands of reports
  per transaction, with the secondary indexes of facts/checks/chunks dropped during the load
  and rebuilt at the end (the schema's own ``Index`` objects); vectors by Chroma ``add`` in
  its maximum batch. The writer lock is held throughout and the store version is bumped.

The build is resumable: reports already stored (by id) are skipped.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select, update

_DISTRICT_HEADS = "东西南北中新高滨清凤河湖山江龙安"
_DISTRICT_TAILS = "城湖山河关江安平阳林"


@dataclass
class Template:
    entry: dict  # the generator manifest entry
    agency: str
    year: int
    kind: str | None
    fmt: str
    title: str | None
    facts: list[dict]
    checks: list[dict]
    warnings: list[str]
    chunks: list[tuple[str, dict]]  # (text, metadata)
    vectors: list[list[float]] | None = None


def body_names() -> list[tuple[str, str]]:
    """(body, region) pairs: the generator's cities × a longer list of districts × its
    departments, government and office: about 26,000 distinct bodies."""
    from generator.numbers import _CITIES, _DEPARTMENTS

    districts = [h + t + "区" for h in _DISTRICT_HEADS for t in _DISTRICT_TAILS if h != t][:80]
    out = []
    for cities in _CITIES.values():
        for city in cities:
            for d in districts:
                for suffix in ["人民政府", "人民政府办公室", *_DEPARTMENTS]:
                    out.append((f"{city}{d}{suffix}", f"{city}{d}"))
    return out


def read_templates(folder: Path, settings, log=print, limit: int | None = None) -> list[Template]:
    from ingest.prepare import prepare

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"][:limit]
    out, t0 = [], time.time()
    for e in manifest:
        try:
            p = prepare(folder / e["file"], settings)
        except Exception as ex:  # noqa: BLE001 - a template that does not read is left out
            log(f"  template {e['file']} skipped: {ex}")
            continue
        rec = p.record
        if rec.get("agency") is None or rec.get("year") is None:
            continue
        out.append(Template(e, rec["agency"], int(rec["year"]), p.doc.kind, rec.get("format", "unknown"),
                            getattr(p.meta, "title", None), rec["facts"], rec["checks"],
                            list(rec.get("warnings", [])), [(c.text, dict(c.metadata)) for c in p.chunks]))
    log(f"read {len(out)} templates in {time.time() - t0:.0f}s")
    return out


def embed_pool(templates: list[Template], embedder, pool: int) -> int:
    n = 0
    for t in templates[:pool]:
        t.vectors = embedder.embed_passages([c[0] for c in t.chunks])
        n += len(t.chunks)
    return n


def plan(templates: list[Template], n: int) -> list[tuple[int, Template, str, str]]:
    """n clones (index, template, body, region), every (body, year) pair distinct."""
    bodies = body_names()
    next_body: dict[int, int] = {}
    out = []
    for i in range(n):
        t = templates[i % len(templates)]
        k = next_body.get(t.year, 0)
        if k >= len(bodies):
            raise SystemExit(f"not enough body names for year {t.year}")
        next_body[t.year] = k + 1
        # spread a year's bodies over the list, so that consecutive clones differ
        body, region = bodies[(k * 7919) % len(bodies)]
        out.append((i, t, body, region))
    return out


def clone_id(i: int) -> str:
    return hashlib.sha256(f"bench-bulk-report-{i}".encode()).hexdigest()


def manifest_entry(i: int, t: Template, body: str) -> dict:
    e = {k: v for k, v in t.entry.items() if k not in ("file", "agency")}
    return {**e, "file": f"bulk:{i}", "agency": body, "year": t.year, "stored": True, "askable": True,
            "id": clone_id(i)}


class BulkWriter:
    """Writes clones in blocks: one fact-store transaction and a few Chroma adds per block."""

    def __init__(self, stores, pooled: list[Template]):
        from stores.facts.schema import agencies

        self.stores, self.pooled = stores, pooled
        self.engine = stores.facts.engine
        with self.engine.connect() as conn:
            self.agency_ids = {r.name: r.id for r in conn.execute(select(agencies.c.id, agencies.c.name))}
        self.col = stores.vectors.collection
        self.max_batch = max(1, min(getattr(stores.vectors, "max_batch", 5000), 5000))
        self.sql_s = self.chroma_s = 0.0

    def existing(self, ids: list[str]) -> set[str]:
        from stores.facts.schema import reports

        got: set[str] = set()
        with self.engine.connect() as conn:
            for k in range(0, len(ids), 500):
                got |= {r[0] for r in conn.execute(select(reports.c.id).where(reports.c.id.in_(ids[k:k + 500])))}
        return got

    def write_block(self, block: list[tuple[int, Template, str, str]], now: str) -> int:
        from stores.facts.schema import agencies, checks, chunks, facts, reports

        t_start = time.time()
        rows_r, rows_f, rows_c, rows_ch, vec = [], [], [], [], ([], [], [], [])
        with self.engine.begin() as conn:
            for i, t, body, region in block:
                if body not in self.agency_ids:
                    res = conn.execute(insert(agencies).values(name=body, region=region, aliases="[]"))
                    self.agency_ids[body] = int(res.inserted_primary_key[0])
                rid = clone_id(i)
                rows_r.append(dict(id=rid, agency_id=self.agency_ids[body], agency=body, year=t.year,
                                   title=(t.title or "").replace(t.agency, body), format=t.fmt,
                                   source=f"bench-bulk://{i}/{t.entry['file']}", kind=t.kind,
                                   n_chunks=len(t.chunks), n_facts=sum(1 for f in t.facts if not f.get("derived")),
                                   warnings=json.dumps(t.warnings, ensure_ascii=False), ingested_at=now, sample=True))
                rows_f += [dict(report_id=rid, key=f["key"], value=None if f["value"] is None else float(f["value"]),
                                value_text=_text(f["value"]), raw=f.get("raw", ""), derived=bool(f.get("derived")),
                                evidence=f.get("evidence", "")) for f in t.facts]
                rows_c += [dict(report_id=rid, name=c["name"], status=c["status"], detail=c.get("detail", ""))
                           for c in t.checks]
                src = self.pooled[i % len(self.pooled)].vectors
                for j, (text, meta) in enumerate(t.chunks):
                    text = text.replace(t.agency, body)
                    cid = hashlib.sha256(f"{rid}\x00{j}\x00{text}".encode()).hexdigest()[:32]
                    rows_ch.append(dict(id=cid, report_id=rid, position=meta.get("position", j),
                                        section=meta.get("section", 0), section_title=meta.get("section_title"),
                                        page=meta.get("page"), text=text))
                    m = {**meta, "report_id": rid, "source": f"bench-bulk://{i}", "agency": body, "year": t.year}
                    vec[0].append(cid), vec[1].append(text), vec[2].append(src[min(j, len(src) - 1)])
                    vec[3].append({k: v for k, v in m.items() if v is not None})
            conn.execute(insert(reports), rows_r)
            for table, rows in ((facts, rows_f), (checks, rows_c), (chunks, rows_ch)):
                if rows:  # the DB-API's executemany on tuples: SQLAlchemy's per-row work is the cost here
                    cols = list(rows[0])
                    sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                    conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])
        t_sql = time.time()
        for k in range(0, len(vec[0]), self.max_batch):
            self.col.add(ids=vec[0][k:k + self.max_batch], documents=vec[1][k:k + self.max_batch],
                         embeddings=vec[2][k:k + self.max_batch], metadatas=vec[3][k:k + self.max_batch])
        self.sql_s += t_sql - t_start
        self.chroma_s += time.time() - t_sql
        return len(vec[0])


def _text(v):
    from stores.facts.rows import value_to_text

    return value_to_text(v)


SECONDARY = ("ix_facts_report_key", "ix_facts_key", "ix_checks_report", "ix_chunks_report")


def drop_indexes(engine) -> None:
    with engine.begin() as conn:
        for name in SECONDARY:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def rebuild_indexes(engine, log=print) -> None:
    from stores.facts.schema import metadata

    for table in metadata.sorted_tables:
        for ix in table.indexes:
            if ix.name in SECONDARY:
                t0 = time.time()
                ix.create(engine, checkfirst=True)
                log(f"  index {ix.name} rebuilt in {time.time() - t0:.0f}s")


def build(stores, templates: list[Template], n: int, block: int = 2000, log=print,
          stop_file: Path | None = None) -> dict:
    """Clone templates into the stores until they hold clones 0..n-1; returns timings. When
    ``stop_file`` appears the build stops after the current block (``reached`` says where)."""
    from stores.facts.rows import _now
    from stores.facts.schema import store_state

    planned = plan(templates, n)
    pooled = [t for t in templates if t.vectors is not None]
    t0, vectors, written, reached = time.time(), 0, 0, 0
    with stores.lock:
        w = BulkWriter(stores, pooled)
        drop_indexes(w.engine)
        try:
            for k in range(0, n, block):
                if stop_file is not None and stop_file.exists():
                    log(f"  stopped by {stop_file} at {k} reports")
                    break
                part = planned[k:k + block]
                have = w.existing([clone_id(i) for i, *_ in part])
                part = [p for p in part if clone_id(p[0]) not in have]
                if part:
                    vectors += w.write_block(part, _now())
                    written += len(part)
                reached = min(n, k + block)
                log(f"  bulk {reached}/{n} reports ({written} new, {vectors} vectors) "
                    f"{time.time() - t0:.0f}s (facts {w.sql_s:.0f}s, vectors {w.chroma_s:.0f}s)")
        finally:
            t1 = time.time()
            rebuild_indexes(w.engine, log)
            with w.engine.begin() as conn:
                conn.execute(update(store_state).values(version=store_state.c.version + 1))
            index_s = time.time() - t1
    return {"bulk_s": round(time.time() - t0), "index_rebuild_s": round(index_s), "written": written,
            "vectors_added": vectors, "reached": reached, "facts_write_s": round(w.sql_s),
            "vectors_write_s": round(w.chroma_s)}


def report_count(stores) -> int:
    from stores.facts.schema import reports

    with stores.facts.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(reports)).scalar_one())


if __name__ == "__main__":
    print("use: python bench/ask.py --bulk --sizes 100000 --work DIR", file=sys.stderr)
