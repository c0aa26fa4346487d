"""The extract stage: per-article facts from analysed text, with no global state (so it parallelises).

`extract` turns one `AnalysedArticle` into an `Extraction`: its sentences (the provenance
every fact points to) and its actor mentions. Later stages add events, times and quotes here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dossier.extract.actors import actor_mentions
from dossier.models import ActorMention, AnalysedArticle, Sentence
from dossier.packs import Pack


@dataclass(frozen=True, slots=True)
class Extraction:
    article_id: str
    sentences: tuple[Sentence, ...]  # without tokens: only text and offsets travel on
    mentions: list[ActorMention]


def extract(analysed: AnalysedArticle, pack: Pack) -> Extraction:
    return Extraction(
        analysed.article.id,
        tuple(replace(s, tokens=()) for s in analysed.sentences),
        actor_mentions(analysed, pack),
    )
