"""Cross-article merging: a mention joins the event it fits best (or makes a new one); after each article, events
that turn out to be one are merged (`consolidate`: so the order sources arrive in matters less). One article's
events told again within it are merged by in_article.py, which shares `absorb`, `within` and `shared_named`.

`fit` and `events_fit` apply the rules of rules.py in order, the cheap ones first; ties go to the older
event, never to a set's order (which changes with each process's hash seed).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from dossier.lexicon import REDEPLOY, campaign_nouns, frames, invitation_words
from dossier.models import EntityType, Modality, PartialDate
from dossier.plover import EventType, Mode, Precision
from dossier.resolve.dates import around_year, compatible
from dossier.resolve.events import firsts, recurring, rules
from dossier.resolve.events.blocking import exact_keys, lag_keys
from dossier.resolve.events.candidates import candidates, recalled, recalled_once, same_pair
from dossier.resolve.events.records import Event, Evidence, in_order
from dossier.resolve.events.state import EventState
from dossier.resolve.events.tally import Tally


def fit(state: EventState, item: Evidence, event: Event, sole: bool = False) -> int:
    """How well a mention fits an event: 0 when it must not merge, else its participant overlap (one more for
    a compatible date). `sole`: the event is the only one of the store an undated mention could report
    (`recurring.sole_candidate`): its principal acting in it is all the overlap asked for."""
    settings = state.settings
    if item.kind != event.kind:
        return 0  # an appointment is no inauguration, nor any typed event
    tally = state.tally(event)
    announced = not rules.same_kind(item.type, item.modality, event.type, event.modality)
    moved = announced and item.type == event.type and item.lemma == REDEPLOY and rules.planned_move_made(
        item.type, item.modality, event.modality, item.date if item.modality is Modality.FUTURE else event.date,
        item.location is not None and item.location in tally.locations and state.specific(item.location),
        bool(set(item.actors) & set(tally.actors)))  # "were to move to the X base": the move there
    if announced and not moved and not (item.type == event.type and rules.announced_and_held(
            item.modality, event.modality, item.date, event.date)):
        return 0
    if not rules.same_mode(item.mode, event.mode) and not rules.talks_of_the_visit(
            item.mode, event.mode, item.date_origin, item.actors, state.specific):
        return 0
    if item.ordinal is not None and firsts.numbered_apart({item.ordinal}, firsts.numbers(event.evidence)):
        return 0  # "who first visited Russia in October" is not the visit its sources call the second
    if kept_apart(item.type, item.mode, [item.lemma], event.type, event.mode, tally.lemmas):
        return 0
    if not rules.place_fits(item.location, tally.locations, state.seat_of, within(state)) and not (
            rules.same_day_same_people(shared_named(state, item.parties & tally.parties), item.date, event.date)):
        return 0  # a visit to Moscow is not a visit to Damascus (unless sources disagree on the place)
    if not rules.same_visitor((item.mode, event.mode), item.actors, tally.actors, tally.parties, state.specific):
        return 0  # two visits to Moscow by different people
    if not rules.same_speaker(item.type in settings.statement_types, item.type in settings.joint_types, item.actors,
                              tally.actors, tally.parties, state.specific):
        return 0  # one side's praise and the other side's are two statements
    statement, joint = item.type in settings.statement_types, item.type in settings.joint_types
    if rules.addressed_to_its_speaker(statement, joint, item.actors, item.targets, tally.actors, tally.targets,
                                      state.specific) or rules.addressed_to_its_speaker(
            statement, joint, tally.actors, tally.targets, item.actors, item.targets, state.specific):
        return 0  # "... thanked Putin" is not what Putin said, either way round
    if not rules.same_invitee(_invitees(state, item.type, [item.lemma], item.targets), tally.parties) or \
            not rules.same_invitee(_invitees(state, event.type, tally.lemmas, tally.targets), item.parties):
        return 0  # an invitation of X and a pact X takes no part in are two events
    shared = item.parties & tally.parties
    related = ({r for e in item.parties - shared for r in state.related(e)} & tally.parties) | (
        {p for p in item.parties if _named_after(state, p, tally.parties, shared, event)}) | (
        _through_people(state, item.parties, tally.parties, item.date, event.date))  # a leader for his state
    same_place = bool(item.location) and item.location in tally.locations
    score = rules.overlap(shared, state.specific, len(related), same_place, bool(item.lemma) and
                          item.lemma in tally.lemmas)
    once = _once(state, item, event, tally)
    if sole and not recurring.acts_in(item.actors, tally.actors, item.targets, tally.targets, state.state_of):
        return 0
    if once or sole:
        score = max(score, settings.weak)  # the same subject of a once-only fact, or the only candidate
    if not rules.enough_overlap(score, settings):
        return 0
    here = item.article_id in tally.articles
    if not rules.one_article_one_report(here, item.parties <= tally.parties):
        return 0  # one article reports two different meetings: do not fold them together
    if not once and rules.one_sentence_two_facts({(item.article_id, item.sentence)}, sentences_of(event)):
        return 0  # "sent jets after fighting broke out": the sentence's two facts
    if not rules.principal_acts(item.type in settings.joint_types, item.actors, tally.actors, state.state_of):
        return 0  # 'Norvia withdrew its troops.' ... 'The rebels withdrew.': another principal
    ours, theirs = (item.actors, item.actors, item.targets), (rules.principals(tally.actors), tally.actors,
                                                               tally.targets)
    together = joint or rules.signed_together([item.lemma], tally.lemmas, settings.together_words)
    if rules.roles_reversed(together, ours, theirs) or rules.against_its_doer(together, ours, theirs):
        return 0  # 'Norvia struck Lorn' and 'Lorn struck Norvia' (or 'attacks on Norvia'): two acts
    if rules.two_statements(here, item.type, (item.article_id, item.lemma) in tally.article_lemmas, settings):
        return 0  # "Lavrov thanked ..." and "He reaffirmed ...": two statements, not one
    if rules.outside_story(item.type in settings.statement_types, item.date is not None or item.month_day is not None,
                           here, event.date, _story(state, item), settings):
        return 0  # "Putin praised ..." in a report of October's talks is not February's praise
    same_word = bool(item.lemma) and item.lemma in tally.lemmas
    firm = rules.firm_match(shared_named(state, shared), len(shared), same_place) or rules.placed_match(
        same_place and item.location is not None and state.specific(item.location),
        bool(set(item.actors) & set(tally.actors)), same_word) or (
        not announced and rules.told_alike(_unplaced(state, item, tally), joint, (item.actors, item.targets),
                                           (tally.actors, tally.targets), same_word))  # an undated wire, told alike
    if announced and not firm:
        return 0  # a plan joins what happened only between the same named people (or at the same place)
    around = around_year(item.time, state.anchors.get(item.article_id))
    firm = firm or once or sole or _same_remark(state, item, event, tally) or (
        (item.date is not None or around is not None)  # an undated one: which intervention is not known
        and _one_intervention(state, [item.lemma], tally.lemmas, item.actors, tally.actors))
    named = not once and any(state.specific(p) for p in item.parties | tally.parties)
    date = item.date or rules.about_the_year(around, item.date, event.date)  # "a decade ago" beside "in 2015"
    date = _night_of(item, event) or date  # "Friday night" beside "the early hours of Saturday": one night
    if date is None and around is not None and event.date is not None:
        return 0  # "a decade ago" is not an event of last month
    return rules.date_score(score, date, item.month_day, event.date, tally.month_days, firm, settings, named)


def events_fit(state: EventState, a: Event, b: Event) -> int:
    """How well two events fit: 0 unless both are dated compatibly and a strong match, else their overlap."""
    if a.kind != b.kind:
        return 0
    if not rules.same_kind(a.type, a.modality, b.type, b.modality) and not (
            a.type == b.type and rules.announced_and_held(a.modality, b.modality, a.date, b.date)):
        return 0
    if not rules.same_mode(a.mode, b.mode) or not rules.place_fits(
            a.location, [b.location] if b.location else [], state.seat_of, within(state)):
        return 0
    if firsts.numbered_apart(firsts.numbers(a.evidence), firsts.numbers(b.evidence)):
        return 0  # the first visit and the second
    mine, theirs = state.tally(a), state.tally(b)
    if kept_apart(a.type, a.mode, mine.lemmas, b.type, b.mode, theirs.lemmas):
        return 0
    kinds = recurring.kind_of(a.type, a.mode, mine.lemmas), recurring.kind_of(b.type, b.mode, theirs.lemmas)
    if rules.one_sentence_two_facts(sentences_of(a), sentences_of(b)) and not recurring.once_fits(
            *kinds, _done_to(state, mine, kinds[0]), _done_to(state, theirs, kinds[1])):
        return 0  # one sentence's two facts
    if not rules.same_visitor((a.mode, b.mode), mine.actors, theirs.actors, theirs.actors, state.specific):
        return 0
    statement = a.type in state.settings.statement_types
    if not rules.same_speaker(statement, a.type in state.settings.joint_types, mine.actors, theirs.actors,
                              theirs.parties, state.specific):
        return 0
    joint = a.type in state.settings.joint_types
    ours = (rules.principals(mine.actors), mine.actors, mine.targets)
    theirs_ = (rules.principals(theirs.actors), theirs.actors, theirs.targets)
    together = joint or rules.signed_together(mine.lemmas, theirs.lemmas, state.settings.together_words)
    if (mine.actors and theirs.actors and rules.roles_reversed(together, ours, theirs_)) or rules.against_its_doer(
            together, ours, theirs_):
        return 0  # a strike and the answer to it, or an attack on the striker
    if rules.addressed_to_its_speaker(statement, joint, mine.actors, mine.targets, theirs.actors, theirs.targets,
                                      state.specific) or rules.addressed_to_its_speaker(
            statement, joint, theirs.actors, theirs.targets, mine.actors, mine.targets, state.specific):
        return 0
    if not rules.same_invitee(_invitees(state, a.type, mine.lemmas, mine.targets), theirs.parties) or \
            not rules.same_invitee(_invitees(state, b.type, theirs.lemmas, theirs.targets), mine.parties):
        return 0
    if Mode.VISIT not in (a.mode, b.mode) and rules.told_apart(
            set(mine.articles), set(theirs.articles), {p for p in mine.parties if state.specific(p)},
            {p for p in theirs.parties if state.specific(p)}):
        return 0  # "X held talks with Y and also met Z": the article told two meetings
    shared = mine.parties & theirs.parties
    campaign = _one_campaign(state, (a, mine), (b, theirs))  # "the offensive of 20 May" and its first day, the 19th
    campaign = campaign or _one_act(state, (a, mine), (b, theirs))  # one withdrawal dated a day apart
    if not rules.dates_agree(a.date, b.date) and not rules.reporting_lag(
            a.date, b.date, shared_named(state, shared), a.mode is not None and a.mode == b.mode, state.settings) \
            and not any(_night_of(item, b) for item in a.evidence if item.date == a.date) and not campaign:
        return 0  # without dates on both sides, events stay apart
    same_place = bool(a.location and a.location == b.location)
    named = any(state.specific(p) for p in mine.parties | theirs.parties)
    kind, their_kind = recurring.kind_of(a.type, a.mode, mine.lemmas), recurring.kind_of(b.type, b.mode, theirs.lemmas)
    once = recurring.once_fits(kind, their_kind, _done_to(state, mine, kind), _done_to(state, theirs, their_kind))
    once = once or _one_intervention(state, mine.lemmas, theirs.lemmas, mine.actors, theirs.actors)
    if named and not once and a.date is not None and b.date is not None and rules.year_only(
            a.date, b.date) and not rules.firm_match(shared_named(state, shared), len(shared), same_place):
        return 0  # a year alone is no date to compare
    through = _through_people(state, mine.parties, theirs.parties, a.date, b.date)  # leaders for their states
    score = rules.overlap(shared, state.specific, len(through), same_place, bool(mine.lemmas & theirs.lemmas))
    needed = rules.events_needed(same_place, a.mode, b.mode, state.settings)
    if once or campaign:  # one occurrence done to the same subject, dated compatibly: nothing tells them apart
        return max(score, needed)
    return score if score >= needed else 0


def _through_people(state: EventState, parties: set[str], their_parties: set[str], date: PartialDate | None,
                    their_date: PartialDate | None) -> set[str]:
    """`rules.states_through_people`, for two sides dated compatibly: a state reached only through a person is
    too weak a tie to carry a match across a date conflict, or to stand for a date neither side gives."""
    if date is None or their_date is None or not compatible(date, their_date):
        return set()
    return rules.states_through_people(parties, their_parties, state.affiliation, state.specific)


def sentences_of(event: Event) -> set[tuple[str, int]]:
    """The sentences (article id, index) the event's mentions come from."""
    return {(e.article_id, e.sentence) for e in event.evidence}


def _one_campaign(state: EventState, a: tuple[Event, Tally], b: tuple[Event, Tally]) -> bool:
    """`rules.one_campaign`, when the act the campaign would join is the only act of its type its principal is
    known for on the days around the campaign's day: two of them, and which one the campaign started with is not
    known."""
    (event, mine), (other, theirs) = a, b
    nouns = campaign_nouns()
    principals = rules.principals(mine.actors)
    if not rules.one_campaign((event.date, other.date), (mine.lemmas, theirs.lemmas), (mine.targets, theirs.targets),
                              (principals, rules.principals(theirs.actors)), nouns, state.settings):
        return False
    campaign = event if mine.lemmas <= nouns and not mine.targets else other
    told = [(item.trigger, item.lemma) for item in campaign.evidence]
    if campaign.date is None or not rules.told_in_the_singular(told):
        return False  # "against the incursions": many acts, no campaign of a day
    keys = [*exact_keys(campaign.act, principals, campaign.date),
            *lag_keys(campaign.act, principals, campaign.date, state.settings.reporting_lag_days)]
    near = {e for e in state.index.find(keys) - {campaign.id} if e in state.events and (
        (when := state.events[e].date) is not None and when.precision is Precision.DAY
        and principals & set(state.tally(state.events[e]).actors))}
    return near == {other.id if campaign is event else event.id}


def _one_act(state: EventState, a: tuple[Event, Tally], b: tuple[Event, Tally]) -> bool:
    """`rules.one_act_days_apart` for two events (their principals' states), when each is the only act of its type
    of those states dated to the days around its own but the other."""
    (event, mine), (other, theirs) = a, b
    states = _states(state, rules.principals(mine.actors)), _states(state, rules.principals(theirs.actors))
    if not rules.one_act_days_apart((event.type, other.type), (event.date, other.date), states,
                                    (list(mine.targets), list(theirs.targets)), state.settings):
        return False
    return _alone_near(state, event, states[0], other.id) and _alone_near(state, other, states[1], event.id)


def _alone_near(state: EventState, event: Event, states: set[str], other_id: str) -> bool:
    """Whether the only other day-dated event of the event's type that these states act in, on its day and the
    `reporting_lag_days` around, is `other_id`."""
    assert event.date is not None
    keys = [*exact_keys(event.act, states, event.date),
            *lag_keys(event.act, states, event.date, state.settings.reporting_lag_days)]
    near = {e for e in state.index.find(keys) - {event.id} if e in state.events and (
        (when := state.events[e].date) is not None and when.precision is Precision.DAY
        and states & _states(state, state.tally(state.events[e]).actors))}
    return near == {other_id}


def _at_its_time(item: Evidence, event: Event) -> bool:
    """Whether a dated mention and a dated event agree on the time: compatible dates, or one night
    (`rules.same_night`)."""
    return item.date is not None and event.date is not None and (
        compatible(item.date, event.date) or _night_of(item, event) is not None)


def _night_of(item: Evidence, event: Event) -> PartialDate | None:
    """The event's day when the mention and one of the event's sources tell one night from either end
    (`rules.same_night`: 'Friday night' and 'the early hours of Saturday'), else None."""
    part = rules.part_of_night(item.time.text if item.time is not None else None)
    if part is None or event.date is None or rules.night_neighbour(item.date, part) != event.date:
        return None
    if any(rules.same_night(item.date, part, e.date, rules.part_of_night(e.time.text if e.time is not None else None))
           for e in event.evidence if e.date == event.date):
        return event.date
    return None


def kept_apart(a_type: EventType | None, a_mode: Mode | None, lemmas: Collection[str], b_type: EventType | None,
               b_mode: Mode | None, their_lemmas: Collection[str]) -> bool:
    """Two reports of one type that are two facts by their words, whatever else they share: a move of forces
    to a base and the patrols of the same side (`rules.same_movement`); a standing relation and an act of a
    day between the same parties, 'X was a key backer of Y' and 'X congratulated Y' (`rules.relation_apart`)."""
    if a_type == EventType.MOBILIZE and not rules.same_movement(lemmas, their_lemmas, REDEPLOY):
        return True
    return rules.relation_apart(recurring.kind_of(a_type, a_mode, lemmas), recurring.kind_of(b_type, b_mode,
                                                                                             their_lemmas))


def _one_intervention(state: EventState, lemmas: Iterable[str], their_lemmas: Iterable[str],
                      actors: Iterable[str], their_actors: Iterable[str]) -> bool:
    """`rules.one_intervention`, with the states acting on each side."""
    def states(ids: Iterable[str]) -> set[str]:
        return {a for a in ids if state.state_of(a) == a}
    return rules.one_intervention(set(lemmas), set(their_lemmas), frames().interventions, states(actors),
                                  states(their_actors))


def _invitees(state: EventState, event_type: EventType | None, lemmas: Iterable[str],
              targets: Iterable[str]) -> set[str]:
    """Whom an invitation invites by name: the named targets of an AGREE all of whose words invite
    (`lexicon/invitations.yaml`, words); none for any other event."""
    words = set(lemmas)
    if event_type is not EventType.AGREE or not words or not words <= invitation_words():
        return set()
    return {t for t in targets if state.specific(t)}


def _done_to(state: EventState, tally: Tally, kind: recurring.OnceKind | None = None) -> set[str]:
    return recurring.subject_of(kind, tally.targets, state.specific, state.related, state.state_of)


def _once(state: EventState, item: Evidence, event: Event, tally: Tally) -> bool:
    """A once-only fact (`recurring.once_fits`) done to the same named subject by the mention and the event."""
    kind = recurring.kind_of(item.type, item.mode, [item.lemma])
    if kind is None:
        return False
    subject = recurring.subject_of(kind, item.targets, state.specific, state.related, state.state_of)
    if not recurring.same_states(_states(state, item.actors), _states(state, tally.actors)):
        return False  # 'Norvia gave Vell asylum' and 'Lorn gave Vell asylum': who did it is told otherwise
    their_kind = recurring.kind_of(event.type, event.mode, tally.lemmas)
    return recurring.once_fits(kind, their_kind, subject, _done_to(state, tally, their_kind))


def _states(state: EventState, entities: Iterable[str]) -> set[str]:
    return {s for e in entities if (s := state.state_of(e)) is not None}


def _same_remark(state: EventState, item: Evidence, event: Event, tally: Tally) -> bool:
    """One remark reported by several outlets (`recurring.same_remark`): where one side is undated, the other's
    date falls within the story the undated side's article tells."""
    undated = item.date is None and item.month_day is None
    if undated == (event.date is None) or item.type not in state.settings.statement_types:
        return False
    if undated:
        story, date = _story(state, item), event.date
    else:
        story, date = _articles_story(state, event, tally), item.date
    named = any(state.specific(p) for p in item.parties if p in tally.parties)
    return recurring.same_remark(True, rules.in_story(date, story, state.settings), named,
                                 recurring.same_word(item.lemma, tally.lemmas))


def _articles_story(state: EventState, event: Event, tally: Tally) -> list[PartialDate]:
    """The dates of the other events an undated event's articles report (the story they tell), for the few
    articles such an event has."""
    found: list[PartialDate] = []
    for article_id in list(tally.articles)[:state.settings.story_articles_most]:
        for e in state.by_article.get(article_id, ()):
            other = state.events.get(e.event_id or "")
            if other is not None and other is not event and other.date is not None:
                found.append(other.date)
    return found


def _story(state: EventState, item: Evidence) -> list[PartialDate]:
    """The dates of the events a mention's article reports so far (the story it tells)."""
    found = (state.events.get(e.event_id or "") for e in state.by_article.get(item.article_id, ()))
    return [event.date for event in found if event is not None and event.date is not None]


def within(state: EventState) -> Callable[[str, str], bool]:
    """Whether one place lies within another, by their names (`rules.named_within`)."""
    def within(place: str, other: str) -> bool:
        facts, holder = state.entity(place), state.entity(other)
        return facts is not None and holder is not None and rules.named_within(facts.name, holder.name)
    return within


def shared_named(state: EventState, shared: set[str]) -> int:
    return len([e for e in shared if state.specific(e)])


def _named_after(state: EventState, entity_id: str, theirs: set[str], shared: set[str], event: Event) -> bool:
    """Whether a party of the event (other than those shared) is named after `entity_id` ("the Assad
    regime" after Assad)."""
    return any(p in theirs and p not in shared for p in state.namesakes(event).get(entity_id, ()))


def merge(state: EventState, item: Evidence) -> None:
    """Add a mention to the event it fits best, or to a new one."""
    undated = item.date is None and item.month_day is None
    best = _best(state, item, candidates(state, item), undated)
    if best is None and undated:  # nothing of its time fits: a past event it recalls, if only one fits
        best = _best(state, item, recalled(state, item, state.settings.recalled_named), undated, only=True)
    kind = recurring.kind_of(item.type, item.mode, [item.lemma])
    if best is None and kind is not None:
        # a once-only fact: recalled by its subject, whatever the dates each source gives
        subject = recurring.done_to(item.targets, state.specific, state.related)
        best = _best(state, item, recalled_once(state, item, subject, undated=True), undated, only=True)
    if best is None and kind is not None and kind.standing:  # a relation told again: its pair, whatever the dates
        subject = recurring.subject_of(kind, item.targets, state.specific, state.related, state.state_of)
        best = _best(state, item, same_pair(state, item, subject), undated)
    if best is None and recurring.power_change(kind, item.lemma):
        best = _power_changed(state, item)  # "X came to power on March 3": the store's one removal there
    if best is None and undated and not _knows_its_date(state, item):
        best = _sole(state, item)
    if best is None:
        best = state.create(item)
    best.evidence.append(item)
    item.event_id = best.id
    state.changes.grew.add(best.id)
    state.refresh(best)


def _power_changed(state: EventState, item: Evidence) -> Event | None:
    """The removal from power a mention of power changing hands tells (`recurring.power_changes_in`): the store's one
    dated removal, naming whom it removed, in a state the mention's parties or place stand for, at a compatible
    date."""
    if item.modality is not Modality.ASSERTED:
        return None
    places = [item.location] if item.location else []
    return _removal_in(state, item.type, [*item.parties, *places], item.date, item.month_day, None)


def _removal_in(state: EventState, event_type: EventType | None, named: list[str], date: PartialDate | None,
                month_day: tuple[int, int | None] | None, but: str | None) -> Event | None:
    """The store's one dated removal from power (other than `but`) in a state these parties and places stand for,
    naming whom it removed, at a date compatible with `date` (or a year-less `month_day`). Such mentions are rare:
    the store's removals are found by a scan of its events."""
    states = _states(state, named) | {s for p in named if (s := state.seat_of(p)) is not None}
    if not states:
        return None
    removals = []
    for event in state.events.values():
        if event.id == but or event.type != event_type or event.date is None or \
                event.modality is not Modality.ASSERTED:
            continue
        tally = state.tally(event)
        if recurring.kind_of(event.type, event.mode, tally.lemmas) is None:
            continue
        places = [*tally.parties, *tally.locations]
        theirs = _states(state, places) | {s for p in places if (s := state.seat_of(p)) is not None}
        removals.append((event.id, theirs, bool(_done_to(state, tally))))
    chosen = recurring.power_changes_in(states, removals)
    if chosen is None:
        return None
    event = state.events[chosen]
    assert event.date is not None
    mine = date or (PartialDate(event.date.year, *month_day) if month_day else None)
    return event if mine is None or compatible(mine, event.date) else None


def _power_events_join(state: EventState) -> None:
    """After an article: an event made only of mentions of power changing hands ('X came to power on March 3',
    told before any removal was in the store) joins the removal it tells once the store holds it
    (`_removal_in`). Looked for only when a removal from power changed; such events are rare."""
    changed = [state.events[e] for e in sorted(state.changes.changed) if e in state.events]
    types = {e.type for e in changed if recurring.kind_of(e.type, e.mode, state.tally(e).lemmas) is not None
             and not _power_only(state, e)}
    if not types:
        return
    for event in [e for e in state.events.values() if e.type in types and e.modality is Modality.ASSERTED
                  and _power_only(state, e)]:
        if event.id not in state.events:
            continue
        tally = state.tally(event)
        removal = _removal_in(state, event.type, [*tally.parties, *tally.locations], event.date, None, event.id)
        if removal is not None:
            smaller, larger = sorted((event, removal), key=lambda e: len(e.evidence))
            absorb(state, larger, smaller)


def _power_only(state: EventState, event: Event) -> bool:
    lemmas = state.tally(event).lemmas
    return bool(lemmas) and all(recurring.power_change(recurring.kind_of(event.type, event.mode, [w]), w)
                                for w in lemmas)


def _unplaced(state: EventState, item: Evidence, tally: Tally) -> bool:
    """Whether one side of a comparison comes only from articles that do not know when they were written (the
    mention's article, or every article of the event): `rules.told_alike`."""
    return not _knows_its_date(state, item) or all(
        (anchor := state.anchors.get(a)) is None or not anchor.exact for a in tally.articles)


def _knows_its_date(state: EventState, item: Evidence) -> bool:
    anchor = state.anchors.get(item.article_id)
    return anchor is not None and anchor.exact


def _sole(state: EventState, item: Evidence) -> Event | None:
    """An undated mention of what happened, from an article that does not know when it was written: the one
    dated event of the store it could report (its kind, mode and place, its principal acting in it), else
    None (`recurring.sole_candidate`). Statements are made on many occasions, and meetings, calls and what
    parties do together recur between the same parties, as shows of force do (troops sent, stationed, patrolling
    again and again): those are left out (one in the store is no sign it is the one meant), but for the visit of
    a named visitor (`recurring.visit_of_its_own`), which must then name no party or place the visit lacks ('her
    trips to Ankara' are not her one visit of the store, to Moscow). Only the events of its principal are looked
    at, and none when it takes part in more than
    `sole_scan_most` (the store then holds other candidates in all likelihood: the cost stays a lookup's).
    The scan is not served by the block index: its keys are (type, entity, date bucket), with no mode (an event's
    mode may change as it grows) and no way to list one entity's buckets of every date, and `events_of` (which the
    `sole_scan_most` cut counts, merged-away ids included) is kept by entity alone. A (type, entity) index would
    move that cut, so it stays a scan of at most `sole_scan_most` ids per principal."""
    settings = state.settings
    joint_type = item.type in settings.joint_types
    if (item.modality is not Modality.ASSERTED or item.type in settings.statement_types
            or (joint_type and not recurring.visit_of_its_own(item.mode, item.actors, state.specific))
            or item.type in settings.shows_of_force
            or recurring.goes_on(item.tense, item.sentence)):
        return None  # a standing situation is no report of the one dated act
    principals = set(item.actors or item.targets)
    principals |= {s for p in principals if (s := state.state_of(p)) is not None}
    pool: set[str] = set()
    for principal in principals:
        events = state.events_of.get(principal, set())
        if len(events) > settings.sole_scan_most:
            return None
        pool |= events
    found = []
    for event_id in in_order(pool):
        event = state.events.get(event_id)
        if event is None or event.type != item.type or event.modality is not Modality.ASSERTED:
            continue
        if _may_report(state, item, event):
            found.append(event_id)  # any event of its principal of that kind is a candidate, dated or not
    chosen = recurring.sole_candidate(found)
    if chosen is None or state.events[chosen].date is None:
        return None
    event = state.events[chosen]
    people = {p for p in item.parties if (facts := state.entity(p)) is not None and facts.type is EntityType.PERSON}
    if not recurring.no_one_else(people, state.tally(event).parties) or not fit(state, item, event, sole=True):
        return None  # 'the call with Trump' is not the one call of the store, with Putin
    if joint_type and not recurring.no_one_else([*item.parties, *([item.location] if item.location else [])],
                                                [*state.tally(event).parties, *state.tally(event).locations]):
        return None  # another trip of the visitor's
    return event


def _may_report(state: EventState, item: Evidence, event: Event) -> bool:
    """An event of the mention's kind (its type checked by the caller, its mode) its principal acts in, at a place
    that fits: a candidate, whatever its date."""
    tally = state.tally(event)
    return (rules.same_mode(item.mode, event.mode) and rules.place_fits(item.location, tally.locations, state.seat_of,
                                                                       within(state))
            and recurring.acts_in(item.actors, tally.actors, item.targets, tally.targets, state.state_of))


def _best(state: EventState, item: Evidence, event_ids: list[str], undated: bool, only: bool = False) -> Event | None:
    """The event a mention fits best of these (oldest first: the oldest wins a tie), or None; `only`: None as well
    when an undated mention fits others, dated apart, less well (a past event is recalled only when one fits)."""
    best, best_score = None, 0
    tied: list[Event] = []
    for event_id in event_ids:
        event = state.events[event_id]
        score = fit(state, item, event)
        if score > best_score or (score and score == best_score and rules.dated_over_undated(
                best is not None and best.date is None, _at_its_time(item, event))):
            best, best_score, tied = event, score, [*tied, event] if only else [event]
        elif score and (score == best_score or only):
            tied.append(event)
    if best is not None and undated and rules.dated_apart([e.date for e in tied], state.settings):
        return None  # an undated mention fitting as well events far apart in time: which one is not known
    return best


def remerge(state: EventState, item: Evidence) -> None:
    """Move a lone mention into a better event now that it has a date."""
    event = state.events.get(item.event_id or "")
    if event is None or len(event.evidence) > 1:
        return
    state.drop(event)
    item.event_id = None
    merge(state, item)


def consolidate(state: EventState) -> None:
    """Merge events that turn out to be one once all of an article is in: mention by mention merging
    depends on the order sources arrive in, event to event merging does not."""
    for event_id in sorted(state.changes.changed):
        event = state.events.get(event_id)
        if event is None or event.date is None:
            continue  # only dated events merge with each other
        entities = state.entities(event)
        found = state.index.find([*exact_keys(event.act, entities, event.date), *lag_keys(
            event.act, entities, event.date, state.settings.reporting_lag_days)]) - {event_id}
        best = max(((events_fit(state, event, state.events[c]), c) for c in found if c in state.events),
                   default=(0, ""))
        if best[0] > 0:
            other = state.events[best[1]]
            smaller, larger = sorted((event, other), key=lambda e: len(e.evidence))
            absorb(state, larger, smaller)  # moving the fewer mentions rewrites the fewer articles
    _power_events_join(state)
    _undated_reports_join(state)


def _undated_reports_join(state: EventState) -> None:
    """After an article: an event told only by one undated mention of an article that does not know when it was
    written (filed as 'u:?'), which came before the dated event it reports, joins the event it would join had it
    come last (`_best` over its candidates, the same rules as when it was merged), when it tells it alike
    (`rules.told_alike`: the same word, by the same actors of the same targets; nothing tells them apart): the
    order sources arrive in matters less. Not an event its own article reports as well (whether the article tells
    one event twice is `in_article`'s to say). Looked for only under the entities of dated events the article
    changed, and only for a mention one of them tells alike: the events that did not change were its candidates
    when they last changed (without that, every article would compare every earlier undated report again)."""
    for event_id in sorted(state.changes.changed):
        event = state.events.get(event_id)
        if event is None or event.date is None:
            continue
        keys = [(event.act, entity, "u:?") for entity in state.entities(event)]
        for other_id in in_order(state.index.find(keys) - {event_id}):
            other = state.events.get(other_id)
            if other is None or other.date is not None or len(other.evidence) != 1 or \
                    _knows_its_date(state, other.evidence[0]):
                continue
            item = other.evidence[0]
            if item.date is not None or item.month_day is not None or not _told_alike(state, item, event):
                continue  # what changed is no report of it: it was compared with the rest when they changed
            best = _best(state, item, [c for c in candidates(state, item) if c != other_id], True)
            if best is not None and best.date is not None and _told_alike(state, item, best) and \
                    item.article_id not in state.tally(best).articles:  # its article's own events: in_article's
                absorb(state, best, other)


def _told_alike(state: EventState, item: Evidence, event: Event) -> bool:
    """`rules.told_alike` for an undated mention of an undated article and an event: the same word, by the same
    actors of the same targets."""
    tally = state.tally(event)
    return rules.told_alike(True, item.type in state.settings.joint_types, (item.actors, item.targets),
                            (tally.actors, tally.targets), bool(item.lemma) and item.lemma in tally.lemmas)


def absorb(state: EventState, into: Event, event: Event) -> None:
    for item in event.evidence:
        item.event_id = into.id
        into.evidence.append(item)
        state.changes.articles.add(item.article_id)
    state.drop(event)
    state.changes.grew.add(into.id)
    state.refresh(into)
