"""Run the real analyse -> extract pipeline on a few sentences written for a test."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from dossier.analyse import analyse, build_nlp
from dossier.extract import Extraction, extract
from dossier.models import Article, Origin, PartialDate
from dossier.packs import Pack, load_pack
from dossier.read.normalise import article_id


@lru_cache(maxsize=2)
def pipeline(pack_name: str = "syria-russia") -> tuple[Language, Pack]:
    pack = load_pack(pack_name)
    return build_nlp(pack), pack


def extraction(text: str, published: PartialDate | None = None, pack_name: str = "syria-russia") -> Extraction:
    nlp, pack = pipeline(pack_name)
    article = Article(article_id(text), text, "test.txt", published=published,
                      published_origin=Origin.METADATA if published else Origin.UNKNOWN)
    return extract(next(analyse([article], nlp)), pack)


@dataclass(frozen=True)
class Seen:
    type: str  # "" for an act PLOVER does not type (its kind: `kind`)
    mode: str | None
    modality: str
    actors: set[str]
    targets: set[str]
    location: str | None
    time: str | None
    trigger: str
    kind: str | None = None


def events(text: str, published: PartialDate | None = None) -> list[Seen]:
    """The event mentions of `text`, with participants as names (pack ids where the pack knows them)."""
    found = extraction(text, published)

    def name(i: int) -> str:
        mention = found.mentions[i]
        return mention.pack_id or mention.name

    return [Seen(e.type or "", e.mode, e.modality.value, {name(i) for i in e.actors}, {name(i) for i in e.targets},
                 name(e.location) if e.location is not None else None, e.time.text if e.time else None, e.trigger,
                 e.kind)
            for e in found.events]
