"""`dossier ingest`, `articles`, `search`, `stats` as a user runs them: a real process on a real SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from dossier.store.migrate import known_versions
from tests.conftest import run_cli
from tests.helpers.articles import BODIES, html_page, write_jsonl, write_text


def make_mixed_folder(folder: Path) -> dict[str, str]:
    """Good articles plus every kind of bad input; returns {bad file name: expected words in its reason}."""
    folder.mkdir()
    write_text(folder, "good1.txt", BODIES[0], title="Diplomats return", source="Volga Herald", published="2025-01-29")
    (folder / "sub").mkdir()
    write_text(folder / "sub", "good2.md", "# Minister in Moscow\n\n" + BODIES[1])
    (folder / "good3.html").write_text(html_page("Banknotes land", BODIES[2]), encoding="utf-8")
    write_jsonl(folder, "feed.jsonl", [{"text": BODIES[3], "outlet": "Bosphorus Daily"}, "{oops", {"title": "x"}])
    (folder / "latin.txt").write_bytes("Le ministre a été reçu à Moscou par son homologue.".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n  ")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "noise.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01"))
    page = html_page("Cut off", BODIES[0])
    (folder / "truncated.html").write_text(page[: len(page) // 2], encoding="utf-8")
    (folder / "huge.txt").write_text("word " * 300_000, encoding="utf-8")  # 1.5 MB, over a 1MB limit
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4 fake")
    return {
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "binary.txt": "binary",
        "noise.txt": "binary",
        "truncated.html": "truncated HTML",
        "huge.txt": "over the size limit",
        "slides.pdf": "unsupported file type",
        "feed.jsonl#L2": "not valid JSON",
        "feed.jsonl#L3": '"text"',
        "does-not-exist": "path does not exist",
    }


def test_bad_inputs_are_rejected_one_line_each_and_good_ones_stored(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    expected = make_mixed_folder(folder)
    result = run_cli("ingest", str(folder), str(tmp_path / "does-not-exist"), "--db", str(db),
                     "--max-size", "1MB", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    summary = json.loads(result.stdout)
    reasons = {Path(r["path"]).name: r["reason"] for r in summary["rejected"]}
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
        assert "\n" not in reasons[name]
    assert summary["new"] == 5 and summary["read"] == 5  # 3 files + 1 jsonl line + the latin-1 file
    stored = json.loads(run_cli("articles", "--db", str(db), "--json").stdout)
    assert {a["source_path"].split("/")[-1] for a in stored} == {
        "good1.txt", "good2.md", "good3.html", "feed.jsonl#L1", "latin.txt"}


def test_human_summary_lists_each_rejection(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    make_mixed_folder(folder)
    result = run_cli("ingest", str(folder), "--db", str(db), "--max-size", "1MB")
    assert result.returncode == 0
    assert "rejected" in result.stdout and "empty.txt: empty file" in result.stdout
    assert "Traceback" not in result.stderr


def test_ingest_is_idempotent(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0])
    write_text(folder, "copy-with-other-spacing.txt", BODIES[0].replace(" ", "  ").upper())
    write_text(folder, "b.txt", BODIES[1])
    first = json.loads(run_cli("ingest", str(folder), "--db", str(db), "--json").stdout)
    again = json.loads(run_cli("ingest", str(folder), "--db", str(db), "--json").stdout)
    assert (first["new"], first["already_known"]) == (2, 1)
    assert (again["new"], again["already_known"]) == (0, 3)
    assert json.loads(run_cli("stats", "--db", str(db), "--json").stdout)["articles"] == 2


def test_db_defaults_to_env_then_cwd(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0])
    env_db = tmp_path / "from-env.db"
    assert run_cli("ingest", str(folder), env={"DOSSIER_DB": str(env_db)}).returncode == 0
    assert env_db.exists()
    env = {k: v for k, v in os.environ.items() if k != "DOSSIER_DB"}
    os.environ.pop("DOSSIER_DB", None)
    assert run_cli("ingest", str(folder), cwd=tmp_path, env=env).returncode == 0
    assert (tmp_path / "dossier.db").exists()


def test_search_ranks_and_highlights(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, body in enumerate(BODIES):
        write_text(folder, f"{i}.txt", body, title=f"Story {i}")
    run_cli("ingest", str(folder), "--db", str(db))
    hits = json.loads(run_cli("search", "Hmeimim", "--db", str(db), "--json").stdout)
    assert [h["title"] for h in hits] == ["Story 0"]
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end] == "Hmeimim"
    assert json.loads(run_cli("search", '"air base" OR banknotes', "--db", str(db), "--json").stdout)
    # Broken FTS syntax falls back to plain words instead of failing.
    broken = run_cli("search", 'Moscow AND (', "--db", str(db), "--json")
    assert broken.returncode == 0 and json.loads(broken.stdout)
    human = run_cli("search", "Lavrov", "--db", str(db))
    assert "Story 1" in human.stdout


def test_query_errors_are_one_line(tmp_path: Path, db: Path) -> None:
    missing = run_cli("articles", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode == 1 and "no database at" in missing.stderr
    assert not (tmp_path / "nope.db").exists(), "a query never creates a database"
    not_db = tmp_path / "notes.db"
    not_db.write_text("this is not sqlite " * 100)
    bad = run_cli("stats", "--db", str(not_db))
    assert bad.returncode == 1 and "not a usable Dossier database" in bad.stderr
    folder = tmp_path / "in"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0])
    run_cli("ingest", str(folder), "--db", str(db))
    empty = run_cli("search", "  ... ", "--db", str(db))
    assert empty.returncode == 1 and "no words" in empty.stderr
    size = run_cli("ingest", str(folder), "--db", str(db), "--max-size", "lots")
    assert size.returncode != 0 and "not a size" in size.stderr
    for result in (missing, bad, empty, size):
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) <= 6


def test_nothing_readable_exits_non_zero(tmp_path: Path, db: Path) -> None:
    result = run_cli("ingest", str(tmp_path / "nowhere"), "--db", str(db))
    assert result.returncode == 1 and "path does not exist" in result.stdout


@pytest.mark.sqlite_only("the file opened with sqlite3: WAL mode and the FTS5 table")
def test_store_is_wal_sqlite_with_recorded_migrations(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0])
    run_cli("ingest", str(folder), "--db", str(db))
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [row[0] for row in con.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions and versions == sorted(known_versions("sqlite")), "every migration, each once"
    assert con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Hmeimim'").fetchone()[0] == 1


def test_help_teaches(tmp_path: Path) -> None:
    top = run_cli("--help")
    assert top.returncode == 0
    for command in ("ingest", "articles", "search", "stats"):
        assert command in top.stdout
    ingest_help = run_cli("ingest", "--help").stdout
    assert "jsonl" in ingest_help.lower() and "--max-size" in ingest_help and "DOSSIER_DB" in ingest_help


def test_seeds_all_stored_with_supported_metadata(seeds_dir: Path, db: Path) -> None:
    result = run_cli("ingest", str(seeds_dir), "--db", str(db), "--json")
    assert json.loads(result.stdout)["new"] == 5
    listing = run_cli("articles", "--db", str(db))
    assert "TRT World (text)" in listing.stdout and "2026-02-09 (text)" in listing.stdout
    assert "unknown" in listing.stdout


def test_example_corpus_ingests_cleanly(db: Path) -> None:
    from tests.conftest import EXAMPLES

    summary = json.loads(run_cli("ingest", str(EXAMPLES), "--db", str(db), "--json").stdout)
    assert (summary["new"], summary["rejected"]) == (15, [])
    articles = json.loads(run_cli("articles", "--db", str(db), "--json").stdout)
    origins = {a["source_path"].rsplit("/", 1)[-1]: (a["outlet_origin"], a["published_origin"]) for a in articles}
    assert origins["bosphorus_daily_ankara_watches_putin_call.txt"] == ("text", "unknown")
    assert origins["volga_herald_putin_receives_al_shara.txt"] == ("text", "text")  # "X. All rights reserved."
    assert origins["south_syria_russian_patrols.txt"] == ("unknown", "unknown")
    assert origins["briefs_2025-10.jsonl#L2"] == ("metadata", "metadata")
