"""`dossier changes`: what changed in the dossier, newest first, each change with its evidence."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Column
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, open_dossier, show_rows
from dossier.query.records import KIND_LABELS, Change
from dossier.store.changes import CHANGE_KINDS


@app.command("changes")
def changes_command(
    db: DbOption = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(
        help="Only changes recorded since then: a span before now (30m, 2h, 1d, 1w) or a date or time (2025-07-31,"
             " 2025-07-31T08:00, UTC).", show_default=False)] = None,
    issue: Annotated[str | None, typer.Option(help="Only changes about this issue (an issue id of the pack).",
                                              show_default=False)] = None,
    actor: Annotated[str | None, typer.Option(help="Only changes concerning this actor (any alias).",
                                              show_default=False)] = None,
    kind: Annotated[str | None, typer.Option(
        help=f"Only these kinds, separated by commas: {', '.join(CHANGE_KINDS)}.", show_default=False)] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """What changed, newest first: new events, events that gained a source, dates refined, conflicts
    between sources that appeared or were resolved, actors whose stance on an issue changed, new
    actors. Every analysis (`ingest`, `analyse`, `watch`) records them; each comes with the article and
    the sentence it came from (`dossier serve` shows them at /whats-new and as an Atom feed at
    /feeds/changes.atom)."""
    d = open_dossier(db)
    changes = d.changes(since=since, issue=issue, actor=actor, kind=kind, limit=limit)
    show_rows(changes, as_json, "changes, newest first",
              [Column("when (UTC)", no_wrap=True), Column("kind", no_wrap=True),
               Column("change and evidence", ratio=1)],
              lambda c: (c.at.replace("T", " ").removesuffix("+00:00"), KIND_LABELS.get(c.kind, c.kind), _cell(c)),
              empty=lambda: "No changes match." if d.last_change()
              else "No changes recorded yet: ingest or watch articles first.")
    if not changes or as_json:
        return
    console.print(escape("`dossier serve` shows each sentence in its article at /articles/ARTICLE?s=SENTENCE."),
                  style="dim", highlight=False)


def _cell(change: Change) -> Text:
    """A change's title, where it was read (outlet, article, sentence) and the sentence itself."""
    cell = Text(change.title, style="bold" if change.kind in ("conflict", "stance") else "")
    if change.article:
        where = f"{change.outlet or 'article'} {change.article}"
        if change.sentence is not None:
            where += f", sentence {change.sentence}"
        cell.append(f"\n{where}", style="dim")
    if change.sentence_text:
        cell.append(f"\n“{change.sentence_text}”", style="italic")
    return cell
