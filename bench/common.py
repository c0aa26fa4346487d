"""Shared benchmark helpers: texts to run on, timing as ratios against a baseline in the same process."""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from dossier.models import Article
from dossier.read import discover, read_file

ROOT = Path(__file__).resolve().parent.parent
# where results are saved; tests point it at a temporary folder
RESULTS = Path(os.environ.get("DOSSIER_BENCH_RESULTS") or ROOT / "bench" / "results")


def corpus_articles(n: int) -> list[Article]:
    """n articles cycling over the example corpus (and the seeds when they are beside the checkout)."""
    folders = [ROOT / "examples" / "corpus", ROOT.parent / "shared" / "seeds"]
    base: list[Article] = []
    for found in discover([f for f in folders if f.is_dir()]):
        if isinstance(found, Path):
            base += [a for a in read_file(found) if isinstance(a, Article)]
    return [base[i % len(base)] for i in range(n)]


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of several runs: the least disturbed by whatever else the machine is doing."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def save(name: str, result: Mapping[str, object]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    result = {"benchmark": name, "machine": platform.machine(), "python": platform.python_version(),
              "when": time.strftime("%Y-%m-%dT%H:%M:%S"), **result}
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return path


def against_spacy(articles: int, words: int, baseline: float, pipeline: float, seconds_key: str,
                  extra: Mapping[str, object] | None = None) -> dict[str, object]:
    """A pipeline timed against bare spaCy on the same texts: both times, their ratio, the throughput."""
    return {"articles": articles, "words": words, **(extra or {}), "bare_spacy_seconds": round(baseline, 3),
            seconds_key: round(pipeline, 3), "ratio_to_bare_spacy": round(pipeline / baseline, 3),
            "articles_per_second": round(articles / pipeline, 2), "words_per_second": round(words / pipeline)}


def report(name: str, result: Mapping[str, object]) -> None:
    """Print a result one aligned line per figure, and save it."""
    width = max(len(key) for key in result)
    for key, value in result.items():
        print(f"{key:>{width}}: {value}")
    print(f"saved to {save(name, result)}")
