"""What every command shares: the --db option, JSON output, Rich console, one-line errors."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console, RenderableType
from rich.table import Column, Table

from dossier.cli.app import app
from dossier.errors import DossierError
from dossier.packs import AUTO_SAMPLE, PACK_CONTENT, Pack, PackChoice, load_pack, select_pack, stored_pack
from dossier.query import Dossier, QueryError, plain
from dossier.store import DEFAULT_DB, StoreReader, StoreWriter, open_reader, open_store

__all__ = ["DEFAULT_DB", "DbOption", "JsonOption", "PackOption", "WorkersOption", "choose_pack", "console",
           "err_console", "error_line", "existing_store", "fail", "open_dossier", "pack_choice", "parse_size",
           "print_json", "read_store", "show_rows", "verbose"]

Row = TypeVar("Row")

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="DOSSIER_DB",
        help="The store: a SQLite file (created on first ingest), or a PostgreSQL database as a URL"
        " (postgresql://user@host/dbname) that several processes can share. Also set by DOSSIER_DB.",
        show_default=True,
    ),
]
PackOption = Annotated[
    str | None,
    typer.Option(
        "--pack",
        envvar="DOSSIER_PACK",
        help="Domain pack: a bundled name (syria-russia), a YAML file, or 'none'. Default: the pack the store"
        " was built with, else the bundled pack whose actors the articles name (else none). Also set by"
        " DOSSIER_PACK.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Analyse in this many processes (spaCy is the slow part).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (for jq and scripts) instead of a table.")]

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2,
          "g": 1024**3, "gb": 1024**3, "gib": 1024**3}


def parse_size(text: str) -> int:
    """'20MB', '512k', '1048576' -> bytes."""
    m = _SIZE.match(text)
    unit = (m.group(2) or "").lower() if m else None
    if not m or unit not in _UNITS:
        raise typer.BadParameter(f"{text!r} is not a size; write e.g. 20MB, 512KB or 1048576")
    return int(float(m.group(1)) * _UNITS[unit])


def choose_pack(store: StoreWriter, requested: str | None) -> Pack:
    """The pack asked for; else the one the store was built with (the content it keeps); else the bundled pack
    its articles are about, or none."""
    return pack_choice(store, requested).pack


def pack_choice(store: StoreWriter, requested: str | None) -> PackChoice:
    """`choose_pack`, saying who chose: asked for, the store's, or chosen from the stored articles' names."""
    if requested:
        return PackChoice(load_pack(requested), 1.0, "asked for")
    if bound := store.get_meta("pack"):
        kept = stored_pack(store.get_meta(PACK_CONTENT), store.shown)  # a store built with --pack FILE needs no file
        return PackChoice(kept or load_pack(bound), 1.0, "the store's")
    return select_pack(article.text for _, article in store.articles.pending(AUTO_SAMPLE))


def existing_store(db: str) -> StoreWriter:
    """Open an existing store to write to it (analyse, reprocess): migrated, but never created."""
    return open_store(db, create=False)


def read_store(db: str) -> StoreReader:
    """Open an existing store for a reading command, read-only: never created, migrated or written (it works in a
    read-only place and beside a running ingest); a missing, older or newer store is an error."""
    return open_reader(db)


def open_dossier(db: str) -> Dossier:
    """The query layer over an existing store, read-only, for a query command."""
    return Dossier(read_store(db), owned=True)


@app.callback()
def _options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", envvar="DOSSIER_VERBOSE",
                                          help="Log details to standard error: why each input was rejected, with"
                                               " its traceback, and the traceback of an unexpected error.")] = False,
) -> None:
    configure_logging(verbose)


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr, force=True,
                        format="%(levelname)s %(name)s: %(message)s")
    if verbose:  # Dossier's own debug log; the libraries' stays at warnings
        logging.getLogger().setLevel(logging.WARNING)
        logging.getLogger("dossier").setLevel(logging.DEBUG)


def verbose() -> bool:
    return logging.getLogger("dossier").isEnabledFor(logging.DEBUG)


def print_json(value: Any) -> None:
    """Records (and lists of them, and plain data) as JSON on standard output."""
    # Plain stdout write: Rich would wrap long lines and add colour codes to what jq reads.
    typer.echo(json.dumps(plain(value), ensure_ascii=False, indent=2))


def show_rows(rows: Sequence[Row], as_json: bool, title: str, columns: Sequence[Column],
              cells: Callable[[Row], Sequence[RenderableType]], empty: Callable[[], str] | None = None,
              show_lines: bool = False) -> None:
    """What every listing command prints: the records as JSON with --json; else one line saying why there is
    nothing (`empty`, asked only then: it may query the store); else a table titled with the count, one row per
    record (`cells` gives a row's cells in the order of `columns`)."""
    if as_json:
        print_json(rows)
        return
    if not rows and empty is not None:
        console.print(empty())
        return
    table = Table(*columns, title=f"{len(rows)} {title}", title_justify="left", show_lines=show_lines)
    for row in rows:
        table.add_row(*cells(row))
    console.print(table)


def error_line(problem: DossierError) -> str:
    """A user's error as the command line words it: a filter by its option, and where to find what exists."""
    if not isinstance(problem, QueryError):
        return str(problem)
    line = f"--{problem.field}: {problem.problem}" if problem.field else problem.problem
    return f"{line}; `dossier {problem.listing}` lists them" if problem.listing else line


def fail(message: str) -> NoReturn:
    raise DossierError(message)
