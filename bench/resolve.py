"""The main process alone: resolution and writing, replayed over extractions made once.

    .venv/bin/python -m bench.resolve 12000                       # 600-word synthetic articles
    .venv/bin/python -m bench.resolve 12000 --profile 11000-12000  # and where that thousand's time goes

In an ingest, spaCy runs in the workers and everything after it (actor and event resolution, the
store's writes) runs in one main process; past a few thousand articles that process, not spaCy, is what
grows. Timing it inside a full run mixes it with the workers fighting for the same cores, and needs the
whole run again for every change. This script extracts the synthetic corpus once (bench/synth.py, all
cores, cached in bench/cache/) and then feeds the extractions, batch by batch, to the same code `dossier
ingest` uses, in a fresh SQLite store, printing each thousand articles' resolve and store milliseconds
per article. The growth of those figures is the main process's part of how ingest scales; `--profile A-B`
runs cProfile over articles A to B and prints the functions that took the most time.

Results go to bench/results/resolve-N.json ($DOSSIER_BENCH_RESULTS and $DOSSIER_BENCH_CACHE move the two
folders).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import pstats
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.common import ROOT, save
from bench.synth import synthetic_articles
from dossier.analyse import BATCH_SIZE
from dossier.models import Article
from dossier.packs import Pack, load_pack
from dossier.pipeline import (
    STAGES,
    BatchResult,
    EventRows,
    bind_pack,
    extract_batch,
    load_resolver,
    save_batch,
    worker_init,
)
from dossier.read.jsonl import read_jsonl
from dossier.store import open_store

CACHE = Path(os.environ.get("DOSSIER_BENCH_CACHE") or ROOT / "bench" / "cache")
CACHE_VERSION = 2  # bumped when the pickled records change (2: typed PLOVER vocabulary, dossier.pipeline)
STEP = 1000  # articles per printed row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="synthetic articles")
    parser.add_argument("--words", type=int, default=600, help="words per article (default 600)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", default="", metavar="A-B", help="profile articles A to B of the replay")
    args = parser.parse_args()
    pack = load_pack("syria-russia")
    batches = extractions(args.n, args.words, args.seed, pack)
    window = tuple(int(x) for x in args.profile.split("-")) if args.profile else None
    rows = replay(batches, pack, window)
    save(f"resolve-{args.n}", {"words_per_article": args.words, "seed": args.seed, "rows": rows})


def extractions(n: int, words: int, seed: int, pack: Pack) -> list[BatchResult]:
    """The corpus's extractions, made with every core the first time and read from the cache after."""
    cached = CACHE / f"extract-{n}-{words}w-seed{seed}-v{CACHE_VERSION}.pickle"
    if cached.exists():
        with cached.open("rb") as handle:
            found: list[BatchResult] = pickle.load(handle)  # a file this script wrote
        return found
    data = "".join(json.dumps(r) + "\n" for r in synthetic_articles(n, seed=seed, words=words)).encode()
    articles = [a for a in read_jsonl(data, "synthetic.jsonl") if isinstance(a, Article)]  # not a Rejection
    batches = [articles[i:i + BATCH_SIZE] for i in range(0, len(articles), BATCH_SIZE)]  # as `dossier ingest`
    print(f"extracting {n} articles once ({os.cpu_count()} processes) ...", file=sys.stderr, flush=True)
    with ProcessPoolExecutor(os.cpu_count(), initializer=worker_init, initargs=(pack,)) as pool:
        made = list(pool.map(extract_batch, batches, [pack] * len(batches)))
    CACHE.mkdir(parents=True, exist_ok=True)
    with cached.with_suffix(".tmp").open("wb") as handle:
        pickle.dump(made, handle)
    cached.with_suffix(".tmp").replace(cached)
    return made


def replay(batches: list[BatchResult], pack: Pack, window: tuple[int, ...] | None) -> list[dict[str, object]]:
    """Resolve and store every batch as `dossier ingest` does; a row per thousand articles."""
    rows: list[dict[str, object]] = []
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "replay.db")
        bind_pack(store, pack)
        resolver = load_resolver(store, pack)
        events = EventRows(store, resolver)
        stages = dict.fromkeys(STAGES, 0.0)
        done, last, started = 0, dict(stages), time.perf_counter()
        for batch in batches:
            good = [r for r in batch.results if not isinstance(r, tuple)]
            profiling = window is not None and window[0] <= done < window[1]
            with store.transaction():  # the articles are read in before analysis, as in an ingest
                for extraction in good:
                    store.articles.add(extraction.article)
            if profiling:
                profile.enable()
            save_batch(store, resolver, good, events, stages)
            if profiling:
                profile.disable()
            done += len(good)
            if done // STEP > len(rows) or batch is batches[-1]:
                row: dict[str, object] = {"articles": done, "seconds": round(time.perf_counter() - started, 1),
                       **{f"{stage}_ms_per_article": round((stages[stage] - last[stage]) * 1000
                                                           / (done - _articles(rows)), 2)
                          for stage in ("resolve", "store")},
                       "events": len(resolver.event_ids())}
                rows.append(row)
                last = dict(stages)
                print(json.dumps(row), flush=True)
        store.close()
    if window is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return rows


def _articles(rows: list[dict[str, object]]) -> int:
    return int(str(rows[-1]["articles"])) if rows else 0


if __name__ == "__main__":
    main()
