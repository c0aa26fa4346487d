"""The app in process: what happens without issue data, with a missing or old store, the serve command's
defaults and errors, and highlighting that never lets text become markup."""

from __future__ import annotations

import inspect
import os
import sqlite3
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from dossier.errors import DossierError
from dossier.packs import load_pack
from dossier.query.records import Sentence, TriggerMark
from dossier.web import create_app
from dossier.web.highlight import Mark, highlight
from dossier.web.pages.events import article_body
from tests.conftest import EXAMPLES
from tests.helpers.stores import Location, build_store


def in_process(app: FastAPI) -> Any:
    """Starlette's in-process client (it warns that it will move to another httpx package one day)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, base_url="http://127.0.0.1")  # a host the app answers (not "testserver")


def test_a_store_without_issues_says_so(new_db: Callable[[str], Location]) -> None:
    """Analysed with a pack that defines no issues: empty lists, a page that says what to do, no positions."""
    pack = load_pack("syria-russia").model_copy(update={"issues": []})
    db = build_store(new_db("no-issues"), [EXAMPLES / name for name in sorted(os.listdir(EXAMPLES))[:2]], pack)
    with in_process(create_app(db)) as client:
        assert client.get("/api/issues").json() == []
        assert client.get("/api/issues/russian_bases").status_code == 404
        assert "No issues in this store" in client.get("/issues").text
        assert "dossier issues --suggest" in client.get("/issues").text
        assert 'id="positions-and-quotes"' not in client.get("/actors/russia").text


def test_a_missing_store_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DossierError, match="no database at"):
        create_app(tmp_path / "none.db")
    (tmp_path / "junk.db").write_bytes(b"not a database at all, just bytes" * 100)
    with pytest.raises(DossierError, match="not a usable Dossier database"):
        create_app(tmp_path / "junk.db")


def test_an_older_store_is_not_migrated_by_the_web_app(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
        db.execute("INSERT INTO schema_migrations VALUES (1, 'articles', 'then')")
    before = old.read_bytes()
    with pytest.raises(DossierError, match="older than this Dossier"):
        create_app(old)
    assert old.read_bytes() == before


def test_serve_binds_to_this_machine_by_default(cli, tmp_path: Path) -> None:
    from dossier.cli.serve_cmds import serve_command

    assert inspect.signature(serve_command).parameters["host"].default == "127.0.0.1"
    result = cli("serve", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "no database at" in result.stderr and "Traceback" not in result.stderr


def test_highlight_escapes_before_it_marks() -> None:
    text = 'He said <script>alert(1)</script> & left <img src=x onerror=alert(2)>'
    marked = str(highlight(text, [Mark(3, 7), Mark(5, 9, "a", (("href", '/x" onclick="y'),))]))
    assert "<script>" not in marked and "<img" not in marked
    assert "&lt;script&gt;" in marked and "&amp;" in marked
    assert marked.startswith("He <mark>said</mark>")  # the overlapping mark is left out
    with pytest.raises(ValueError):
        highlight("x", [Mark(0, 1, "script")])


def test_article_body_keeps_every_character_and_escapes_it() -> None:
    text = "First <b>bold</b> claim.\n\nSecond sentence met here."
    sentences = [Sentence(0, 0, 24, text[0:24]), Sentence(1, 26, len(text), text[26:])]
    events = [TriggerMark("ev1", "CONSULT", "asserted", 1, 42, 45, "x <i>met</i> y")]
    body = str(article_body(text, sentences, events, [], focus=1))
    assert '<span class="sentence focus" id="s1">' in body
    assert "&lt;b&gt;bold&lt;/b&gt;" in body and "<b>" not in body
    assert 'href="/events/ev1"' in body and "x &lt;i&gt;met&lt;/i&gt; y" in body
