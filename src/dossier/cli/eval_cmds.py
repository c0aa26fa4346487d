"""`dossier eval`: how well does the store match a hand annotation?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, existing_store, print_json
from dossier.evaluate import evaluate, load_gold


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold annotation (JSON, format of docs/eval.md).", show_default=False)],
    db: DbOption = DEFAULT_DB,
    details: Annotated[bool, typer.Option("--details", help="Also show where each gold entity went.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score the store against annotated data: entity clustering (B-cubed) and types, and more as
    the gold provides it. Ingest the gold's documents first; they are matched by file name.
    """
    report = evaluate(existing_store(db), load_gold(gold))
    if as_json:
        print_json(report.to_dict(details=details))
        return
    missing = [f for f, a in report.documents.items() if a is None]
    table = Table(title=f"{gold.name}: {len(report.documents) - len(missing)} of {len(report.documents)}"
                  " documents found in the store", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in report.scores.items():
        table.add_row(key.replace("_", " "), "—" if value is None else f"{value:.3f}" if isinstance(value, float)
                      else str(value))
    console.print(table)
    for file in missing:
        console.print(f"[yellow]not in the store:[/yellow] {file}")
    if details:
        for row in report.details.get("entities", {}).get("clusters", []):
            if len(row["system"]) > 1 or "(unclaimed)" in row["system"]:
                console.print(f"{row['gold']}: {row['system']}")
        for row in report.details.get("entities", {}).get("types", []):
            if row["gold_type"] != row["system_type"]:
                console.print(f"type {row['gold']}: gold {row['gold_type']},"
                              f" system {row['system']} {row['system_type']}")
