"""The `dossier` command line (Typer). Every user error ends in one line and a non-zero exit."""

from __future__ import annotations

import logging
import sqlite3
import sys

from rich.markup import escape

from dossier.cli.app import app
from dossier.cli.common import err_console, error_line, verbose
from dossier.errors import DossierError
from dossier.read.decode import reason

# Importing the command modules registers their commands on `app`.
from dossier.cli import ingest_cmds, watch_cmds, query_cmds, actor_cmds, event_cmds, issue_cmds  # noqa: F401  isort: skip
from dossier.cli import export_cmds, eval_cmds, serve_cmds, change_cmds  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: Typer reports usage errors itself; our own errors become one red line, and so does anything
    unexpected (its traceback is logged: `dossier --verbose` shows it)."""
    try:
        app()
    except DossierError as problem:
        _error(error_line(problem))
    except sqlite3.Error as problem:
        _unexpected(f"the SQLite store failed: {reason(problem)}", problem)
    except Exception as problem:
        what = "the PostgreSQL store failed:" if _is_database_error(problem) else "unexpected"
        _unexpected(f"{what} {reason(problem)}", problem)


def _is_database_error(problem: Exception) -> bool:
    psycopg = sys.modules.get("psycopg")  # loaded only when a PostgreSQL store was opened
    return psycopg is not None and isinstance(problem, psycopg.Error)


def _unexpected(message: str, problem: Exception) -> None:
    logging.getLogger("dossier").debug("unexpected error", exc_info=problem)
    _error(message + ("" if verbose() else "; `dossier --verbose ...` shows the details"))


def _error(message: str) -> None:
    err_console.print(f"[red]Error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    sys.exit(1)
