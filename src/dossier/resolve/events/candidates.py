"""The events a mention is compared with: those filed under its entities at the dates it could match
(blocking.py), and of those only the ones whose overlap with it could reach the score a merge needs.

Around a person in the news every day a block holds thousands of events: a cheap upper bound of the merge
score (a few lookups) spares scoring each of them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import combinations

from dossier.models import Modality, PartialDate
from dossier.resolve.dates import around_year, compatible
from dossier.resolve.events import recurring, rules
from dossier.resolve.events.blocking import Key, exact_keys, nearby_keys
from dossier.resolve.events.records import Event, Evidence, in_order
from dossier.resolve.events.rules import MonthDay, about_the_year, month_day_of
from dossier.resolve.events.settings import Settings
from dossier.resolve.events.state import EventState
from dossier.resolve.events.tally import Tally


def candidates(state: EventState, item: Evidence, merging: bool = True) -> list[str]:
    """Events this mention may join, oldest first: those filed under its parties, their namesakes (the Assad
    regime -> Assad) or its place at a date it could match, and of those only the ones whose overlap with it
    could reach the score a merge needs (`merging`: and that pass every rule `merging.fit` applies before
    scoring; else events of the same story, to borrow dates from)."""
    found = blocked(state, item, merging)
    reach = Reach(item, {e: state.specific(e) for e in item.parties}, {e: state.kin(e) for e in item.parties},
                  state.settings, merging, item.location is not None and state.specific(item.location),
                  recurring.kind_of(item.type, item.mode, [item.lemma]) is not None,
                  around_year(item.time, state.anchors.get(item.article_id)))
    events = state.events
    return in_order(c for c in found if reach.may_fit(events[c], (tally := state.tally(events[c])),
                                                      state.namesakes_in(tally), state.people_states(tally)))


def recalled(state: EventState, item: Evidence, least: int) -> list[str]:
    """Events of the mention's type that `least` of its named parties (people, organisations) take part in,
    at whatever date, oldest first: what an undated mention of what happened may recall from the past ('since
    al-Sharaa's forces ousted Assad'), looked for when nothing of its article's weeks fits it (dated events that
    happened: an undated one is no past event known). Two named parties in common
    are a firm match (`rules.firm_match`); their events are few, even around people in the news every day."""
    named = sorted(p for p in item.parties if state.specific(p))
    if len(named) < max(least, 1) or item.modality is not Modality.ASSERTED:
        return []  # what is planned, denied or conditional recalls nothing
    sets = [state.events_of.get(p, set()) for p in named]
    found: set[str] = set()
    for group in combinations(sets, least):  # each set intersected with the smaller ones: a few lookups
        found |= set.intersection(*sorted(group, key=len))
    events = state.events
    return in_order(e for e in found if e in events and events[e].act == item.act and events[e].date is not None
                    and events[e].modality is Modality.ASSERTED)


def recalled_once(state: EventState, item: Evidence, subject: set[str], undated: bool = False) -> list[str]:
    """Events of the mention's type done to its subject (`recurring.done_to`: a named person or group, or what is
    named after them), at whatever date, oldest first: what an undated mention of a fact that happens once to
    whom it is done ('since the ruler's fall') recalls, when nothing of its article's weeks fits. The events an
    entity takes part in are kept by entity; a once-only fact is rare among them. `undated`: undated events too
    (one occurrence told first without a date: `recurring.once_fits`)."""
    if item.modality is not Modality.ASSERTED or not subject:
        return []
    found: set[str] = set().union(*(state.events_of.get(s, set()) for s in subject))
    events = state.events
    return in_order(e for e in found if e in events and events[e].act == item.act
                    and (undated or events[e].date is not None) and events[e].modality is Modality.ASSERTED)


def same_pair(state: EventState, item: Evidence, subject: set[str]) -> list[str]:
    """Events of the mention's type, at whatever date, that one of its actors (or the state an actor stands for)
    and one of `subject` take part in, oldest first: what a standing relation told again ('X was a key backer of
    Y', `recurring.OnceKind.standing`) may join, its pair being all that places it. Each pair's two sets of events
    are compared from the smaller one."""
    if item.modality is not Modality.ASSERTED or not subject:
        return []
    sides = {*item.actors, *(s for a in item.actors if (s := state.state_of(a)) is not None)}
    found: set[str] = set()
    for side in sides:
        for other in subject - {side}:
            few, many = sorted((state.events_of.get(side, set()), state.events_of.get(other, set())), key=len)
            found |= {e for e in few if e in many}
    events = state.events
    return in_order(e for e in found if e in events and events[e].act == item.act
                    and events[e].modality is Modality.ASSERTED)


def blocked(state: EventState, item: Evidence, merging: bool = True) -> set[str]:
    """The events filed under the mention's entities at the dates it could match (see blocking.py);
    `merging` an undated mention, only those it could firmly match."""
    ids = {*item.parties, *([item.location] if item.location else [])}
    ids |= {r for e in item.parties for r in state.kin(e)}
    anchor = state.anchors.get(item.article_id)
    written = anchor.date if anchor is not None and anchor.exact else None
    dates = dates_it_may_have(state, item, written)
    keys: list[Key] = [(item.act, entity, "u:?") for entity in ids]  # undated events of undated articles
    if merging and not dates and item.date is None and written is not None:
        return firm_blocked(state, item, written) | state.index.find(keys)
    found: set[str] = set()
    settings = state.settings
    if item.date is None and item.month_day is None and dates:  # "a decade ago": the months of its years too
        keys += [(item.act, entity, f"{when.year:04d}-{month:02d}") for entity in ids for when in dates
                 for month in range(1, 13)]  # (not their days: a use of force told by its day and "years ago")
    night = rules.night_neighbour(item.date, rules.part_of_night(item.time.text if item.time is not None else None))
    if night is not None:  # "Friday night": the events of the small hours of Saturday too (`rules.same_night`)
        keys += exact_keys(item.act, ids, night)
    for entity in ids:
        keys += [k for when in dates for k in exact_keys(item.act, [entity], when)]
        if entity == item.location or state.specific(entity):
            keys += [k for when in dates for k in nearby_keys(item.act, [entity], when, written, settings)]
            if item.date is not None and not (item.date_origin.borrowed and item.type not in settings.statement_types):
                continue  # a borrowed date (its story's, its article's news peg) is a guess: looked up as undated too
                # (not a statement's: made on many occasions, the date of its story is all that places it)
            if written is not None:
                keys += nearby_keys(item.act, [entity], None, written, settings)
            else:  # an undated mention from an article that does not know its own date: any date
                found |= {e for e in state.events_of.get(entity, ()) if e in state.events
                          and state.events[e].act == item.act}
    if merging and written is None and not dates:
        found |= alike_blocked(state, item)
    return found | state.index.find(keys)


def alike_blocked(state: EventState, item: Evidence) -> set[str]:
    """The events of the mention's type, at any date, that all its parties take part in: what an undated mention
    from an article that does not know when it was written may be told alike with (`rules.told_alike`: states
    alone, an actor and a target, or two parties of a joint act). Each party's events are intersected from the
    smallest set; a mention naming a single party looks for none."""
    parties = {*item.actors, *item.targets}
    if len(parties) < 2 or not item.lemma:
        return set()
    sets = sorted((state.events_of.get(p, set()) for p in parties), key=len)
    found = {e for e in sets[0] if all(e in other for other in sets[1:])}
    return {e for e in found if e in state.events and state.events[e].act == item.act}


def firm_blocked(state: EventState, item: Evidence, written: PartialDate) -> set[str]:
    """The events of the two weeks before its article that an undated mention could firmly match
    (`rules.firm_match`): a named party in common and one more of its parties or its place. Two weeks of
    a person in the news every day are many events; those holding a second of its entities are few."""
    near = {e: state.index.find(nearby_keys(item.act, [e], None, written, state.settings))
            for e in {*item.parties, *([item.location] if item.location else [])}}
    found: set[str] = set()
    for named in (e for e in item.parties if state.specific(e)):
        found |= near[named] & set().union(*(events for e, events in near.items() if e != named))
    if item.location is not None and state.specific(item.location):  # `rules.placed_match`: the place and an actor
        found |= near[item.location] & set().union(*(near[a] for a in item.actors if a in near))
    return found


def dates_it_may_have(state: EventState, item: Evidence, written: PartialDate | None) -> list[PartialDate]:
    """Its date; or, for a year-less 'January 29th', that day in the year the article was written and the
    year before (in every year the corpus has events in, when that is not known)."""
    if item.date is not None:
        return [item.date]
    around = around_year(item.time, state.anchors.get(item.article_id))
    if around is not None:  # "a decade ago": the year it counts back to, give or take one
        return [PartialDate(year) for year in (around - 1, around, around + 1)]
    if item.month_day is None:
        return []
    month, day = item.month_day
    years = (written.year, written.year - 1) if written is not None else sorted(state.years)
    return [PartialDate(year, month, day) for year in years]


@dataclass
class Reach:
    """What a mention could score against an event, as an upper bound of `merging.fit` that costs a few
    lookups: the overlap `rules.overlap` counts, the same trigger word, and the threshold its dates impose
    (weak at a compatible date or comparing year-less days, strong for a date conflict or a firm match
    without dates)."""

    item: Evidence
    specific: dict[str, bool]  # for each of its parties
    related: dict[str, set[str]]  # each of its parties' namesakes
    settings: Settings
    merging: bool = True  # apply `fit`'s rules too (not when looking for dates other sources give)
    named_place: bool = False  # its place is named (a town, a facility): `rules.placed_match`
    once: bool = False  # it tells a fact that happens once to whom it is done (`recurring.once_fits`)
    around: int | None = None  # dated only "a decade ago": about this year (`rules.about_the_year`)
    day: MonthDay | None = field(init=False)  # read once, not per event

    def __post_init__(self) -> None:
        self.day = month_day_of(self.item.date, self.item.month_day)

    def may_fit(self, event: Event, tally: Tally, namesakes: dict[str, list[str]],
                people_states: Collection[str] = ()) -> bool:
        item = self.item
        if self.merging and (item.modality is Modality.ASSERTED) != (event.modality is Modality.ASSERTED) and (
                {item.modality, event.modality} != {Modality.FUTURE, Modality.ASSERTED}):
            return False  # as `fit`: a reported meeting does not join a planned one (unless it was announced for it)
        theirs = tally.parties
        same_place = bool(item.location) and item.location in tally.locations
        score = int(bool(item.lemma) and item.lemma in tally.lemmas) + same_place
        shared = named = 0
        for party, specific in self.specific.items():
            if party in theirs:
                score += 2 if specific else 1
                shared, named = shared + 1, named + specific
            else:
                score += len(self.related[party] & theirs) + (party in namesakes) + (party in people_states)
        placed = self.named_place and same_place and bool(item.lemma) and item.lemma in tally.lemmas and any(
            a in tally.actors for a in item.actors)
        remark = (named and item.type in self.settings.statement_types
                  and recurring.same_word(item.lemma, tally.lemmas))  # `recurring.same_remark`
        alike = rules.told_alike(True, item.type in self.settings.joint_types, (item.actors, item.targets),
                                 (tally.actors, tally.targets), bool(item.lemma) and item.lemma in tally.lemmas)
        if (self.merging and self._undated(event, tally) and not (named and (shared > 1 or same_place)) and not placed
                and not remark and not self.once and not alike):
            return False  # as `rules.firm_match`, all an undated comparison can merge on: most candidates end here
        return score >= (self.settings.weak if self._dates_agree(event, tally) else self.settings.strong)

    def _undated(self, event: Event, tally: Tally) -> bool:
        """Whether `fit` has no dates to compare (nor year-less days), and merges only a firm match."""
        item = self.item
        if event.date is None:
            return not (tally.month_days and self.day is not None)
        return item.date is None and item.month_day is None and about_the_year(self.around, None, event.date) is None

    def _dates_agree(self, event: Event, tally: Tally) -> bool:
        item = self.item
        if item.date is None and about_the_year(self.around, None, event.date) is not None:
            return True
        if item.date is not None and event.date is not None:
            return compatible(item.date, event.date) or event.date == rules.night_neighbour(
                item.date, rules.part_of_night(item.time.text if item.time is not None else None))
        if event.date is None:
            return bool(tally.month_days) and (item.date is not None or item.month_day is not None)
        return item.month_day is not None
