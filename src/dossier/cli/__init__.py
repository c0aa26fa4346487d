"""The `dossier` command line (Typer). Every user error ends in one line and a non-zero exit."""

from __future__ import annotations

import sys

from rich.markup import escape

from dossier.cli.app import app
from dossier.cli.common import err_console, error_line
from dossier.errors import DossierError

# Importing the command modules registers their commands on `app`.
from dossier.cli import ingest_cmds, watch_cmds, query_cmds, actor_cmds, event_cmds, issue_cmds  # noqa: F401  isort: skip
from dossier.cli import export_cmds, eval_cmds, serve_cmds  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: Typer reports usage errors itself; our own errors become one red line."""
    try:
        app()
    except DossierError as problem:
        err_console.print(f"[red]Error:[/red] {escape(error_line(problem))}", highlight=False, soft_wrap=True)
        sys.exit(1)
