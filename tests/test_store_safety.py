"""The store at the edges (issue 18, items 4 and 5): a newer or foreign database is refused and left as it is, reading
commands never write (a read-only place, beside a running ingest), a full disk and a bad URL end in one line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from dossier.errors import DossierError
from dossier.ingest import ingest
from dossier.packs import EMPTY_PACK
from dossier.pipeline import process_pending
from dossier.store import is_server_url, open_store
from dossier.store.migrate import latest_version
from tests.conftest import run_cli
from tests.helpers.articles import BODIES, write_jsonl, write_text
from tests.helpers.stores import Location, count_rows
from tests.helpers.users import mounted_tmpfs, read_only_place
from tests.web.conftest import Server


def sql(db: Location, statement: str) -> None:
    """A statement run straight on the database, behind Dossier's back."""
    if is_server_url(db):
        with psycopg.connect(str(db), autocommit=True) as connection:
            connection.execute(statement)
    else:
        with sqlite3.connect(db) as connection:
            connection.execute(statement)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:"), result.stderr
    return lines[0]


def small_store(db: Location, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    write_text(folder, "a.txt", BODIES[0])
    assert run_cli("ingest", str(folder), "--db", str(db), "--no-analyse").returncode == 0


def test_a_store_written_by_a_newer_dossier_is_refused_and_left_as_it_is(tmp_path: Path, db: Location) -> None:
    small_store(db, tmp_path / "in")
    sql(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', 'later')")
    write_text(tmp_path / "in", "b.txt", BODIES[1])
    for command in (["stats"], ["articles"], ["ingest", str(tmp_path / "in")], ["analyse"]):
        line = one_line_error(run_cli(*command, "--db", str(db)))
        assert "999" in line and str(latest_version("sqlite")) in line and "newer" in line, line
    assert count_rows(db, "SELECT count(*) FROM articles") == 1, "nothing written"
    assert count_rows(db, "SELECT count(*) FROM schema_migrations WHERE version = 999") == 1


def test_a_database_holding_other_tables_is_refused_not_given_dossiers(tmp_path: Path, db: Location) -> None:
    if not is_server_url(db):
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    sql(db, "CREATE TABLE recipes (name TEXT)")
    write_text(tmp_path, "a.txt", BODIES[0])
    for command in (["ingest", str(tmp_path / "a.txt")], ["stats"]):
        line = one_line_error(run_cli(*command, "--db", str(db)))
        assert "not a Dossier store" in line and "recipes" in line, line
    assert count_rows(db, "SELECT count(*) FROM articles") == 0
    with pytest.raises(DossierError, match="not a Dossier store"):
        open_store(db)


@pytest.mark.sqlite_only("file permissions and mounts of a SQLite file")
def test_reading_commands_and_the_web_app_work_on_a_store_in_a_read_only_place(example_db: Location) -> None:
    with read_only_place([Path(example_db)]) as place:
        stored = place / Path(example_db).name
        stats = run_cli("stats", "--json", "--db", str(stored))
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["articles"] > 0
        for command in (["articles"], ["entities"], ["timeline"], ["search", "Damascus"], ["export"]):
            result = run_cli(*command, "--db", str(stored))
            assert result.returncode == 0, (command, result.stderr)
        line = one_line_error(run_cli("analyse", "--db", str(stored)))
        assert "cannot be written" in line or "read-only" in line or "readonly" in line, line
        server = Server(stored)
        try:
            import httpx

            assert httpx.get(f"{server.url}/api/articles?limit=2").status_code == 200
            assert httpx.get(f"{server.url}/").status_code == 200
        finally:
            server.stop()


def test_readers_never_see_a_locked_database_while_an_ingest_writes(tmp_path: Path, db: Location) -> None:
    small_store(db, tmp_path / "first")
    feed = write_jsonl(tmp_path, "feed.jsonl", [{"text": f"{BODIES[i % 4]}\n\nDispatch number {i} from the capital.",
                                                 "outlet": f"Outlet {i % 7}"} for i in range(3000)])
    writer = subprocess.Popen([sys.executable, "-m", "dossier", "ingest", str(feed), "--db", str(db), "--no-analyse"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen, reads, problems = set(), 0, []
    try:
        while writer.poll() is None and reads < 2000:
            try:
                store = open_store(db, read_only=True)
                seen.add(store.stats()["articles"])
                store.articles.page(limit=5)
                store.close()
            except Exception as bad:  # any failure is what the test reports
                problems.append(repr(bad))
            reads += 1
        command = run_cli("articles", "--limit", "3", "--db", str(db))
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    assert not problems, problems[:3]
    assert command.returncode == 0 and "locked" not in command.stderr, command.stderr
    assert len(seen) > 1, "the readers ran while the ingest wrote"


@pytest.mark.sqlite_only("SQLite's max_page_count stands for a full disk")
def test_a_full_disk_ends_ingest_and_analysis_in_one_line_and_keeps_the_store_whole(tmp_path: Path,
                                                                                      db: Location) -> None:
    small_store(db, tmp_path / "in")
    store = open_store(db)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 3}")
    feed = write_jsonl(tmp_path, "feed.jsonl", [{"text": f"{BODIES[1]} Report {i}. " + "Words of filler. " * 60}
                                                for i in range(20)])
    with pytest.raises(DossierError) as full:
        ingest([feed], store)
    message = str(full.value)
    assert "full" in message and "cannot rollback" not in message and "\n" not in message, message
    stored = store.stats()["articles"]
    assert 1 <= stored < 21
    store.db.execute("PRAGMA max_page_count = 1073741823")
    ingest([feed], store)
    store.db.execute(f"PRAGMA max_page_count = {store.db.execute('PRAGMA page_count').fetchone()[0] + 2}")
    with pytest.raises(DossierError) as during_analysis:
        process_pending(store, EMPTY_PACK)
    message = str(during_analysis.value)
    assert "full" in message and "cannot rollback" not in message, message
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert store.integrity_problems() == []
    half = store.db.execute("SELECT count(*) FROM articles a WHERE analysed = 1"
                            " AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0]
    assert half == 0, "no article marked analysed without its analysis"
    report = process_pending(store, EMPTY_PACK)
    assert not report.failed and store.articles.pending_count() == 0, "the next run completes the job"
    store.close()


@pytest.mark.sqlite_only("a tmpfs holds the SQLite file")
def test_a_really_full_disk_ends_the_command_in_one_line(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path, "feed.jsonl", [{"text": f"{BODIES[2]} Item {i}. " + "Filler words here. " * 300}
                                                for i in range(400)])
    with mounted_tmpfs("1m") as disk:
        result = run_cli("ingest", str(feed), "--db", str(disk / "full.db"), "--no-analyse")
        line = one_line_error(result)
        assert "full" in line, line
        check = sqlite3.connect(disk / "full.db")
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()


def test_a_malformed_postgresql_url_is_one_line_without_its_password() -> None:
    line = one_line_error(run_cli("stats", "--db", "postgresql://me:s3cret@[::1:5432/x"))
    assert "s3cret" not in line and "cannot connect" in line, line


@pytest.mark.sqlite_only("the file's time of last change")
def test_reading_commands_do_not_write_the_store(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    small_store(db, tmp_path / "in")
    time.sleep(0.01)
    mtime = os.stat(db).st_mtime_ns
    assert run_cli("stats", "--db", str(db)).returncode == 0
    assert not (tmp_path / "store.db.lock").exists()
    assert os.stat(db).st_mtime_ns == mtime, "the store file was not written"


def test_a_missing_store_is_one_line_for_reading_commands(tmp_path: Path) -> None:
    line = one_line_error(run_cli("stats", "--db", str(tmp_path / "nothing.db")))
    assert "no database" in line
