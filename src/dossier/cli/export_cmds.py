"""`dossier export`: everything in the store as JSON (the export contract) or CSV files."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, console, fail, open_dossier
from dossier.export import export_csv, export_json


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"


@app.command("export")
def export_command(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[Format, typer.Option("--format", help="json: one document; csv: one file per table.")] = Format.JSON,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="JSON: a file (default: standard output). CSV: a folder (required).",
                     show_default=False),
    ] = None,
) -> None:
    """Export articles, entities, events, conflicts, quotes and issues.

    `dossier export > dossier.json` prints the JSON contract (keys: articles, entities, events,
    conflicts, quotes, issues); `dossier export --format csv --out folder/` writes one CSV per table.
    """
    d = open_dossier(db)
    if fmt is Format.CSV:
        if out is None:
            fail("CSV export writes one file per table: give a folder with --out")
        paths = export_csv(d, out)
        console.print(f"Wrote {len(paths)} files to {out}: {', '.join(p.name for p in paths)}")
        return
    text = json.dumps(export_json(d), ensure_ascii=False, indent=2)
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
        console.print(f"Wrote {out}")
