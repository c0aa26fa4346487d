"""The Typer application object, shared by the command modules."""

import typer

from dossier.store import DEFAULT_DB

app = typer.Typer(
    name="dossier",
    help=(
        "Dossier reads news articles about a developing story and builds an evidence-backed,"
        " queryable picture of it: articles, actors, events, conflicts between sources.\n\n"
        "Start with `dossier ingest FOLDER`, then `dossier articles`, `dossier search QUERY`"
        f" and `dossier stats`. Every command takes --db (default ./{DEFAULT_DB}, or $DOSSIER_DB)."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
