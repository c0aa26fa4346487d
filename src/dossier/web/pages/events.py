"""Event: every source's evidence side by side, each date as stated, the conflict explained. Article: the
text with the cited sentence highlighted, event triggers and actor mentions linked."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from dossier.models import EvidenceInfo
from dossier.shapes import DATE_ORIGINS
from dossier.store.views import EntityMark, EventMark, SentenceRow
from dossier.web.conflicts import conflict_cards
from dossier.web.deps import ArticleId, EventId, StoreDep, not_found
from dossier.web.highlight import Mark, highlight, path_part
from dossier.web.lookups import require_article
from dossier.web.templating import render

router = APIRouter()


@dataclass(frozen=True, slots=True)
class SourceColumn:
    """One article's evidence for an event: a column of the side-by-side view."""

    article_id: str
    outlet: str | None
    title: str | None
    published: str | None
    items: list[tuple[EvidenceInfo, Markup, str]]  # evidence, sentence with the trigger marked, how it is dated


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: EventId) -> HTMLResponse:
    event = store.event_info(event_id)
    if event is None:
        raise not_found(f"no event {event_id!r}; the timeline lists them")
    labels: dict[str, str] = request.app.state.issue_labels
    return render(request, "event.html", page="timeline", title=event.summary, event=event,
                  columns=source_columns(store.evidence(event_id)),
                  conflicts=conflict_cards(store, store.conflicts(event_id)),
                  issues=[(i, labels.get(i, i)) for i in store.event_issues(event_id)])


def source_columns(evidence: list[EvidenceInfo]) -> list[SourceColumn]:
    by_article: dict[str, list[EvidenceInfo]] = defaultdict(list)
    for item in evidence:
        by_article[item.article_id].append(item)
    columns = []
    for article_id, items in by_article.items():
        first = items[0]
        marked = [(e, _trigger_marked(e), DATE_ORIGINS.get(e.date_origin, e.date_origin)) for e in items]
        columns.append(SourceColumn(article_id, first.outlet, first.title, first.published, marked))
    return columns


def _trigger_marked(e: EvidenceInfo) -> Markup:
    start = max(0, e.trigger_start - e.sentence_start)
    return highlight(e.sentence, [Mark(start, start + len(e.trigger), "mark", (("class", "trigger"),))])


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: ArticleId,
                 s: Annotated[int | None, Query(ge=0, le=1_000_000, description="The sentence to highlight.")] = None
                 ) -> HTMLResponse:
    article = require_article(store, article_id)
    sentences = store.article_sentences(article_id)
    events = store.article_event_marks(article_id)
    mentions = store.article_entity_marks(article_id)
    return render(request, "article.html", page="sources", title=article.title.value or "Article", article=article,
                  body=article_body(article.text, sentences, events, mentions, s), focus=s,
                  focus_known=s is not None and any(x.index == s for x in sentences),
                  link=_safe_link(article.url.value), events=_unique_events(events),
                  actors=_actor_counts(mentions))


def article_body(text: str, sentences: list[SentenceRow], events: list[EventMark], mentions: list[EntityMark],
                 focus: int | None) -> Markup:
    """The whole text, escaped; each sentence in a span (id s<N>) that the page can scroll to and highlight,
    with its event triggers and actor mentions linked."""
    pieces: list[Markup] = []
    position = 0
    for sentence in sentences:
        if sentence.start < position or sentence.end > len(text):
            continue
        pieces.append(highlight(text[position:sentence.start], []))
        classes = "sentence focus" if sentence.index == focus else "sentence"
        marks = _sentence_marks(sentence, events, mentions)
        inner = highlight(text[sentence.start:sentence.end], marks)
        pieces.append(Markup('<span class="{}" id="s{}">{}</span>').format(classes, sentence.index, inner))
        position = sentence.end
    pieces.append(highlight(text[position:], []))
    return Markup("").join(pieces)


def _sentence_marks(sentence: SentenceRow, events: list[EventMark], mentions: list[EntityMark]) -> list[Mark]:
    """Triggers first (an actor mention inside a trigger stays part of the trigger's link)."""
    marks = [Mark(e.start - sentence.start, e.end - sentence.start, "a",
                  (("class", f"trigger t-{e.event_type}"), ("href", f"/events/{path_part(e.event_id)}"),
                   ("data-tip", f"{e.event_type}: {e.summary}")))
             for e in events if e.sentence_index == sentence.index]
    marks += [Mark(m.start - sentence.start, m.end - sentence.start, "a",
                   (("class", "mention"), ("href", f"/actors/{path_part(m.entity_id)}"),
                    ("data-tip", f"{m.name} · {m.entity_type}")))
              for m in mentions if m.sentence_index == sentence.index]
    return marks


def _safe_link(url: str | None) -> str | None:
    """Only http(s) URLs become links: a stored `javascript:` URL is shown as text, never followed."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _unique_events(events: list[EventMark]) -> list[EventMark]:
    seen: dict[str, EventMark] = {}
    for mark in events:
        seen.setdefault(mark.event_id, mark)
    return list(seen.values())


def _actor_counts(mentions: list[EntityMark]) -> list[tuple[EntityMark, int]]:
    """Each actor mentioned in the article (its first mention stands for it), most mentioned first."""
    counts = Counter(m.entity_id for m in mentions)
    first = {m.entity_id: m for m in reversed(mentions)}
    return [(first[entity_id], n) for entity_id, n in counts.most_common()]
