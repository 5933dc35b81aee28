"""Query benchmark: a store of 1,000,000 synthetic consolidated events, timed through the API.

The store is built directly with DuckDB SQL (not through the NLP pipeline): actors drawn
with Zipf-like popularity (a few heads of state in most events, a long tail of minor
actors), dates spread over ten years with more news in recent years, CAMEO codes weighted
towards the common verbal-cooperation ones, one to eight mentions per event. Then the
HTTP API answers in process (FastAPI's TestClient, the whole request/response path) and
the script prints p50/p95 latencies against the targets:

    event list p95 < 100 ms · actor timeline p95 < 200 ms · dyad series p95 < 300 ms

Usage: python benchmarks/query.py [--events 1000000] [--requests 60] [--db PATH]
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from eventwire.api import ServeSettings, create_app
from eventwire.cameo import codebook
from eventwire.kb import default_kb
from eventwire.store import Store

TARGETS_MS = {"event list": 100.0, "actor timeline": 200.0, "dyad series": 300.0}
LEADERS = [("Vladimir Putin", "RUS", "GOV"), ("Joe Biden", "USA", "GOV"),
           ("Xi Jinping", "CHN", "GOV"), ("Kim Jong Un", "PRK", "GOV"),
           ("Volodymyr Zelensky", "UKR", "GOV"), ("Narendra Modi", "IND", "GOV"),
           ("Recep Tayyip Erdogan", "TUR", "GOV"), ("Emmanuel Macron", "FRA", "GOV"),
           ("Olaf Scholz", "DEU", "GOV"), ("Benjamin Netanyahu", "ISR", "GOV"),
           ("Yoon Suk Yeol", "KOR", "GOV"), ("Fumio Kishida", "JPN", "GOV")]
SECTORS = ("GOV", "MIL", "OPP", "REB", "BUS", "MED", "CVL", "JUD", "LEG", "PTY")
# How often each CAMEO root appears in news-based event data (verbal cooperation dominates).
ROOT_WEIGHTS = {"01": 12, "02": 6, "03": 8, "04": 25, "05": 10, "06": 3, "07": 3, "08": 3,
                "09": 2, "10": 3, "11": 8, "12": 2, "13": 3, "14": 3, "15": 1, "16": 2,
                "17": 3, "18": 3, "19": 5, "20": 1}


def actor_pool(size: int, rng: random.Random) -> pa.Table:
    """Actors ranked by popularity: world leaders first, then countries' sectors."""
    countries = sorted(default_kb().countries, key=lambda c: c.iso3)
    rows = [{"rank": rank, "name": name, "country": country, "sector": sector,
             "code": country + sector} for rank, (name, country, sector)
            in enumerate(LEADERS, start=1)]
    while len(rows) < size:
        country = rng.choice(countries)
        sector = rng.choice(SECTORS)
        rank = len(rows) + 1
        rows.append({"rank": rank, "name": f"{country.name} {sector.lower()} {rank}",
                     "country": country.iso3, "sector": sector,
                     "code": country.iso3 + sector})
    return pa.Table.from_pylist(rows)


def weighted_codes() -> list[str]:
    """CAMEO codes repeated by their root's weight (for uniform draws from a list)."""
    codes = sorted(code for code in codebook() if len(code) == 3)
    by_root: dict[str, list[str]] = {}
    for code in codes:
        by_root.setdefault(code[:2], []).append(code)
    drawn: list[str] = []
    for root, weight in ROOT_WEIGHTS.items():
        for code in by_root.get(root, []):
            drawn += [code] * max(1, round(weight * 10 / len(by_root[root])))
    return drawn


def build(path: Path, events: int, seed: int = 7) -> float:
    """Fill ``path`` with ``events`` consolidated events and their mentions; seconds taken."""
    started = time.perf_counter()
    rng = random.Random(seed)
    pool = actor_pool(5000, rng)
    cameo = pa.Table.from_pylist([
        {"code": c.code, "name": c.name, "quad": c.quad_class, "goldstein": c.goldstein,
         "plover": c.plover} for c in codebook().values()])
    with Store(path) as store:
        con = store.connection
        con.execute("SET enable_progress_bar = false")
        con.register("pool", pool)
        con.register("cameo", cameo)
        con.execute("SELECT setseed(?)", [seed / 100]).fetchall()
        con.execute(BUILD_DRAWS, [weighted_codes(), len(pool), events])
        con.execute(BUILD_EVENTS_FROM_DRAWS)
        for statement in BUILD_MENTIONS.split(";\n"):
            con.execute(statement)
        con.execute(BUILD_ARTICLES)
        con.execute(BUILD_MENTION_ROWS)
        con.execute("DROP TABLE draws")
        con.execute("CHECKPOINT")
    return time.perf_counter() - started


# Log-uniform ranks (exp(U·ln N)) give the Zipf-like popularity; sqrt(U) skews dates late.
BUILD_DRAWS = """
    CREATE TEMP TABLE draws AS
    SELECT i AS id,
           ($1::VARCHAR[])[1 + floor(random() * len($1::VARCHAR[]))::INTEGER] AS cameo,
           greatest(1, floor(exp(random() * ln($2))))::INTEGER AS source_rank,
           greatest(1, floor(exp(random() * ln($2))))::INTEGER AS target_rank,
           DATE '2015-01-01' + floor(3650 * sqrt(random()))::INTEGER AS date,
           random() AS r
    FROM range(1, $3 + 1) t(i);
"""
BUILD_EVENTS_FROM_DRAWS = """
    INSERT INTO consolidated_events
    SELECT d.id, d.date, CASE WHEN d.r < 0.8 THEN 'day' ELSE 'publication' END,
           d.cameo, c.name, left(d.cameo, 2), c.plover, NULL, c.quad, c.goldstein,
           'name:' || lower(s.name), s.name, s.country, s.sector, s.code,
           'name:' || lower(t.name), t.name, t.country, t.sector, t.code,
           NULL, NULL, NULL, NULL, FALSE, 'asserted', 0.6,
           CASE WHEN d.r < 0.7 THEN 1 WHEN d.r < 0.9 THEN 2 WHEN d.r < 0.97 THEN 3 ELSE 8 END,
           0, 0, 0, d.date, d.date, '', 'E1', 0
    FROM draws d
    JOIN pool s ON s.rank = d.source_rank
    JOIN pool t ON t.rank = d.target_rank
    JOIN cameo c ON c.code = d.cameo
    ORDER BY d.date, d.id;
"""
BUILD_MENTIONS = """
    INSERT INTO event_mentions (article_id, event_id, consolidated_id, link_rule, date_lo,
                                date_hi, tolerance, cameo_root, negated, source_key,
                                target_key, published, outlet)
    SELECT 'a' || ((e.id * 7 + k * 13) % 700000)::VARCHAR, 'E' || e.id || '-' || k, e.id,
           CASE WHEN k = 1 THEN 'new' ELSE 'matched' END, e.date, e.date, 1,
           e.cameo_root, FALSE, e.source_actor, e.target_actor, e.date + (k - 1)::INTEGER,
           'outlet' || ((e.id + k) % 300)::VARCHAR
    FROM consolidated_events e, range(1, e.num_mentions + 1) m(k)
    ORDER BY e.id;
    UPDATE consolidated_events e SET num_sources = s.sources, num_articles = s.articles,
           num_stories = s.articles, article_id = s.first_article
    FROM (SELECT consolidated_id, count(DISTINCT outlet) AS sources,
                 count(DISTINCT article_id) AS articles, min(article_id) AS first_article
          FROM event_mentions GROUP BY ALL) s
    WHERE s.consolidated_id = e.id;
"""
BUILD_ARTICLES = """
    INSERT INTO articles (id, fingerprint, date, title, source, origin, text, credits,
                          ingested_at)
    SELECT article_id, md5(article_id), min(published), 'Synthetic article ' || article_id,
           any_value(outlet), 'benchmark',
           'Synthetic article body standing in for a news report of some length.', [],
           TIMESTAMP '2025-01-01'
    FROM event_mentions GROUP BY article_id;
"""
BUILD_MENTION_ROWS = """
    INSERT INTO events (article_id, event_id, sentence, start_char, end_char,
                        trigger_start_char, trigger_end_char, trigger_text,
                        source_name, source_country, source_code, target_name,
                        target_country, target_code, cameo, cameo_name, plover,
                        quad_class, goldstein, date, date_precision, negated, modality,
                        confidence, rule)
    SELECT m.article_id, m.event_id, 0, 0, 20, 0, 9, 'Synthetic', e.source_name,
           e.source_country, e.source_code, e.target_name, e.target_country, e.target_code,
           e.cameo, e.cameo_name, e.plover, e.quad_class, e.goldstein, e.date,
           e.date_precision, FALSE, 'asserted', 0.6, 'benchmark'
    FROM event_mentions m JOIN consolidated_events e ON e.id = m.consolidated_id;
"""


WARMUP = 10


def timed(call: Callable[[], object], repeats: int) -> list[float]:
    """Latencies in ms of ``repeats`` calls, after ``WARMUP`` calls that bring the store's
    pages into memory (the figures describe a server in its steady state)."""
    for _ in range(WARMUP):
        call()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def requests(client, rng: random.Random, names: list[str]) -> dict[str, Callable[[], object]]:
    """One request factory per measured family, each drawing varied parameters."""
    def get(path: str, params: dict[str, object]) -> object:
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def event_list() -> object:
        variant = rng.randrange(4)
        params: dict[str, object] = {"limit": 50, "offset": rng.choice([0, 50, 500])}
        if variant == 1:
            params["actor"] = rng.choice(names)
        elif variant == 2:
            params.update(type=rng.choice(["04", "19", "CONSULT", "111"]),
                          since="2022-01-01", until="2023-06-30")
        elif variant == 3:
            params.update(country=rng.choice(["RUS", "USA", "CHN", "UKR"]), order="-mentions")
        return get("/api/events", params)

    def actor_timeline() -> object:
        return get("/api/timeline", {"actor": rng.choice(names),
                                     "interval": rng.choice(["day", "week", "month"])})

    def dyad_series() -> object:
        if rng.random() < 0.5:
            a, b = rng.sample(names, 2)
            return get("/api/dyad", {"a": a, "b": b, "interval": "week"})
        a, b = rng.sample(["RUS", "USA", "CHN", "UKR", "PRK", "KOR", "JPN", "IND"], 2)
        return get("/api/dyad", {"a": a, "b": b, "by": "country", "interval": "month"})

    return {"event list": event_list, "actor timeline": actor_timeline,
            "dyad series": dyad_series}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(db: Path, events: int, repeats: int, rebuild: bool = True) -> dict[str, dict]:
    """Build (unless reusing) the store, time every family, return the figures."""
    from fastapi.testclient import TestClient

    figures: dict[str, dict] = {}
    if rebuild or not db.exists():
        db.unlink(missing_ok=True)
        # Built in a child process, so the timings below come from a freshly started
        # server over an existing store, not from the process that just wrote it.
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as child:
            seconds = child.submit(build, db, events).result()
        figures["build"] = {"seconds": round(seconds, 1), "events": events}
    rng = random.Random(11)
    names = [name for name, _, _ in LEADERS[:8]] + ["Russia gov 40", "Chin"]
    with TestClient(create_app(ServeSettings(str(db)))) as client:
        for family, call in requests(client, rng, names).items():
            times = timed(call, repeats)
            figures[family] = {"p50": round(statistics.median(times), 1),
                               "p95": round(percentile(times, 0.95), 1),
                               "target_p95": TARGETS_MS[family]}
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--db", type=Path, help="Store file (kept); a temporary one if absent.")
    parser.add_argument("--reuse", action="store_true", help="Reuse an existing --db.")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "bench.duckdb"
        figures = run(db, args.events, args.requests, rebuild=not args.reuse)
    if "build" in figures:
        print(f"built {figures['build']['events']:,} events in {figures['build']['seconds']} s")
    missed = False
    for family in TARGETS_MS:
        row = figures[family]
        ok = row["p95"] < row["target_p95"]
        missed |= not ok
        print(f"{family:15s} p50 {row['p50']:7.1f} ms   p95 {row['p95']:7.1f} ms   "
              f"target p95 < {row['target_p95']:.0f} ms   {'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
