"""The benchmark scripts run end to end on a few articles and save what they promise (the figures
themselves are for bench/README.md, not for tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run_bench(module: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_BENCH_RESULTS": str(tmp_path / "results"),
           "DOSSIER_BENCH_CACHE": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True, timeout=600)


def test_scale_reads_the_smaller_sizes_off_one_run(tmp_path: Path) -> None:
    done = run_bench("bench.scale", ["--sizes", "20,60", "--prefixes", "--workers", "1", "--baseline", "5"], tmp_path)
    saved = json.loads((tmp_path / "results" / "scale-20-60-w1-prefixes.json").read_text())
    small, large = saved["runs"]
    assert small["measured_as"] == "prefix" and 20 <= small["articles"] < 60 and large["articles"] == 60
    assert 0 < small["words"] < large["words"] and small["cpu_ratio_to_bare_spacy"] > 0
    for run in (small, large):
        assert run["stage_seconds"]["total"] > run["stage_seconds"]["resolve"] > 0
    assert set(saved["growth_exponents"]) == {"read", "analyse", "extract", "resolve", "store", "total"}
    assert (tmp_path / "results" / "scale-progress-60.jsonl").read_text().count("\n") == 2  # two batches of 32
    assert "growth exponents" in done.stdout


def test_resolve_replays_cached_extractions(tmp_path: Path) -> None:
    first = run_bench("bench.resolve", ["40", "--words", "400"], tmp_path)
    assert "extracting 40 articles once" in first.stderr
    again = run_bench("bench.resolve", ["40", "--words", "400", "--profile", "0-40"], tmp_path)
    assert "extracting" not in again.stderr and "cumulative" in again.stdout  # from the cache, profiled
    rows = json.loads((tmp_path / "results" / "resolve-40.json").read_text())["rows"]
    assert rows[-1]["articles"] == 40 and rows[-1]["events"] > 0 and rows[-1]["resolve_ms_per_article"] > 0


def test_stream_reports_memory_and_poll_cost_per_day(tmp_path: Path) -> None:
    run_bench("bench.stream", ["--days", "2", "--per-day", "6", "--polls-per-day", "2", "--name", "stream-tiny"],
              tmp_path)
    saved = json.loads((tmp_path / "results" / "stream-tiny.json").read_text())
    first, second = saved["rows"]
    assert (first["articles"], second["articles"]) == (6, 12)
    assert second["resolver_loads"] == 1  # resolution's state kept between polls, not loaded again
    assert all(row["rss_mb"] > 0 and row["poll_seconds"] > 0 for row in saved["rows"])
    assert all(row["empty_poll_new"] == 0 and row["empty_poll_seconds"] < 1.0 for row in saved["rows"])
    assert saved["summary"]["line"].startswith("RSS day 1") and "nothing new" in saved["summary"]["line"]
