"""An interrupted ingest (SIGTERM, Ctrl-C) leaves a consistent database that a re-run completes,
whether it is stopped while reading files or while analysing them."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.store import open_store
from tests.conftest import run_cli
from tests.helpers.articles import BODIES
from tests.helpers.stores import Location, count_rows


def make_folder(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        body = f"Dispatch number {i}.\n\n" + BODIES[i % len(BODIES)] + f"\n\nFiled as item {i} of the series."
        (folder / f"{i:05d}.txt").write_text(body, encoding="utf-8")


def count(db: Location, sql: str) -> int:
    return count_rows(db, sql)


def interrupt_when(db: Location, args: list[str], sql: str, threshold: int, sig: int) -> tuple[int, str, str]:
    # A shell starts background jobs with Ctrl-C ignored, and children inherit that: give the CLI the
    # default, as in a terminal, even when the test suite itself runs in the background.
    proc = subprocess.Popen([sys.executable, "-m", "dossier", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 180
    while count(db, sql) < threshold and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def assert_consistent(db: Location) -> None:
    store = open_store(db, create=False)
    assert store.integrity_problems() == []
    if isinstance(db, Path):  # SQLite's full-text index is a table of its own, kept in step by triggers
        rows = store.db.execute("SELECT a.text, f.text FROM articles a JOIN articles_fts f ON f.rowid = a.rowid")
        assert all(text == indexed for text, indexed in rows), "every stored article is whole and indexed"
    half_done = store.db.execute(
        "SELECT count(*) FROM articles a WHERE analysed = 1 AND NOT EXISTS"
        " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0]
    orphans = store.db.execute(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.analysed = 0").fetchone()[0]
    dangling = store.db.execute(
        "SELECT count(*) FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE e.id IS NULL").fetchone()[0]
    assert (half_done, orphans, dangling) == (0, 0, 0), "analysis is stored whole per article"
    store.close()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_while_reading(tmp_path: Path, db: Location, sig: int) -> None:
    n = 3000
    make_folder(tmp_path / "many", n)
    args = ["ingest", str(tmp_path / "many"), "--db", str(db), "--no-analyse"]
    code, out, err = interrupt_when(db, args, "SELECT count(*) FROM articles", 50, sig)
    assert "Traceback" not in err
    assert code == 130, "the signal came while the ingest was still reading"
    partial = count(db, "SELECT count(*) FROM articles")
    assert "Interrupted" in out and 0 < partial < n
    assert_consistent(db)
    rerun = json.loads(run_cli(*args, "--json").stdout)
    assert rerun["already_known"] == partial and rerun["new"] == n - partial
    assert count(db, "SELECT count(*) FROM articles") == n


def test_interrupted_while_analysing(tmp_path: Path, db: Location) -> None:
    n = 200
    make_folder(tmp_path / "some", n)
    args = ["ingest", str(tmp_path / "some"), "--db", str(db)]
    code, out, err = interrupt_when(db, args, "SELECT count(*) FROM articles WHERE analysed = 1", 5,
                                    signal.SIGTERM)
    assert "Traceback" not in err
    assert code == 130 and "Interrupted" in out
    analysed = count(db, "SELECT count(*) FROM articles WHERE analysed = 1")
    assert 0 < analysed < n
    assert_consistent(db)
    rerun = json.loads(run_cli(*args, "--json").stdout)
    assert rerun["already_known"] == n and rerun["analysed"] == n - analysed
    assert count(db, "SELECT count(*) FROM articles WHERE analysed = 1") == n
    assert_consistent(db)
