"""Actor commands: `entities`, `entity`, and `reprocess` (rebuild what analysis derived)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import (
    DbOption,
    JsonOption,
    PackOption,
    WorkersOption,
    choose_pack,
    console,
    existing_store,
    fail,
    print_json,
    read_store,
)
from dossier.cli.ingest_cmd import DaskOption, _print_analysis, _progress, _sigterm_as_interrupt, run_analysis
from dossier.models import EntityInfo, EntityType
from dossier.shapes import entity_json
from dossier.store import Store

TYPES = ", ".join(t.value for t in EntityType)


@app.command("entities")
def entities_command(
    db: DbOption = "dossier.db",
    entity_type: Annotated[
        str | None, typer.Option("--type", help=f"Only this type: {TYPES}.", show_default=False)
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """List resolved actors, most mentioned first: name, type, aliases, mentions, articles."""
    wanted = _entity_type(entity_type)
    rows = read_store(db).entities(wanted)[:limit]
    if as_json:
        print_json([entity_json(e) for e in rows])
        return
    table = Table(title=f"{len(rows)} entities", title_justify="left")
    table.add_column("name", ratio=2)
    table.add_column("type", no_wrap=True)
    table.add_column("aliases", ratio=4)
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    for e in rows:
        others = [a for a in e.aliases if a != e.name]
        table.add_row(Text(e.name, style="bold"), e.type.value, ", ".join(others), str(e.mentions), str(e.articles))
    console.print(table)


@app.command("entity")
def entity_command(
    name: Annotated[str, typer.Argument(help="Any alias, the name or the id of an actor.", show_default=False)],
    db: DbOption = "dossier.db",
    limit: Annotated[int, typer.Option(help="Show at most this many sentences.", min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """One actor, found by any of its spellings: aliases, articles, sentences, co-occurring actors."""
    store = read_store(db)
    entity = _find(store, name)
    mentions = store.entity_mentions(entity.id)
    neighbours = store.cooccurring(entity.id)
    titles = {a.id: a.title.value for a in store.articles()}
    if as_json:
        print_json({
            **entity_json(entity),
            "article_ids": sorted({m.article_id for m in mentions}),
            "mentions_in": [{"article": m.article_id, "sentence_index": m.sentence_index, "sentence": m.sentence,
                             "text": m.text, "start": m.start, "end": m.end} for m in mentions],
            "cooccurring": [{"id": e.id, "name": e.name, "type": e.type.value, "sentences": n}
                            for e, n in neighbours],
        })
        return
    console.print(Text.assemble((entity.name, "bold"), f"  {entity.type.value} · {entity.id}", style=""))
    if entity.denotes:
        console.print(f"stands for: {entity.denotes}", style="dim")
    console.print(Text.assemble(("aliases: ", "dim"), ", ".join(entity.aliases)))
    console.print(f"{entity.mentions} mentions in {entity.articles} articles")
    shown: set[tuple[str, int]] = set()
    for m in mentions:
        if len(shown) >= limit or (m.article_id, m.sentence_index) in shown:
            continue
        shown.add((m.article_id, m.sentence_index))
        sentence = Text(m.sentence)
        offset = m.sentence.find(m.text)
        if offset >= 0:
            sentence.stylize("bold yellow", offset, offset + len(m.text))
        console.print(Text.assemble(("• ", "dim"), (f"{titles.get(m.article_id) or m.article_id}: ", "dim"), sentence))
    if neighbours:
        console.print(Text.assemble(("with: ", "dim"), ", ".join(f"{e.name} ({n})" for e, n in neighbours)))


@app.command("analyse")
def analyse_command(
    db: DbOption = "dossier.db",
    pack: PackOption = None,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
) -> None:
    """Analyse stored articles that are not analysed yet (after `ingest --no-analyse`, or an interrupted run)."""
    store = existing_store(db)
    chosen = choose_pack(store, pack)
    with _sigterm_as_interrupt(), _progress(False) as progress:
        report = run_analysis(store, chosen, workers, progress, dask)
    _print_analysis(report)
    if report.analysed == 0 and not report.failed:
        console.print("Nothing to analyse: every stored article is analysed.")
    if report.interrupted:
        raise typer.Exit(130)


@app.command("reprocess")
def reprocess_command(
    db: DbOption = "dossier.db",
    pack: PackOption = None,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
) -> None:
    """Rebuild everything analysis derived (sentences, actors, ...) from the stored articles.

    Use it after changing or switching the domain pack. The articles themselves are kept.
    """
    store = existing_store(db)
    chosen = choose_pack(store, pack)
    with _sigterm_as_interrupt(), _progress(False) as progress:
        report = run_analysis(store, chosen, workers, progress, dask, reset=True)
    _print_analysis(report)
    if report.interrupted:
        raise typer.Exit(130)


def _find(store: Store, name: str) -> EntityInfo:
    found = store.find_entities(name)
    if not found:
        fail(f"no actor called {name!r}; `dossier entities` lists them")
    if len(found) > 1:
        others = ", ".join(f"{e.name} [{e.id}]" for e in found[1:4])
        console.print(f"[dim]{escape(name)!r} also names: {escape(others)}; showing the most mentioned.[/dim]")
    return found[0]


def _entity_type(value: str | None) -> str | None:
    if value is None:
        return None
    wanted = value.upper()
    if wanted not in EntityType.__members__:
        raise typer.BadParameter(f"{value!r} is not a type; use one of {TYPES}", param_hint="--type")
    return wanted

