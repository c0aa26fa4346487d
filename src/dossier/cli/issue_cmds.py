"""The issue board on the command line: `issues`, `issue`, `quotes`, `outlets`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Column
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, open_dossier, print_json, show_rows
from dossier.packs.suggest import suggest_issues
from dossier.query.records import Issue, Position

STANCE_STYLES = {"demand": "bold yellow", "offer": "green", "accept": "green", "reject": "red",
                 "condition": "magenta", "support": "cyan", "states": "dim"}


@app.command("issues")
def issues_command(
    db: DbOption = DEFAULT_DB,
    suggest: Annotated[bool, typer.Option(
        "--suggest", help="Propose candidate issues from recurring key phrases (YAML to paste into a pack).")] = False,
    as_json: JsonOption = False,
) -> None:
    """The issues under negotiation (from the domain pack): who holds which position, and the last change.

    With --suggest, candidate issues found in the articles themselves (recurring key phrases, by YAKE),
    printed as a pack `issues:` section a user can edit and add to a pack.
    """
    d = open_dossier(db)
    if suggest:
        candidates = suggest_issues(d.store)
        if as_json:
            print_json(candidates)
        else:
            typer.echo(_suggestion_yaml(candidates))
        return
    show_rows(d.issues(), as_json, "issues",
              [Column("issue", ratio=2), Column("positions (latest per actor)", ratio=4),
               Column("last change", no_wrap=True), Column("sentences", justify="right")],
              lambda issue: (Text.assemble((issue.label, "bold"), "\n", (issue.id, "dim")), _stances(issue) or "—",
                             issue.last_change or "—", str(issue.sentences)),
              empty=lambda: "No issues: the store was analysed without a pack that defines them."
                            " Try `dossier issues --suggest`.", show_lines=True)


def _stances(issue: Issue) -> Text:
    """Each actor's latest position on the issue, coloured by stance."""
    stances = Text()
    for stance in issue.stances:
        if stances:
            stances.append("; ")
        stances.append(stance.name, style="bold")
        stances.append(f" {stance.label}", style=STANCE_STYLES.get(stance.stance, ""))
    return stances


@app.command("issue")
def issue_command(
    issue_id: Annotated[str, typer.Argument(help="An issue id from `dossier issues` (e.g. russian_bases).",
                                            show_default=False)],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """One issue: each actor's positions over time with the sentence stating them, then the related
    events and quotations."""
    issue = open_dossier(db).issue(issue_id)
    if as_json:
        print_json(issue)
        return
    console.print(Text.assemble((issue.label, "bold"), f"   [{issue_id}]"))
    by_actor: dict[str, list[Position]] = {}
    for position in issue.positions:
        by_actor.setdefault(position.actor.name, []).append(position)
    for actor, stated in by_actor.items():
        console.print(Text(actor, style="bold underline"))
        for p in stated:
            line = Text.assemble(("  " + (p.date or "undated").ljust(10), "dim"), " ",
                                 (p.label.ljust(15), STANCE_STYLES.get(p.stance, "")), " ")
            line.append_text(_highlighted(p.sentence, p.cue))
            line.append(f"  ({p.outlet or 'outlet unknown'})", style="dim")
            console.print(line)
    if issue.events:
        console.print(Text("Events", style="bold underline"))
        for e in issue.events:
            console.print(f"  {(e.date or 'undated').ljust(10)} {e.summary}  [{e.id}]", highlight=False)
    if issue.quotes:
        console.print(Text("Quotations", style="bold underline"))
        for q in issue.quotes:
            said = f"“{q.text}”" if q.kind == "direct" else f"(reported) {q.text}"
            console.print(Text.assemble("  ", (q.speaker.name if q.speaker else "unattributed", "bold"), ": ",
                                        said, (f"  ({q.outlet or 'outlet unknown'})", "dim")))


@app.command("quotes")
def quotes_command(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Only quotations by this actor (any alias).",
                                                show_default=False)] = None,
    issue: Annotated[str | None, typer.Option(help="Only quotations about this issue.", show_default=False)] = None,
    reported: Annotated[bool, typer.Option(
        "--reported/--direct-only", help="Include reported speech ('X said that ...').")] = True,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what: direct quotations and reported speech, with the speaker (or none when no speaker
    is clear), the words that attribute them, and the sentence they come from."""
    show_rows(open_dossier(db).quotes(speaker=speaker, issue=issue, direct=not reported, limit=limit), as_json,
              "quotations", [Column("speaker", ratio=1), Column("said", ratio=4), Column("source", ratio=1)],
              lambda q: (q.speaker.name if q.speaker else Text("—", style="dim"),
                         Text(f"“{q.text}”" if q.kind == "direct" else q.text,
                              style="" if q.kind == "direct" else "italic"),
                         Text.assemble(q.outlet or "outlet unknown", "\n", (q.published or "undated", "dim"))))


@app.command("outlets")
def outlets_command(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Outlets compared: the issues and actors each gives most space to (against the whole corpus), the
    events only it reports, and the tone its sentences take when they name each main actor."""
    report = open_dossier(db).outlets()
    if as_json:
        print_json(report)
        return
    for outlet in report:
        console.print(Text.assemble((outlet.outlet, "bold"),
                                    f"  {outlet.articles} articles, {outlet.sentences} sentences"))
        issues = ", ".join(f"{i.issue} {i.share:.0%} (all: {i.corpus_share:.0%})" for i in outlet.issues[:5])
        actors = ", ".join(f"{a.name} {a.share:.0%}" for a in outlet.actors[:6])
        tone = ", ".join(f"{t.name} {t.label} ({t.tone:+.2f}, {t.sentences})" for t in outlet.tone)
        console.print(Text.assemble(("  issues: ", "dim"), issues or "—"))
        console.print(Text.assemble(("  actors: ", "dim"), actors or "—"))
        console.print(Text.assemble(("  tone:   ", "dim"), tone or "—"))
        for event in outlet.exclusive_events[:5]:
            only = f"{event.date} {event.summary} [{event.id}]"
            console.print(Text.assemble(("  only here: ", "dim"), only))
        console.print()


def _highlighted(sentence: str, cue: str) -> Text:
    text = Text(sentence)
    at = sentence.find(cue) if cue else -1
    if at >= 0:
        text.stylize("bold", at, at + len(cue))
    return text


def _suggestion_yaml(candidates: list[dict[str, object]]) -> str:
    lines = ["# Candidate issues found in the articles (recurring key phrases). Edit, then add to a pack.",
             "issues:"]
    for c in candidates:
        keywords = ", ".join(str(k) for k in c["keywords"])  # type: ignore[attr-defined]
        lines += [f"  - id: {c['id']}", f"    label: {c['label']}", f"    keywords: [{keywords}]"]
    return "\n".join(lines)
