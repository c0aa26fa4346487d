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

from dossier.query.records import Evidence, MentionMark, Sentence, TriggerMark
from dossier.web.deps import ArticleId, DossierDep, EventId
from dossier.web.highlight import Mark, highlight, path_part
from dossier.web.pages.cards import SOURCES_SHOWN, VALUES_SHOWN, conflict_cards
from dossier.web.templating import render

router = APIRouter()
EVIDENCE_SHOWN = 200  # evidence items on an event's page (the API pages through all of them)


@dataclass(frozen=True, slots=True)
class SourceColumn:
    """One article's evidence for an event: a column of the side-by-side view."""

    article_id: str
    outlet: str | None
    title: str | None
    published: str | None
    items: list[tuple[Evidence, Markup, str]]  # evidence, sentence with the trigger marked, how it is dated


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, d: DossierDep, event_id: EventId) -> HTMLResponse:
    event = d.event(event_id, limit=EVIDENCE_SHOWN, per_value=SOURCES_SHOWN, values=VALUES_SHOWN)
    labels: dict[str, str] = request.app.state.issue_labels
    return render(request, "event.html", page="timeline", title=event.summary, event=event,
                  columns=source_columns(event.evidence), conflicts=conflict_cards(event.conflicts),
                  issues=[(i, labels.get(i, i)) for i in event.issues])


def source_columns(evidence: list[Evidence]) -> list[SourceColumn]:
    by_article: dict[str, list[Evidence]] = defaultdict(list)
    for item in evidence:
        by_article[item.article].append(item)
    columns = []
    for article_id, items in by_article.items():
        first = items[0]
        marked = [(e, _trigger_marked(e), e.how_dated) for e in items]
        columns.append(SourceColumn(article_id, first.outlet, first.title, first.published, marked))
    return columns


def _trigger_marked(e: Evidence) -> Markup:
    start = max(0, e.trigger_start - e.sentence_start)
    return highlight(e.sentence, [Mark(start, start + len(e.trigger), "mark", (("class", "trigger"),))])


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, d: DossierDep, article_id: ArticleId,
                 s: Annotated[int | None, Query(ge=0, le=1_000_000, description="The sentence to highlight.")] = None
                 ) -> HTMLResponse:
    article = d.article(article_id)
    return render(request, "article.html", page="sources", title=article.title or "Article", article=article,
                  body=article_body(article.text, article.sentences, article.events, article.mentions, s), focus=s,
                  focus_known=s is not None and any(x.index == s for x in article.sentences),
                  link=_safe_link(article.url), events=_unique_events(article.events),
                  actors=_actor_counts(article.mentions))


def article_body(text: str, sentences: list[Sentence], events: list[TriggerMark], mentions: list[MentionMark],
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


def _sentence_marks(sentence: Sentence, events: list[TriggerMark], mentions: list[MentionMark]) -> list[Mark]:
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


def _unique_events(events: list[TriggerMark]) -> list[TriggerMark]:
    seen: dict[str, TriggerMark] = {}
    for mark in events:
        seen.setdefault(mark.event_id, mark)
    return list(seen.values())


def _actor_counts(mentions: list[MentionMark]) -> list[tuple[MentionMark, int]]:
    """Each actor mentioned in the article (its first mention stands for it), most mentioned first."""
    counts = Counter(m.entity_id for m in mentions)
    first = {m.entity_id: m for m in reversed(mentions)}
    return [(first[entity_id], n) for entity_id, n in counts.most_common()]
