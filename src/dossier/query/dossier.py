"""`Dossier`: every question the front ends ask of a store, with filters checked once and results shaped once.

The command line, the HTTP API, the pages, the export and notebooks (`dossier.open`) all ask through this class,
so they take the same filters, fail with the same errors and get the same records. It reads through the store's
read methods and never writes."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import TypeVar

from dossier.models import (
    ArticleInfo,
    ConflictInfo,
    EntityInfo,
    EntityRef,
    EventInfo,
    EvidenceInfo,
    MentionInfo,
    PositionInfo,
    QuoteInfo,
)
from dossier.query.changes import change_record, kinds_filter, since_filter
from dossier.query.errors import NotFound
from dossier.query.filters import (
    REPORTED,
    TimelineFilter,
    actor_filter,
    date_filter,
    entity_type_filter,
    issue_filter,
    limit_filter,
    offset_filter,
)
from dossier.query.records import (
    CONFLICT_FIELDS,
    Article,
    ArticleText,
    Change,
    Conflict,
    ConflictValue,
    Entity,
    EntityDetail,
    Event,
    EventDetail,
    Evidence,
    ExclusiveEvent,
    Issue,
    IssueCounts,
    IssueDetail,
    Mention,
    MentionMark,
    Neighbour,
    Network,
    NetworkEdge,
    NetworkNode,
    Outlet,
    OutletActor,
    OutletIssue,
    Position,
    Quote,
    Records,
    Ref,
    SearchHit,
    Sentence,
    Stance,
    Stats,
    Tone,
    TriggerMark,
)
from dossier.store import StoreReader

T = TypeVar("T")
ALL = 1_000_000_000  # "no limit" where a store query needs a number


class Dossier:
    """Read-only questions over one store. `dossier.open(location)` makes one for a notebook; the command line
    and the web wrap the store they opened. Lists come back as `Records` (`.to_pandas()`, `.to_dicts()`), single
    results as records (`.to_dict()`). A bad filter raises `BadFilter`, an unknown id `NotFound` (both
    `DossierError`s)."""

    def __init__(self, store: StoreReader, *, owned: bool = False) -> None:
        self.store = store
        self._owned = owned  # close the store with this object

    def close(self) -> None:
        if self._owned:
            self.store.close()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Dossier {self.store.shown}>"

    # --- articles -------------------------------------------------------------------------------

    def articles(self, limit: int | None = None, offset: int = 0) -> Records[Article]:
        """Stored articles, oldest first (undated last): title, outlet, date, and where each field came from."""
        infos = self.store.articles.page(limit=limit_filter(limit), offset=offset_filter(offset))
        return Records(_article(a) for a in infos)

    def article(self, article_id: str) -> ArticleText:
        """One article with its text, its sentences, and the event triggers and actor mentions found in it."""
        article = self.store.articles.get(article_id)
        if article is None:
            raise NotFound(f"no article {article_id!r}", listing="articles")
        published = article.published
        return ArticleText(
            article.id, article.title.value, article.title.origin, article.outlet.value, article.outlet.origin,
            article.url.value, article.url.origin, published.iso() if published else None,
            published.precision if published else None, article.published_origin, article.published_as_stated,
            article.source_path, article.word_count, article.text,
            Records(Sentence(s.index, s.start, s.end, s.text) for s in self.store.views.article_sentences(article.id)),
            Records(TriggerMark(m.event_id, m.event_type, m.modality, m.sentence_index, m.start, m.end, m.summary)
                    for m in self.store.views.article_event_marks(article.id)),
            Records(MentionMark(m.entity_id, m.name, m.entity_type, m.sentence_index, m.start, m.end)
                    for m in self.store.views.article_entity_marks(article.id)))

    def search(self, q: str, limit: int = 20, offset: int = 0) -> Records[SearchHit]:
        """Full-text search over titles and text, best match first, with a snippet and the matched words'
        ranges in it. `q` takes words, "phrases", AND/OR/NOT and prefix*."""
        hits = self.store.articles.search(q, limit=limit_filter(limit) or 20, offset=offset_filter(offset))
        return Records(SearchHit(h.article_id, h.title, h.outlet, h.published, h.score, h.snippet,
                                 list(h.highlights)) for h in hits)

    def stats(self) -> Stats:
        """Counts of what is stored."""
        return Stats(**self.store.stats())

    def outlet_counts(self) -> list[tuple[str | None, int]]:
        """Each outlet (None: unknown) with how many articles it has, most first."""
        return self.store.articles.outlet_counts()

    def article_titles(self, ids: Iterable[str]) -> dict[str, str]:
        """These articles' titles (else outlet, else id), for lines that name them."""
        return self.store.articles.labels(ids, title_first=True)

    def event_months(self, key: str) -> tuple[dict[str, int], int]:
        """How many reported or planned events an actor takes part in per month (dated to a day or a month),
        and how many are dated only to a year."""
        return self.store.views.event_months(self._entity_info(key).id)

    def event_count(self, key: str) -> int:
        """How many events an actor takes part in."""
        return self.store.views.entity_event_count(self._entity_info(key).id)

    def outlet_names(self) -> list[str]:
        """Every outlet named by a stored article, alphabetically."""
        return self.store.outlets.names()

    # --- actors ---------------------------------------------------------------------------------

    def entities(self, type: str | None = None, name: str | None = None, limit: int | None = None,
                 offset: int = 0) -> Records[Entity]:
        """Actors, most mentioned first; `type` PERSON, STATE, ORG, PLACE, FACILITY or GROUP; `name` keeps those
        whose name or an alias contains it."""
        wanted = entity_type_filter(type)
        limit, offset = limit_filter(limit), offset_filter(offset)
        if name:
            found = [e for e in self.store.views.entities_matching(name, limit=offset + (limit or ALL))
                     if not wanted or e.type == wanted]
            return Records(_entity(e) for e in _page(found, limit, offset))
        return Records(_entity(e) for e in self.store.actors.listed(wanted, limit=limit, offset=offset))

    def find_entities(self, name: str) -> Records[Entity]:
        """Every actor whose id, name or an alias is `name` (any case), most mentioned first."""
        return Records(_entity(e) for e in self.store.actors.find(name))

    def entity(self, key: str, limit: int | None = None, offset: int = 0) -> EntityDetail:
        """One actor by its id, name or any alias (the most mentioned when several share it): the articles and
        sentences mentioning it (`limit`/`offset` page the sentences; `article_ids` are those of the page's
        sentences), the actors most often mentioned in the same sentences, and how many events it takes part
        in."""
        found = self._entity_info(key)
        mentions = self.store.actors.mentions(found.id, limit=limit_filter(limit), offset=offset_filter(offset))
        base = _entity(found)
        return EntityDetail(
            base.id, base.name, base.type, base.aliases, base.mentions, base.articles, base.wikidata, base.denotes,
            base.pack_id, base.country, sorted({m.article_id for m in mentions}),
            Records(_mention(m) for m in mentions), self.cooccurring(found.id),
            self.store.views.entity_event_count(found.id))

    def actor(self, key: str) -> Entity:
        """One actor by its id, name or any alias, without its sentences."""
        return _entity(self._entity_info(key))

    def mentions(self, key: str, limit: int | None = None) -> Records[Mention]:
        """The sentences mentioning an actor, oldest article first."""
        entity_id = self._entity_info(key).id
        return Records(_mention(m) for m in self.store.actors.mentions(entity_id, limit=limit_filter(limit)))

    def cooccurring(self, key: str) -> Records[Neighbour]:
        """The actors most often mentioned in the same sentences as this one, with how many sentences."""
        entity_id = self._entity_info(key).id
        return Records(Neighbour(e.id, e.name, e.type, n) for e, n in self.store.actors.cooccurring(entity_id))

    def network(self, since: str | None = None, until: str | None = None, actor: str | None = None,
                min_shared: int = 1, limit: int = 80, edges: int | None = None) -> Network:
        """Actors (and targets) of reported or planned events linked by the events they share. With since/until
        only events dated in the window count; `actor` keeps that actor and those it shares events with;
        `limit` keeps the most active actors; `edges` keeps the strongest that many links among them
        (`edge_count` counts them all)."""
        found = self.store.views.network(since=date_filter(since, "since"), until=date_filter(until, "until"),
                                   actor=actor_filter(self.store, actor), min_shared=min_shared,
                                   max_nodes=limit_filter(limit) or 80)
        return Network(Records(NetworkNode(n.id, n.name, n.type, n.events) for n in found.nodes),
                       Records(NetworkEdge(e.source, e.target, e.events) for e in found.edges[:limit_filter(edges)]),
                       len(found.edges))

    # --- events ---------------------------------------------------------------------------------

    def timeline(self, actor: str | None = None, issue: str | None = None, since: str | None = None,
                 until: str | None = None, type: str | None = None, outlet: str | None = None,
                 conflicts: bool = False, undated: bool = False, all: bool = False, limit: int | None = None,
                 offset: int = 0, exclusive: bool = False) -> Records[Event]:
        """Events in date order. `actor` takes any alias; dates are 2025, 2025-07 or 2025-07-31 (`until` is
        inclusive); `type` a PLOVER type; `issue` an issue id; `outlet` keeps events it reports (with `exclusive`,
        those only it reports); `conflicts` only disputed events; `undated` adds events no source dates; `all`
        adds hypothetical and negated ones."""
        f = TimelineFilter.parse(self.store, actor=actor, issue=issue, since=since, until=until, type=type,
                                 outlet=outlet, conflicts=conflicts, undated=undated, all=all, limit=limit,
                                 offset=offset, exclusive=exclusive)
        return self._events(self.store.events.timeline(
            actor=f.actor, issue=f.issue, since=f.since, until=f.until, event_type=f.type, outlet=f.outlet,
            include_undated=f.undated, conflicts_only=f.conflicts, limit=f.limit, offset=f.offset,
            modalities=f.modalities, only_outlet=f.exclusive))

    def has_events(self) -> bool:
        return bool(self.store.events.timeline(limit=1, include_undated=True))

    def latest_events(self, limit: int = 16) -> Records[Event]:
        """The most recent dated events reported as having happened, newest first."""
        return self._events(self.store.views.latest_events(limit_filter(limit) or 16, modalities=("asserted",)))

    def event(self, event_id: str, limit: int | None = None, offset: int = 0,
              per_value: int | None = None, values: int | None = None) -> EventDetail:
        """One event with the issues it concerns, each source's evidence side by side (`limit`/`offset` page the
        evidence) and each conflict explained."""
        info = self.store.events.get(event_id)
        if info is None:
            raise NotFound(f"no event {event_id!r}", listing="timeline")
        event = _event(info)
        return EventDetail(
            event.id, event.type, event.mode, event.modality, event.date, event.date_precision, event.summary,
            event.sources, event.articles, event.conflict, event.actors, event.targets, event.location, event.kind,
            self.store.views.event_issues(event_id),
            Records(_evidence(e) for e in self.store.events.evidence(event_id, limit=limit_filter(limit),
                                                                     offset=offset_filter(offset))),
            self._conflicts(self.store.events.conflicts(event_id), limit_filter(per_value), limit_filter(values)))

    def conflicts(self, limit: int | None = None, offset: int = 0, per_value: int | None = None,
                  values: int | None = None) -> Records[Conflict]:
        """Every disagreement between sources about an event (its date, who took part, its place, which event
        was the first), each value with the outlets giving it (`values`: only the first that many values of each
        conflict, `per_value`: only the first that many articles of each value, each with their count: the
        event lists every source)."""
        return self._conflicts(self.store.events.conflicts(limit=limit_filter(limit), offset=offset_filter(offset)),
                               limit_filter(per_value), limit_filter(values))

    def event_issue_counts(self) -> dict[str, int]:
        """Issue ids events are tagged with, and how many events each."""
        return self.store.views.event_issue_counts()

    def issues_by_event(self) -> dict[str, list[str]]:
        """Every event's issue ids."""
        return self.store.views.issues_by_event()

    def evidence_by_event(self) -> dict[str, Records[Evidence]]:
        """Every event's evidence, in article id order (one pass over the store, for exports)."""
        return {event_id: Records(_evidence(e) for e in items)
                for event_id, items in self.store.views.evidence_by_event().items()}

    # --- the issue board ------------------------------------------------------------------------

    def issues(self, limit: int | None = None, offset: int = 0, stances: int | None = None) -> Records[Issue]:
        """The pack's issues, most discussed first, with each actor's latest stance and the last change
        (`stances`: only the first that many actors' stances per issue, and their count; `issue` pages them all)."""
        most = limit_filter(stances)
        found = self.store.issues.overview(stances=most)
        return Records(Issue(
            i["id"], i["label"], i["keywords"], i["anchors"], i["sentences"], i["articles"], i["positions"],
            i["actors"], i["last_change"], i["events"],
            Records(Stance(s["actor"], s["name"], s["stance"], s["negated"], s["label"], s["date"])
                    for s in i["stances"][:most]), i["actors"])
            for i in _page(found, limit_filter(limit), offset_filter(offset)))

    def issue(self, issue_id: str, limit: int | None = None, offset: int = 0) -> IssueDetail:
        """One issue: each actor's positions over time with their sentences, then the events (reported or
        planned, dated or not) and the quotations about it (`limit`/`offset` page each of the three)."""
        limit, offset = limit_filter(limit), offset_filter(offset)
        definition = next((i for i in self.store.issues.definitions() if i["id"] == issue_id), None)
        if definition is None:
            raise NotFound(f"no issue {issue_id!r}", listing="issues")
        return IssueDetail(
            definition["id"], definition["label"], definition["keywords"], definition["anchors"],
            Records(_position(p) for p in self.store.issues.positions(issue=issue_id, limit=limit, offset=offset)),
            self._events(self.store.events.timeline(issue=issue_id, include_undated=True, modalities=REPORTED,
                                                    limit=limit, offset=offset)),
            Records(_quote(q) for q in self.store.issues.quotes(issue=issue_id, limit=limit, offset=offset)))

    def issue_counts(self, issue_id: str) -> IssueCounts:
        """How much the articles say about one issue: sentences, articles, positions, actors, events."""
        counts = self.store.issues.counts().get(issue_id, {})
        return IssueCounts(counts.get("sentences", 0), counts.get("articles", 0), counts.get("positions", 0),
                           counts.get("actors", 0), counts.get("last_change"), counts.get("events", 0))

    def quotes(self, speaker: str | None = None, issue: str | None = None, direct: bool = False,
               limit: int | None = None, offset: int = 0) -> Records[Quote]:
        """Who said what: direct quotations and (unless `direct`) reported speech, by `speaker` (any alias) or
        about `issue`, with the sentence each comes from."""
        found = self.store.issues.quotes(speaker=actor_filter(self.store, speaker, "speaker"),
                                  issue=issue_filter(self.store, issue), kind="direct" if direct else None,
                                  limit=limit_filter(limit), offset=offset_filter(offset))
        return Records(_quote(q) for q in found)

    def positions(self, issue: str | None = None, actor: str | None = None, limit: int | None = None,
                  offset: int = 0) -> Records[Position]:
        """Stated stances in date order, on one issue and/or by one actor (any alias)."""
        found = self.store.issues.positions(issue=issue_filter(self.store, issue),
                                            actor=actor_filter(self.store, actor), limit=limit_filter(limit),
                                            offset=offset_filter(offset))
        return Records(_position(p) for p in found)

    # --- what changed ---------------------------------------------------------------------------

    def changes(self, since: str | None = None, issue: str | None = None, actor: str | None = None,
                kind: str | None = None, limit: int | None = None, offset: int = 0, *, after: int | None = None,
                upto: int | None = None) -> Records[Change]:
        """The change log, newest first: new events, new sources, dates moved, conflicts gained and resolved,
        stances changed, new actors, each with its evidence. `since`: a span before now (2h, 1d, 1w) or a date;
        `kind`: one kind or several separated by commas; `after`/`upto`: ids of the log (a poll's changes)."""
        infos = self.store.changelog.changes(
            since=since_filter(since), kinds=kinds_filter(kind), issue=issue_filter(self.store, issue),
            actor=actor_filter(self.store, actor), limit=limit_filter(limit), offset=offset_filter(offset),
            after_id=after, upto_id=upto)
        labels = {i["id"]: i["label"] for i in self.store.issues.definitions()}
        return Records(change_record(c, labels) for c in infos)

    def last_change(self) -> int:
        """The id of the latest change in the log (0: none yet)."""
        return self.store.changelog.last_change_id()

    def changed_since(self, since: str | None) -> tuple[set[str], set[tuple[str, str]]]:
        """The events and the (actor, issue) stances changed since then (a span or a date, as `changes` takes;
        `poll`: since the last poll of `dossier watch`): what the pages mark as new."""
        start = self.store.changelog.last_poll_at() if since == "poll" else since_filter(since)
        if start is None:
            return set(), set()
        return self.store.changelog.changed_since(start)

    def outlets(self, limit: int | None = None, offset: int = 0, exclusive: int | None = None) -> Records[Outlet]:
        """Outlets compared: the issues and actors each gives most space to (with the whole corpus's share),
        the dated events only it reports (`exclusive`: only the first that many, and their count; the timeline
        with `outlet` and `exclusive` lists them all), and its tone towards the main actors."""
        most = limit_filter(exclusive)
        found = self.store.outlets.report(exclusive=most)
        return Records(Outlet(
            o["outlet"], o["articles"], o["sentences"],
            Records(OutletIssue(i["issue"], i["sentences"], i["share"], i["corpus_share"]) for i in o["issues"]),
            Records(OutletActor(a["id"], a["name"], a["sentences"], a["share"], a["corpus_share"])
                    for a in o["actors"]),
            Records(ExclusiveEvent(e["id"], e["date"], e["summary"]) for e in o["exclusive_events"][:most]),
            Records(Tone(t["id"], t["name"], t["tone"], t["sentences"], t["label"]) for t in o["tone"]),
            o["exclusive_event_count"])
            for o in _page(found, limit_filter(limit), offset_filter(offset)))

    # --- helpers --------------------------------------------------------------------------------

    def _entity_info(self, key: str) -> EntityInfo:
        found = self.store.actors.get(key) or next(iter(self.store.actors.find(key)), None)
        if found is None:
            raise NotFound(f"no actor called {key!r}", listing="entities")
        return found

    def _events(self, infos: Iterable[EventInfo]) -> Records[Event]:
        return Records(_event(e) for e in infos)

    def _conflicts(self, infos: list[ConflictInfo], per_value: int | None = None,
                   values: int | None = None) -> Records[Conflict]:
        if not infos:
            return Records()
        # as sorted tuples: the same conflicts ask the same (kept per store version)
        articles = self.store.articles.labels(tuple(sorted({a for c in infos for _, ids in c.values[:values]
                                                            for a in ids[:per_value]})))
        names = self.store.actors.names(tuple(sorted({part for c in infos for value, _ in c.values[:values]
                                                      for part in _parts(value)})))
        return Records(_conflict(c, articles, names, per_value, values) for c in infos)


# --- shaping: the store's records into the query layer's ----------------------------------------------


def _page(items: list[T], limit: int | None, offset: int) -> list[T]:
    return items[offset:] if limit is None else items[offset:offset + limit]


def _ref(ref: EntityRef) -> Ref:
    return Ref(ref.id, ref.name, ref.type)


def _refs(refs: Iterable[EntityRef]) -> list[Ref]:
    return [_ref(r) for r in refs]


def _article(a: ArticleInfo) -> Article:
    return Article(a.id, a.title.value, a.title.origin, a.outlet.value, a.outlet.origin, a.url.value, a.url.origin,
                   a.published.iso() if a.published else None, a.published.precision if a.published else None,
                   a.published_origin, a.published_as_stated, a.source_path, a.word_count)


def _entity(e: EntityInfo) -> Entity:
    return Entity(e.id, e.name, e.type, list(e.aliases), e.mentions, e.articles, e.wikidata, e.denotes, e.pack_id,
                  e.country)


def _mention(m: MentionInfo) -> Mention:
    return Mention(m.article_id, m.sentence_index, m.sentence, m.text, m.start, m.end)


def _event(e: EventInfo) -> Event:
    return Event(e.id, e.type, e.mode, e.modality, e.date, e.date_precision, e.summary, e.sources, e.articles,
                 e.has_conflict, _refs(e.actors), _refs(e.targets), _ref(e.location) if e.location else None, e.kind)


def _evidence(e: EvidenceInfo) -> Evidence:
    return Evidence(e.article_id, e.outlet, e.title, e.published, e.sentence_index, e.sentence, e.trigger,
                    e.trigger_start, e.trigger_end, e.date_as_stated, e.date, e.date_origin, e.modality,
                    _refs(e.actors), _refs(e.targets), e.sentence_start, _refs(e.attribution))


def _conflict(c: ConflictInfo, articles: dict[str, str], names: dict[str, str], per_value: int | None,
              most: int | None) -> Conflict:
    values = Records(ConflictValue(value, ids[:per_value], [articles.get(a, a) for a in ids[:per_value]],
                                   _readable(value, names), len(ids)) for value, ids in c.values[:most])
    return Conflict(c.event_id, c.field, c.event_date, c.event_summary, values,
                    _explain(c.field, values, len(c.values) - len(values)), len(c.values))


def _explain(field: str, values: Iterable[ConflictValue], left_out: int = 0) -> str:
    """One line: what the sources disagree on, each value with the outlets that give it."""
    shown = "; ".join(f"{v.shown or '—'} ({', '.join(v.sources)}{f' and {v.more} more' if v.more else ''})"
                      for v in values)
    return (f"sources disagree on {CONFLICT_FIELDS.get(field, field)}: {shown}"
            + (f"; and {left_out} more value{'s' if left_out > 1 else ''}" if left_out else ""))


def _readable(value: str, names: dict[str, str]) -> str:
    """Conflict values hold entity ids (participants, places) or dates; show names. A participants value may end
    with the companions its article names ('bashar_al_assad with family': 'Bashar al-Assad with family')."""
    ids, with_, companions = value.partition(" with ")
    return ", ".join(names.get(part, part) for part in ids.split(", ")) + with_ + companions


def _parts(value: str) -> list[str]:
    """The entity ids (or the date) a conflict value holds: its comma-separated parts, companions left out."""
    return value.partition(" with ")[0].split(", ")


def _quote(q: QuoteInfo) -> Quote:
    return Quote(_ref(q.speaker) if q.speaker else None, q.text, q.kind, q.cue, list(q.issues), q.article_id,
                 q.outlet, q.published, q.sentence_index, q.sentence, q.start, q.end)


def _position(p: PositionInfo) -> Position:
    return Position(_ref(p.actor), p.issue, p.stance, p.negated, p.label, p.date, p.article_id, p.outlet,
                    p.sentence_index, p.sentence, p.cue)

