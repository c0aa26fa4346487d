"""Query commands over stored articles: `articles`, `search`, `stats`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Column, Table
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, open_dossier, print_json, show_rows
from dossier.models import Origin


@app.command("articles")
def articles_command(
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
) -> None:
    """List stored articles: id, title, outlet, published date, and where each field came from.

    Origins: `metadata` (a header, meta tag or JSONL field), `text` (found in the article's own
    words: a title line, a credit line, a dateline) or `unknown` (nothing supports a value).
    """
    show_rows(open_dossier(db).articles(limit=limit), as_json, "articles",
              [Column("id", no_wrap=True, style="dim"), Column("title", ratio=3), Column("outlet", ratio=1),
               Column("published", no_wrap=True), Column("words", justify="right")],
              lambda a: (a.id, _cell(a.title, a.title_origin), _cell(a.outlet, a.outlet_origin),
                         _cell(a.published, a.published_origin), str(a.words)))


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", AND/OR/NOT, prefix*.', show_default=False)],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    limit: Annotated[int, typer.Option(help="Show at most this many hits.", min=1)] = 20,
) -> None:
    """Full-text search over article titles and text, best match first (BM25), with snippets."""
    hits = open_dossier(db).search(query, limit=limit)
    if as_json:
        print_json(hits)
        return
    if not hits:
        console.print(f"No article matches {escape(query)!r}.")
        return
    for hit in hits:
        where = f"{hit.outlet or 'outlet unknown'} · {hit.published or 'undated'} · {hit.article_id}"
        console.print(Text.assemble((hit.title or "(untitled)", "bold"), "  ", (where, "dim")))
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        console.print(snippet, soft_wrap=True)
        console.print()


@app.command("stats")
def stats_command(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Counts of what is stored."""
    stats = open_dossier(db).stats()
    if as_json:
        print_json(stats)
        return
    table = Table(show_header=False, box=None)
    for key, value in stats.to_dict().items():
        table.add_row(key.replace("_", " "), "—" if value is None else str(value))
    console.print(table)


def _cell(value: str | None, origin: Origin) -> Text:
    """A metadata value with where it came from (metadata, text), or "unknown"."""
    if origin is Origin.UNKNOWN:
        return Text("unknown", style="dim italic")
    return Text.assemble(value or "", (f" ({origin.value})", "dim"))

