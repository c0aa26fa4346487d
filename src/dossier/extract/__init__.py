"""The extract stage: per-article facts from analysed text, with no global state (so it parallelises).

`extract` turns one `AnalysedArticle` into an `Extraction`: its sentences (the provenance
every fact points to) and its actor mentions. Later stages add events, times and quotes here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from dossier.extract.actors import actor_mentions
from dossier.extract.events import event_mentions
from dossier.extract.issues import sentence_issues
from dossier.extract.time import parse_time
from dossier.lexicon import TriggerLexicon, trigger_lexicon
from dossier.models import ActorMention, AnalysedArticle, Article, EventMention, Sentence, TimeExpr
from dossier.packs import Pack


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article  # its metadata: the published date anchors relative times
    sentences: tuple[Sentence, ...]  # without tokens: only text and offsets travel on
    mentions: list[ActorMention]
    events: list[EventMention]  # their actors, targets and location index into `mentions`
    times: list[TimeExpr]  # every time expression of the article, to infer when it was written

    @property
    def article_id(self) -> str:
        return self.article.id


def extract(analysed: AnalysedArticle, pack: Pack) -> Extraction:
    mentions = actor_mentions(analysed, pack)
    times = [t for t in (parse_time(span.text) for span in analysed.times) if t is not None]
    issues = sentence_issues(analysed.sentences, mentions, pack)
    lexicon = _lexicon(pack.name, tuple((k, tuple(v)) for k, v in pack.triggers.items()))
    events = [replace(e, issues=issues.get(e.sentence, ())) for e in event_mentions(analysed, mentions, lexicon)]
    return Extraction(
        replace(analysed.article, text=""),
        tuple(replace(s, tokens=()) for s in analysed.sentences),
        mentions,
        events,
        times,
    )


@lru_cache(maxsize=8)
def _lexicon(pack_name: str, triggers: tuple[tuple[str, tuple[str, ...]], ...]) -> TriggerLexicon:
    return trigger_lexicon({event_type: list(words) for event_type, words in triggers})
