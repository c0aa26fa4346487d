"""Where an event's sources disagree, computed when its rows are written (not on every change): stated dates
that cannot both be right, different people named in one role by different articles (an article naming nobody
in a role omits, it does not contradict), places standing for different states, and rival "first" claims
(firsts.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dossier.models import EntityType, PartialDate
from dossier.resolve.dates import compatible, days_of, overlap, said_date, span
from dossier.resolve.events import recurring, rules
from dossier.resolve.events.records import Conflict, Event
from dossier.resolve.events.state import EventState
from dossier.summaries import listed


def conflicts(state: EventState, event: Event) -> list[Conflict]:
    found = []
    stated = state.tally(event).stated
    values = [PartialDate.from_iso(v) for v in stated]
    if any(not compatible(a, b) for a in values for b in values):
        found.append(Conflict("date", sorted((v, sorted(a)) for v, a in stated.items())))
    elif stated and (told := spans_told(state, event)) and spans_disagree(list(told.values())):
        found.append(Conflict("date", claims((value, article) for value, said in told.items()
                                             for article in said.articles)))
    people = people_by_article(state, event)
    least = rules.joint_least_people(event.type in state.settings.joint_types, state.settings)
    with_them = companions_by_article(event)
    states = states_by_article(state, event)
    if rules.people_disagree(people_by_role(state, event), least) or recurring.companions_disagree(
            [(frozenset(p), with_them.get(a, frozenset())) for a, p in people.items()]):
        found.append(Conflict("participants", claims(
            (named_with(p, with_them.get(a, frozenset())), a) for a, p in people.items())))
    elif rules.lists_disagree(states.values(), state.settings.listed_states):
        found.append(Conflict("participants", claims(
            (named_with(p), a) for a, p in states.items() if len(p) >= state.settings.listed_states)))
    places = places_by_article(state, event)
    if len(places) > 1:
        found.append(Conflict("location", sorted((p, sorted(a)) for p, a in places.items())))
    rivals = state.firsts.rival_claims(event, state.events, state.tally)
    if rivals:
        found.append(Conflict("first_claim", rivals))
    return found


@dataclass(slots=True)
class Told:
    """One stated date of an event's sources: the days it can be, the articles saying it, and the place and parties
    of each mention saying it."""

    days: tuple[date, date]
    articles: set[str] = field(default_factory=set)
    scenes: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # (place, parties) of each mention


def spans_told(state: EventState, event: Event) -> dict[str, Told]:
    """The days each stated date of the event's sources can be (`dates.span`: 'last week' is a Monday to Sunday
    though kept as its month), by value: the date as stored, or, where the words fix a span finer than it, the
    words as the source says them with their days ('withdrawal last week (2026-01-19 to 2026-01-25)')."""
    told: dict[str, Told] = {}
    for e in event.evidence:
        if e.date is None or not said_date(e.date_origin, e.time):
            continue
        days = span(e.time, e.date, state.anchors.get(e.article_id), e.modality)
        value = e.date.iso()
        if days != days_of(e.date) and e.time is not None:
            words = e.time.text[:1].lower() + e.time.text[1:]  # "Earlier this week, ...": a week, no name
            value = f"{e.lemma or e.trigger} {words} ({days[0].isoformat()} to {days[1].isoformat()})"
        said = told.setdefault(value, Told(days))
        said.articles.add(e.article_id)
        if e.location:
            said.scenes.append((e.location, frozenset(e.parties)))
    return told


def spans_disagree(told: list[Told]) -> bool:
    """Two stated dates whose days do not meet, though their months agree, on mentions tied firmly enough for the
    finer days to be believed one event's: one article telling both ('is withdrawing' on its day, 'had begun last
    week'), or two mentions naming one place and a party in common. A process told by its start in one source and
    its end in another is such a conflict; two reports merged on their month alone (other places, or other
    parties: two foundations' deliveries to one town) are not called one (the month-level rule, `compatible`, is
    unchanged)."""
    return any(not overlap(a.days, b.days) and (a.articles & b.articles or _same_scene(a, b))
               for k, a in enumerate(told) for b in told[k + 1:])


def _same_scene(a: Told, b: Told) -> bool:
    return any(place == other and parties & others for place, parties in a.scenes for other, others in b.scenes)


def companions_by_article(event: Event) -> dict[str, frozenset[str]]:
    """The companions each article names with a party of the event ('X and his wife': wife), as its mentions
    keep them (`EventMention.companions`, from `extract/participants.companions_of`)."""
    found: dict[str, set[str]] = defaultdict(set)
    for e in event.evidence:
        found[e.article_id].update(e.companions)
    return {a: frozenset(c) for a, c in found.items() if c}


def named_with(people: Iterable[str], companions: Iterable[str] = ()) -> str:
    """A participants value: the people's entity ids, then the companions the article names with them
    ('bashar_al_assad with family', 'x, y with wife and children'); the query layer shows the names
    ('Bashar al-Assad with family')."""
    value = ", ".join(sorted(people))
    return f"{value} with {listed(sorted(companions))}" if companions else value


def claims(told: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """One value per distinct claim, with the articles making it (sorted): (value, article) pairs grouped."""
    by_value: dict[str, set[str]] = defaultdict(set)
    for value, article_id in told:
        by_value[value].add(article_id)
    return sorted((value, sorted(articles)) for value, articles in by_value.items())


def people_by_article(state: EventState, event: Event) -> dict[str, set[str]]:
    """The people each article names as taking part (in whatever role), for articles that name any."""
    named: dict[str, set[str]] = defaultdict(set)
    for e in event.evidence:
        for entity_id in e.parties:
            facts = state.entity(entity_id)
            if facts is not None and facts.type is EntityType.PERSON:
                named[e.article_id].add(entity_id)
    return dict(named)


def states_by_article(state: EventState, event: Event) -> dict[str, frozenset[str]]:
    """The states each article names as doing the act (its actors; for an act done together, `Settings.joint_types`,
    every party, as `people_by_role` reads them), for articles that name any: a list of who did it when it is long
    enough (`rules.lists_disagree`)."""
    joint = event.type in state.settings.joint_types
    named: dict[str, set[str]] = defaultdict(set)
    for e in event.evidence:
        for entity_id in (e.parties if joint else e.actors):
            facts = state.entity(entity_id)
            if facts is not None and facts.type is EntityType.STATE:
                named[e.article_id].add(entity_id)
    return {a: frozenset(s) for a, s in named.items()}


def people_by_role(state: EventState, event: Event) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each article, the people it names acting and those it names as targets; for an event its parties do
    together (a meeting, a call, an agreement: `Settings.joint_types`) all in one role, since 'Putin called
    Erdogan' and 'Erdogan called Putin' name the same two people."""
    def people(ids: tuple[str, ...]) -> set[str]:
        return {i for i in ids if (facts := state.entity(i)) is not None and facts.type is EntityType.PERSON}

    by_article: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for e in event.evidence:
        actors, targets = by_article[e.article_id]
        actors |= people(e.actors)
        targets |= people(e.targets)
    if event.type in state.settings.joint_types:
        return [(frozenset(a | t), frozenset()) for a, t in by_article.values()]
    return [(frozenset(a), frozenset(t)) for a, t in by_article.values()]


def places_by_article(state: EventState, event: Event) -> dict[str, list[str]]:
    """Locations that cannot both be right: different places standing for different states, neither within
    the other."""
    by_place: dict[str, list[str]] = defaultdict(list)
    for e in event.evidence:
        if e.location and e.article_id not in by_place[e.location]:
            by_place[e.location].append(e.article_id)
    if len(by_place) < 2:
        return {}
    names = {p: facts.name if (facts := state.entity(p)) is not None else "" for p in by_place}
    if len([p for p in by_place if not any(q != p and rules.named_within(names[p], names[q]) for q in by_place)]) < 2:
        return {}  # 'Kessel airport' lies in 'Kessel': one place told more or less precisely
    states = {state.state_of(p) for p in by_place}
    if len(states) > 1 or None in states:
        return dict(by_place)
    return {}
