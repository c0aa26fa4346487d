"""Actor commands: `entities`, `entity`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Column
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, open_dossier, print_json, show_rows
from dossier.query.filters import ENTITY_TYPES

TYPES = ", ".join(ENTITY_TYPES)


@app.command("entities")
def entities_command(
    db: DbOption = DEFAULT_DB,
    entity_type: Annotated[
        str | None, typer.Option("--type", help=f"Only this type: {TYPES}.", show_default=False)
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """List resolved actors, most mentioned first: name, type (a person's country beside it, where the text
    says it), aliases, mentions, articles."""
    show_rows(open_dossier(db).entities(type=entity_type, limit=limit), as_json, "entities",
              [Column("name", ratio=2), Column("type", no_wrap=True), Column("aliases", ratio=4),
               Column("mentions", justify="right"), Column("articles", justify="right")],
              lambda e: (Text(e.name, style="bold"), f"{e.type.value} ({e.country})" if e.country else e.type.value,
                         ", ".join(a for a in e.aliases if a != e.name),
                         str(e.mentions), str(e.articles)))


@app.command("entity")
def entity_command(
    name: Annotated[str, typer.Argument(help="Any alias, the name or the id of an actor.", show_default=False)],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Show at most this many sentences.", min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """One actor, found by any of its spellings: aliases, articles, sentences, co-occurring actors."""
    d = open_dossier(db)
    entity = d.entity(name)
    if as_json:
        print_json(entity)
        return
    others = [e for e in d.find_entities(name) if e.id != entity.id]
    if others:
        shown = ", ".join(f"{e.name} [{e.id}]" for e in others[:3])
        console.print(f"[dim]{escape(name)!r} also names: {escape(shown)}; showing the most mentioned.[/dim]")
    titles = {a.id: a.title for a in d.articles()}
    console.print(Text.assemble((entity.name, "bold"), f"  {entity.type.value} · {entity.id}", style=""))
    if entity.denotes:
        console.print(f"stands for: {entity.denotes}", style="dim")
    if entity.country:
        console.print(f"country: {entity.country}", style="dim")
    console.print(Text.assemble(("aliases: ", "dim"), ", ".join(entity.aliases)))
    console.print(f"{entity.mentions} mentions in {entity.articles} articles")
    shown_sentences: set[tuple[str, int]] = set()
    for m in entity.mentions_in:
        if len(shown_sentences) >= limit or (m.article, m.sentence_index) in shown_sentences:
            continue
        shown_sentences.add((m.article, m.sentence_index))
        sentence = Text(m.sentence)
        offset = m.sentence.find(m.text)
        if offset >= 0:
            sentence.stylize("bold yellow", offset, offset + len(m.text))
        console.print(Text.assemble(("• ", "dim"), (f"{titles.get(m.article) or m.article}: ", "dim"), sentence))
    if entity.cooccurring:
        console.print(Text.assemble(("with: ", "dim"), ", ".join(f"{e.name} ({e.sentences})"
                                                                 for e in entity.cooccurring)))
