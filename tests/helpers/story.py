"""A small developing story written for the change-log tests (our own sentences), followed poll by poll with
`dossier watch --once` from a folder: the first poll brings a meeting and a stance; the second brings another
source for the meeting, a source that dates it a day earlier (a date conflict), and a later article in which the
same actor takes the opposite stance."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import run_cli
from tests.helpers.stores import Location

FIRST = {
    "a-meeting.txt": ("Lavrov hosts Shaibani in Moscow", "Caspian Courier", "2025-03-11",
                      "Russian Foreign Minister Sergei Lavrov met Syrian Foreign Minister Asaad al-Shaibani in Moscow"
                      " on 10 March 2025.\n\nThe Kremlin supports the lifting of sanctions on Syria, officials said."),
}
SECOND = {
    "b-same-meeting.txt": ("Syrian minister in Moscow for talks", "Aral Gazette", "2025-03-12",
                           "Syrian Foreign Minister Asaad al-Shaibani met Russian Foreign Minister Sergei Lavrov in"
                           " Moscow on 10 March 2025."),
    "c-other-date.txt": ("Shaibani and Lavrov talk in Moscow", "Baltic Ledger", "2025-03-13",
                         "Sergei Lavrov met Asaad al-Shaibani in Moscow on 9 March 2025."),
    "d-new-line.txt": ("Moscow hardens its line on sanctions", "Caspian Courier", "2025-04-20",
                       "Russia rejected the lifting of sanctions on Syria on 19 April 2025."),
}


def drop(folder: Path, articles: dict[str, tuple[str, str, str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, outlet, published, body) in articles.items():
        (folder / name).write_text(f"TITLE: {title}\nSOURCE: {outlet}\nPUBLISHED: {published}\n\n{body}\n",
                                   encoding="utf-8")


@dataclass
class Followed:
    db: Location
    polls: list[dict[str, Any]]  # each poll's report, as `watch --json` printed it
    notified: list[dict[str, Any]]  # what the notify command received, one per poll that changed something


def follow_story(root: Path, db: Location) -> Followed:
    """Two polls of a watched folder, each with a notify command that appends its standard input to a file."""
    folder, received = root / "drop", root / "notified.jsonl"
    notify = f"cat >> '{received}'"
    polls = []
    for articles in (FIRST, SECOND):
        drop(folder, articles)
        result = run_cli("watch", str(folder), "--once", "--json", "--pack", "syria-russia", "--db", str(db),
                         "--notify", notify)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        polls.append(json.loads(result.stdout.strip().splitlines()[-1]))
    notified = [json.loads(line) for line in received.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Followed(db, polls, notified)


def of_kind(changes: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [c for c in changes if c["kind"] == kind]
