"""Analysis on a Dask cluster (a LocalCluster of worker processes): the store ends exactly as with one
process, whatever the hash seed of each process; an unreachable scheduler is one clear error."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLES, run_cli


def export(db: Path) -> str:
    done = run_cli("export", "--db", str(db))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_local_cluster_builds_the_same_store_as_one_process(tmp_path: Path, example_db: Path) -> None:
    db = tmp_path / "cluster.db"
    done = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--dask", "local", "--workers", "2", "--json",
                   env={"PYTHONHASHSEED": "7"})
    assert done.returncode == 0, done.stderr
    assert '"analysed": 15' in done.stdout
    assert export(db) == export(example_db)


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    done = run_cli("ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--dask", "tcp://127.0.0.1:9")
    assert done.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
