"""`dossier reprocess` keeps the change log: what the dossier said before stays listed, the new analysis records its
changes like any other, and an earlier entry never comes to name another event (new events are numbered past the
ones the log names)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import run_cli
from tests.helpers.stores import Location


def changes(db: Location) -> list[dict[str, Any]]:
    result = run_cli("changes", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def number(event_id: str) -> int:
    return int(event_id.removeprefix("ev"))


def test_reprocess_keeps_the_change_log_and_records_its_own(tmp_path: Path, db: Location) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("TITLE: Talks\nSOURCE: Caspian Courier\nPUBLISHED: 2025-03-11\n\n"
                                  "Sergei Lavrov met Asaad al-Shaibani in Moscow on 10 March 2025.\n", encoding="utf-8")
    (folder / "b.txt").write_text("TITLE: More talks\nSOURCE: Aral Gazette\nPUBLISHED: 2025-03-12\n\n"
                                  "Asaad al-Shaibani met Sergei Lavrov in Moscow on 10 March 2025.\n", encoding="utf-8")
    result = run_cli("ingest", str(folder), "--db", str(db), "--pack", "syria-russia")
    assert result.returncode == 0, result.stderr
    before = changes(db)
    assert any(c["kind"] == "event" for c in before) and any(c["kind"] == "source" for c in before)
    result = run_cli("reprocess", "--db", str(db), "--pack", "syria-russia")
    assert result.returncode == 0, result.stderr
    after = changes(db)
    kept = {c["id"]: c for c in after}
    assert all(c["id"] in kept and (kept[c["id"]]["kind"], kept[c["id"]]["event"]) == (c["kind"], c["event"])
               for c in before)  # the earlier log, intact
    new = [c for c in after if c["id"] > max(c["id"] for c in before)]
    assert [c["kind"] for c in new if c["kind"] in ("event", "source")] == ["source", "event"]  # newest first
    named = [number(c["event"]) for c in before if c["event"]]
    [meeting] = {c["event"] for c in new if c["kind"] == "event"}
    assert number(meeting) > max(named)  # the event as analysed again has an id no earlier entry names
    assert all(kept[c["id"]]["event_summary"] is None for c in before if c["event"])  # their ids name no event now
