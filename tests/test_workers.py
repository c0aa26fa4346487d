"""Worker processes die with their parent and never hold the store's lock (issue 18, item 3): `kill -9` of
`dossier ingest --workers 2` in the middle of its analysis leaves no worker alive, and the next `analyse` runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli
from tests.helpers.stores import Location, count_rows

PROC = Path("/proc")


def children(pid: int) -> set[int]:
    """The living (not zombie) processes whose parent is `pid`."""
    found = set()
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            if int(parent) == pid and state != "Z":
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not PROC.is_dir(), reason="reads processes from /proc")
def test_kill_9_of_an_ingest_with_workers_leaves_no_worker_and_no_lock(db: Location) -> None:
    ingest = subprocess.Popen([sys.executable, "-m", "dossier", "ingest", str(EXAMPLES), "--db", str(db),
                               "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and ingest.poll() is None:
            workers |= children(ingest.pid)
            if len(workers) >= 2 and count_rows(db, "SELECT count(*) FROM articles") > 0:
                time.sleep(1.0)  # the workers are loading the model, or analysing
                break
            time.sleep(0.05)
        assert ingest.poll() is None, "the ingest ended before it could be killed"
        workers |= children(ingest.pid)
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait(timeout=10)
        # a worker still starting (importing spaCy before it asks for the parent-death signal) ends as soon as its
        # start-up reaches `die_with_parent`, which on a loaded machine can take tens of seconds
        gone_by = time.monotonic() + 60
        while any(alive(pid) for pid in workers) and time.monotonic() < gone_by:
            time.sleep(0.1)
        assert not [pid for pid in workers if alive(pid)], "every worker died with its parent within a minute"
    finally:
        for pid in workers:  # never leave them behind, whatever the test found
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        if ingest.poll() is None:
            ingest.kill()
    after = run_cli("analyse", "--db", str(db))
    assert after.returncode == 0, after.stderr
    assert "another analysis" not in after.stderr
    assert count_rows(db, "SELECT count(*) FROM articles WHERE analysed = 0") == 0
