"""An interrupted ingest (SIGTERM, Ctrl-C) leaves a consistent database that a re-run completes."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.store import open_store
from tests.conftest import run_cli
from tests.helpers.articles import BODIES

N_FILES = 3000


def big_folder(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_FILES):
        body = f"Dispatch number {i}.\n\n" + BODIES[i % len(BODIES)] + f"\n\nFiled as item {i} of the series."
        (folder / f"{i:05d}.txt").write_text(body, encoding="utf-8")


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_ingest_is_consistent_and_rerun_completes(tmp_path: Path, db: Path, sig: int) -> None:
    folder = tmp_path / "many"
    big_folder(folder)
    proc = subprocess.Popen([sys.executable, "-m", "dossier", "ingest", str(folder), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while stored_count(db) < 50 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    partial = stored_count(db)
    assert proc.returncode == 130, "the signal came while the ingest was still running"
    assert "Interrupted" in out and 0 < partial < N_FILES
    store = open_store(db, create=False)
    assert store.integrity_problems() == []
    rows = store.db.execute("SELECT a.id, a.text, f.text FROM articles a JOIN articles_fts f ON f.rowid = a.rowid")
    assert all(text == indexed for _, text, indexed in rows), "every stored article is whole and indexed"
    store.close()
    rerun = json.loads(run_cli("ingest", str(folder), "--db", str(db), "--json").stdout)
    assert rerun["already_known"] == partial and rerun["new"] == N_FILES - partial
    assert stored_count(db) == N_FILES
