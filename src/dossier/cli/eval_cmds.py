"""`dossier eval`: how well does the store match hand annotations? One column per gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, print_json, read_store
from dossier.errors import DossierError
from dossier.evaluate import Report, evaluate, load_gold
from dossier.export import export_json


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotations (JSON, format of docs/eval.md); several"
                                               " files are scored side by side.", show_default=False)],
    db: DbOption = DEFAULT_DB,
    details: Annotated[bool, typer.Option("--details", help="Also list the errors behind each measure.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score the store against annotated data: entities (B-cubed, types), events (recall, precision, events
    per fact, dates, types, merges), conflicts and quotes, as far as the gold provides them. Ingest the
    gold's documents first; they are matched by file name.
    """
    store = read_store(db)
    golds = [load_gold(path) for path in gold]
    export = export_json(store)
    reports, scored = [], []
    for path, one in zip(gold, golds, strict=True):
        try:
            reports.append(evaluate(store, one, export))
            scored.append(path)
        except DossierError as why:
            if len(golds) == 1:
                raise
            console.print(f"[yellow]{path.name}: {why}[/yellow]")
    if not reports:
        raise DossierError("none of the gold files' documents is in this store; ingest them first")
    gold = scored
    if as_json:
        rows = [{"gold": str(path), **r.to_dict(details=details)} for path, r in zip(gold, reports, strict=True)]
        print_json(rows[0] if len(rows) == 1 else rows)
        return
    table = Table(title="scores against " + ", ".join(
        f"{path.name} ({_found(r)})" for path, r in zip(gold, reports, strict=True)), title_justify="left")
    table.add_column("measure")
    for path in gold:
        table.add_column(path.stem, justify="right")
    keys = list(dict.fromkeys(k for r in reports for k in r.scores))
    for key in keys:
        table.add_row(key.replace("_", " "), *[_cell(r.scores.get(key)) for r in reports])
    console.print(table)
    for path, report in zip(gold, reports, strict=True):
        for file in (f for f, a in report.documents.items() if a is None):
            console.print(f"[yellow]{path.name}: not in the store:[/yellow] {file}")
        if details:
            _print_details(path.name, report)


def _found(report: Report) -> str:
    found = sum(1 for a in report.documents.values() if a is not None)
    return f"{found} of {len(report.documents)} documents"


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _listed(events: list[dict[str, Any]]) -> str:
    return ", ".join(f"{e['type']} [{e['trigger']}]" for e in events)


def _print_details(name: str, report: Report) -> None:
    """Every error behind each measure, one line each, grouped by measure."""
    entities = report.details.get("entities", {})
    events = report.details.get("events", {})
    sections: list[tuple[str, list[str]]] = [
        ("entities split or merged", [f"{r['gold']}: {r['system']}" + (f" (also {', '.join(r['merged_with'])})"
                                                                        if r["merged_with"] else "")
                                      for r in entities.get("clusters", [])
                                      if len(r["system"]) > 1 or "(unclaimed)" in r["system"] or r["merged_with"]]),
        ("entity types", [f"{r['gold']}: gold {r['gold_type']}, system {r['system']} {r['system_type']}"
                          for r in entities.get("types", []) if r["gold_type"] != r["system_type"]]),
        ("events missed (recall)", [f"{r['gold']} {r['type']}: {r['why']} | {r['quote']}"
                                    for r in events.get("missed", [])]),
        ("system events matching no gold event (precision)",
         [f"{r['system']} {r['type']} {r['date']} [{r['trigger']}] {r['file']} | {r['sentence']}"
          for r in events.get("unmatched_system", [])]),
        ("sentences reported by more events than the gold has (events per fact)",
         [f"{len(r['gold_events'])} gold, {r['system_events']} system "
          f"({_listed(r['system'])}) {r['file']} | {r['quote']}"
          for r in events.get("per_fact", [])]),
        ("dates", [f"{r['gold']} gold {r['gold_date']}, system {r['system']} {r['system_date']} | {r['quote']}"
                   for r in events.get("dates", [])]),
        ("types", [f"{r['gold']} gold {r['gold_type']}, system {r['system']} {r['system_type']} [{r['trigger']}]"
                   f" | {r['quote']}" for r in events.get("types", [])]),
        ("merges", [f"{r['gold']} -> {r['system']}: not from {', '.join(r['missing'])}"
                    for r in events.get("merges", [])]),
        ("conflicts missed", [f"{r['event']} {r['kind']} (system {r['system_event']})"
                              for r in events.get("conflicts", []) if not r["found"]]),
        ("quotes missed or misattributed",
         [f"{'missed' if not r['found'] else 'speaker ' + str(r['system_speaker'])} (gold {r['gold_speaker']})"
          f" {r['file']} | {r['quote']}" for r in report.details.get("quotes", []) if not r["speaker_right"]]),
    ]
    for title, lines in sections:
        if lines:
            console.print(f"[bold]{name}: {title}[/bold] ({len(lines)})", highlight=False)
            for line in lines:
                console.print("  " + line, highlight=False, markup=False)
