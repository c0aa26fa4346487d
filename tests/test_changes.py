"""The change log: what each analysis changed, recorded in the store and listed by `dossier changes`, counted in
`watch`'s poll reports and handed to a `--notify` command. A story followed with real `dossier watch` processes
into a real store: (a) a second source for an event, (b) a source that dates it otherwise (a date conflict), (c) an
actor whose stance on an issue turns."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import dossier
from dossier.query import BadFilter
from dossier.query.changes import kinds_filter, since_filter
from tests.conftest import run_cli
from tests.helpers.articles import BODIES, write_text
from tests.helpers.stores import Backend, Location
from tests.helpers.story import Followed, follow_story, of_kind


@pytest.fixture(scope="module")
def followed(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Followed:
    root = tmp_path_factory.mktemp("story")
    return follow_story(root, stores.fresh(root / "story.db"))


def changes_json(db: Location, *args: str) -> list[dict[str, Any]]:
    result = run_cli("changes", "--db", str(db), "--json", *args)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def test_each_change_appears_once_with_its_evidence(followed: Followed) -> None:
    everything = changes_json(followed.db)
    assert [c["id"] for c in everything] == sorted((c["id"] for c in everything), reverse=True)  # newest first
    [meeting] = [c for c in of_kind(everything, "event") if "Moscow" in (c["event_summary"] or "")]
    # (a) another outlet reports the meeting: a new source, once, with the sentence that reports it.
    sources = [c for c in of_kind(everything, "source") if c["event"] == meeting["event"]]
    assert [s["outlet"] for s in sorted(sources, key=lambda c: c["id"])] == ["Aral Gazette", "Baltic Ledger"]
    assert all("Lavrov" in s["sentence_text"] and s["evidence"].startswith(f"/articles/{s['article']}?s=")
               for s in sources)
    # (b) one source dates it a day earlier: one new conflict on the date, both dates with their articles.
    [conflict] = of_kind(everything, "conflict")
    assert conflict["event"] == meeting["event"] and conflict["detail"]["field"] == "date"
    assert sorted(v["value"] for v in conflict["detail"]["values"]) == ["2025-03-09", "2025-03-10"]
    assert conflict["outlet"] == "Baltic Ledger" and "9 March" in conflict["sentence_text"]
    assert conflict["title"].startswith("Sources disagree on the date")
    # (c) Russia supported lifting the sanctions, and later rejects it: its first stance, then one change.
    stances = sorted(of_kind(everything, "stance"), key=lambda c: c["id"])
    assert [(s["actor"], s["issue"]) for s in stances] == [("russia", "sanctions_relief")] * 2
    assert stances[0]["detail"]["before"] is None and stances[0]["detail"]["after"]["stance"] == "support"
    assert stances[1]["detail"]["before"]["stance"] == "support"
    assert stances[1]["detail"]["after"]["stance"] == "reject"
    assert stances[1]["title"] == "Russia now rejects on Sanctions on Syria and their lifting (was: supports)"
    assert "rejected the lifting" in stances[1]["sentence_text"] and stances[1]["outlet"] == "Caspian Courier"
    assert {"lavrov", "shaibani"} <= {a["detail"]["name"].split()[-1].lower().removeprefix("al-")
                                      for a in of_kind(everything, "actor")}


def test_filters_select_by_kind_issue_actor_and_time(followed: Followed) -> None:
    db = followed.db
    assert {c["kind"] for c in changes_json(db, "--kind", "conflict,stance")} == {"conflict", "stance"}
    on_sanctions = changes_json(db, "--issue", "sanctions_relief")
    assert {c["kind"] for c in on_sanctions} >= {"stance"} and all(
        "sanctions_relief" in c["issues"] or c["issue"] == "sanctions_relief" for c in on_sanctions)
    lavrov = changes_json(db, "--actor", "Sergei Lavrov")  # any alias
    assert lavrov and all("sergei_lavrov" in c["actors"] or c["actor"] == "sergei_lavrov" for c in lavrov)
    assert len(changes_json(db, "--since", "1h")) == len(changes_json(db))
    assert changes_json(db, "--since", "2999-01-01") == []
    assert len(changes_json(db, "--limit", "2")) == 2
    bad = run_cli("changes", "--db", str(db), "--kind", "rumour")
    assert bad.returncode == 1 and "--kind: 'rumour' is not a kind of change" in bad.stderr
    table = run_cli("changes", "--db", str(db), "--kind", "stance")
    assert table.returncode == 0 and "Russia now rejects" in table.stdout and "rejected the lifting" in table.stdout


def test_the_python_api_gives_the_same_records(followed: Followed) -> None:
    with dossier.open(followed.db) as d:
        records = d.changes(kind="conflict")
        assert records.to_dicts() == changes_json(followed.db, "--kind", "conflict")
        assert d.last_change() == max(c["id"] for c in changes_json(followed.db))


def test_poll_counts_come_from_the_change_log_and_notify_gets_them(followed: Followed) -> None:
    first, second = followed.polls
    assert first["new_events"] == len(of_kind(first["changes"], "event")) > 0
    assert second["new_conflicts"] == 1 and second["counts"]["stance"] == 1 and second["counts"]["source"] == 1
    # Each poll's changes are exactly the log's entries it recorded.
    everything = changes_json(followed.db)
    assert sorted(c["id"] for p in followed.polls for c in p["changes"]) == sorted(c["id"] for c in everything)
    # The notify command ran once per poll, with the poll's report and its changes as JSON on stdin.
    assert [n["poll"] for n in followed.notified] == [1, 1]  # each `watch --once` is a poll 1
    assert [n["changes"] for n in followed.notified] == [p["changes"] for p in followed.polls]
    assert all(p["notify_error"] is None for p in followed.polls)


def test_a_failing_notify_is_reported_and_the_watch_goes_on(tmp_path: Path, db: Location) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[1], title="First", published="2025-02-01")
    child = subprocess.Popen([sys.executable, "-m", "dossier", "watch", str(folder), "--every", "1s", "--json",
                              "--pack", "syria-russia", "--db", str(db), "--notify", "echo refused >&2; exit 3"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "COLUMNS": "200"})
    try:
        assert child.stdout is not None
        first = json.loads(child.stdout.readline())
        assert first["changes"] and first["notify_error"] == "notify command failed with exit status 3: refused"
        write_text(folder, "b.txt", BODIES[0], title="Second", published="2025-02-02")
        later = json.loads(child.stdout.readline())
        while not later["new_articles"]:
            later = json.loads(child.stdout.readline())
        assert later["changes"] and later["notify_error"] is not None  # still watching, still reporting
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=60) == 0
        assert child.stderr is not None
        assert "notify failed: notify command failed with exit status 3: refused" in child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()


@pytest.mark.parametrize(("text", "expected"), [
    ("2h", "2026-01-02T10:00:00+00:00"), ("90m", "2026-01-02T10:30:00+00:00"), ("1d", "2026-01-01T12:00:00+00:00"),
    ("1w", "2025-12-26T12:00:00+00:00"), ("2025-07-31", "2025-07-31"), ("2025-07", "2025-07"),
    ("2025-07-31T08:00", "2025-07-31T08:00:00+00:00"), ("2025-07-31T10:00+02:00", "2025-07-31T08:00:00+00:00"),
    ("", None), ("99999999999999999999w", "0000")])
def test_since_takes_a_span_or_a_date(text: str, expected: str | None) -> None:
    assert since_filter(text, now=datetime(2026, 1, 2, 12, 0, tzinfo=UTC)) == expected


def test_bad_since_and_kinds_name_the_filter() -> None:
    with pytest.raises(BadFilter, match="neither a span nor a date"):
        since_filter("soon")
    with pytest.raises(BadFilter, match="not a kind of change"):
        kinds_filter("event,gossip")
    assert kinds_filter("Conflict, resolved") == ("conflict", "resolved")
