"""The extract stage: per-article facts from analysed text, with no global state (so it parallelises).

`extract` turns one `AnalysedArticle` into an `Extraction`: its sentences (the provenance every fact points
to, without tokens), actor mentions (actors.py), event mentions coded in PLOVER (events.py), time
expressions (time.py), quotations and their speakers (quotes.py), stances on the pack's issues
(positions.py), the issues each sentence concerns (issues.py) and each sentence's tone (tone.py). Mentions
of events, quotes and positions point to actor mentions by index; resolve turns those into entities.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from dossier.extract.actors import actor_mentions
from dossier.extract.attach_time import planned_time
from dossier.extract.events import event_mentions
from dossier.extract.issues import sentence_issues
from dossier.extract.positions import position_mentions
from dossier.extract.quotes import quote_mentions
from dossier.extract.syntax import Parsed
from dossier.extract.time import parse_time
from dossier.extract.tone import tone
from dossier.lexicon import TriggerLexicon, trigger_lexicon
from dossier.models import (
    ActorMention,
    AnalysedArticle,
    Article,
    EventMention,
    PositionMention,
    QuoteMention,
    Sentence,
    TimeExpr,
)
from dossier.packs import Pack


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article  # its metadata: the published date anchors relative times
    sentences: tuple[Sentence, ...]  # without tokens: only text and offsets travel on
    mentions: list[ActorMention]
    events: list[EventMention]  # their actors, targets and location index into `mentions`
    times: list[TimeExpr]  # every time expression of the article, to infer when it was written
    quotes: list[QuoteMention]  # their speakers index into `mentions`
    positions: list[PositionMention]  # stances on issues; actors index into `mentions`
    issues: dict[int, tuple[str, ...]]  # sentence index -> the issues it concerns

    @property
    def article_id(self) -> str:
        return self.article.id


def extract(analysed: AnalysedArticle, pack: Pack) -> Extraction:
    mentions = actor_mentions(analysed, pack)
    times = _times(analysed, mentions)
    issues = sentence_issues(analysed.sentences, mentions, pack)
    lexicon = _lexicon(pack.name, tuple((k, tuple(v)) for k, v in pack.triggers.items()))
    quoted = quote_mentions(analysed, mentions)
    events = [replace(e, issues=() if e.passing else issues.get(e.sentence, ()))  # told in passing: not its issues
              for e in event_mentions(analysed, mentions, lexicon, quoted)]
    quotes = [replace(q, issues=issues.get(q.sentence, ())) for q in quoted]
    return Extraction(
        replace(analysed.article, text=""),
        tuple(Sentence(s.index, s.start, s.end, s.text, s.first_token, (), tone(s.text))  # as `replace`, cheaper
              for s in analysed.sentences),
        mentions,
        events,
        times,
        quotes,
        position_mentions(analysed, mentions, issues, quotes),
        issues,
    )


def _times(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[TimeExpr]:
    """Every time expression of the article, in order; the first one marked `ahead` when it dates what is planned
    ('will found a union on Thursday'): resolution reads the first as the article's news (`dates.lead_bound`,
    `dating.lead_day`)."""
    parsed = [(span, t) for span, t in ((span, parse_time(span.text)) for span in analysed.times) if t is not None]
    times = [t for _, t in parsed]
    if parsed:
        span, first = parsed[0]
        sentence = next((s for s in analysed.sentences if s.index == span.sentence), None)
        if sentence is not None and planned_time(span, Parsed(sentence, mentions, [])):
            times[0] = replace(first, ahead=True)
    return times


@lru_cache(maxsize=8)
def _lexicon(pack_name: str, triggers: tuple[tuple[str, tuple[str, ...]], ...]) -> TriggerLexicon:
    return trigger_lexicon({event_type: list(words) for event_type, words in triggers})
