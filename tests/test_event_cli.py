"""`timeline`, `event` and `conflicts` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def timeline(db: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("timeline", "--db", str(db), "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_timeline_is_in_date_order_and_filters(example_db: Path) -> None:
    events = timeline(example_db)
    dates = [str(e["date"]) for e in events]
    assert dates == sorted(dates) and all(e["modality"] in ("asserted", "future") for e in events)
    bogdanov = timeline(example_db, "--actor", "Bogdanov")
    assert bogdanov and all("mikhail_bogdanov" in (e["actors"] + e["targets"]) for e in bogdanov)  # type: ignore[operator]
    july = timeline(example_db, "--since", "2025-07", "--until", "2025-07")
    assert july and all(str(e["date"]).startswith("2025-07") for e in july)
    visits = timeline(example_db, "--type", "consult")
    assert visits and {e["type"] for e in visits} == {"CONSULT"}
    disputed = timeline(example_db, "--conflicts")
    assert disputed and all(e["conflict"] for e in disputed)
    assert timeline(example_db, "--outlet", "Volga Herald")
    assert len(timeline(example_db, "--all", "--undated")) > len(events)
    bases = timeline(example_db, "--issue", "russian_bases", "--undated")
    assert bases


def test_timeline_table_marks_conflicts(example_db: Path) -> None:
    result = run_cli("timeline", "--db", str(example_db))
    assert result.returncode == 0 and "⚠" in result.stdout and "CONSULT" in result.stdout


def test_timeline_rejects_bad_options(example_db: Path) -> None:
    bad_date = run_cli("timeline", "--db", str(example_db), "--since", "soon")
    assert bad_date.returncode == 1 and "--since: 'soon' is not a date" in bad_date.stderr
    assert len(bad_date.stderr.strip().splitlines()) == 1, "one line"
    bad_type = run_cli("timeline", "--db", str(example_db), "--type", "party")
    assert bad_type.returncode == 1 and "PLOVER" in bad_type.stderr
    no_issue = run_cli("timeline", "--db", str(example_db), "--issue", "moon_landing")
    assert no_issue.returncode == 1 and "no issue 'moon_landing'" in no_issue.stderr
    nobody = run_cli("timeline", "--db", str(example_db), "--actor", "Napoleon")
    assert nobody.returncode == 1 and "no actor" in nobody.stderr


def test_event_shows_every_source_side_by_side(example_db: Path) -> None:
    disputed = timeline(example_db, "--conflicts", "--actor", "Bogdanov")[0]
    detail = json.loads(run_cli("event", str(disputed["id"]), "--db", str(example_db), "--json").stdout)
    assert len({e["article"] for e in detail["evidence"]}) >= 3
    for item in detail["evidence"]:
        assert item["trigger"] and item["sentence"]
    assert any(e["date_as_stated"] == "January 29th" for e in detail["evidence"])
    assert detail["conflicts"] and "sources disagree" in detail["conflicts"][0]["explanation"]
    human = run_cli("event", str(disputed["id"]), "--db", str(example_db))
    assert "Levant Monitor" in human.stdout and "⚠" in human.stdout
    missing = run_cli("event", "ev999999", "--db", str(example_db))
    assert missing.returncode == 1 and "no event" in missing.stderr


def test_conflicts_lists_each_disagreement_with_its_sources(example_db: Path) -> None:
    conflicts = json.loads(run_cli("conflicts", "--db", str(example_db), "--json").stdout)
    fields = {c["field"] for c in conflicts}
    assert {"date", "participants", "first_claim"} <= fields
    date = next(c for c in conflicts if c["field"] == "date")
    assert all(v["sources"] for v in date["values"])
    human = run_cli("conflicts", "--db", str(example_db))
    assert "sources disagree on date" in human.stdout
