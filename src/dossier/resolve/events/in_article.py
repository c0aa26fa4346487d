"""In-article merging: one article's events that are one event told again, merged once all its mentions are in
(`corefer`, run by the resolver after the article's dating and before `merging.consolidate`).

Contract:
- input: the `EventState` after every mention of `article_id` joined an event (`merging.merge`) and the article was
  dated (`dating.date_by_reference`, `dating.reopen`, `dating.propagate`);
- what it does: first moves a companion clause's mention ("X also attended the talks", `Evidence.joins`) into the
  event of the gathering it restates (`_went_along`); then merges pairs of the article's own events (never an
  event without a mention of this article) that are one story told again (`one_story`: one type, mode and
  modality) or one occasion told in another mode
  (`told_in_another_mode`, rules in coreference.py: talks told of a call, a coming told of a visit, a joint
  appearance told of a meeting), or a visit's one meeting the visitor holds with a counterpart, told by this
  article alone (`meeting_of_the_visit`: the visit absorbs it); the fewer mentions move (`merging.absorb`), and
  a joint appearance absorbed by a meeting takes its lack of a mode;
- cost: pairs of one article's events only, at most `story_group_most` per group and `story_passes` passes:
  it does not grow with the store;
- output: what `merging.absorb` does for each pair (the absorbed event dropped, the other refreshed,
  `state.changes` grown); events of other articles are not touched.

Cross-article merging (a mention and the events of other articles, two events of one date) is merging.py's.
"""

from __future__ import annotations

from dossier.models import Modality, PartialDate, TimeKind
from dossier.plover import DateOrigin
from dossier.resolve.dates import said_date
from dossier.resolve.events import coreference, merging, rules
from dossier.resolve.events.dating import leave
from dossier.resolve.events.records import Event, in_order
from dossier.resolve.events.state import EventState


def corefer(state: EventState, article_id: str) -> None:
    """One article tells one event across several sentences ('X arrived in Y on Monday.' ... 'The trip was the
    first since ...'): once all its mentions are in, two of its events that are one by `one_story` merge, the
    fewer mentions moving. An undated event fitting two of the article's events dated apart joins neither.
    Pairs of one article's events of one type, mode and modality only: the cost does not grow with the store,
    and each pass merges every pair it finds (an event in one pair at most). A group larger than
    `story_group_most` is no one story told again (a long list of strikes, a repeated text) and is left as it is;
    at most `story_passes` passes. In each pass, the article's CONSULT events of different modes not paired so
    far are compared as well (`told_in_another_mode`): talks told of a call or a coming told of a visit join it,
    a joint appearance told of a meeting joins the meeting and is read as it (its mentions take the meeting's
    lack of a mode, so that the meeting stays a meeting for the articles still to come); the visitor's one
    meeting with a named counterpart of the article's own at the time and place of its visit joins the visit
    (`meeting_of_the_visit`)."""
    _went_along(state, article_id)
    _one_story_passes(state, article_id)
    _went_along(state, article_id, delegations=True)


def _one_story_passes(state: EventState, article_id: str) -> None:
    """The passes of `corefer` (see there)."""
    settings = state.settings
    for _ in range(settings.story_passes):
        ids = in_order({item.event_id for item in state.by_article.get(article_id, ())
                        if item.event_id is not None and item.event_id in state.events})
        events = [state.events[i] for i in ids]
        story = [e.date for e in events if e.date is not None and e.modality is Modality.ASSERTED]
        groups: dict[tuple[object, ...], list[Event]] = {}
        for event in events:
            if event.type not in settings.statement_types:
                groups.setdefault((event.type, event.mode, event.modality is Modality.ASSERTED), []).append(event)
        pairs: list[tuple[Event, Event]] = []
        used: set[str] = set()
        for group in groups.values():
            if len(group) > settings.story_group_most:
                continue
            fits = {e.id: [o for o in group if o is not e and one_story(state, e, o, story)] for e in group}
            for a in group:
                for b in fits[a.id]:
                    if a.id not in used and b.id not in used and _sure(state, a, fits[a.id]) and _sure(
                            state, b, fits[b.id]):
                        pairs.append((a, b))
                        used |= {a.id, b.id}
        occasions = _occasions(state, article_id, events, story, used)
        if not pairs and not occasions:
            return
        for pair in pairs:
            smaller, larger = sorted(pair, key=lambda e: len(e.evidence))
            merging.absorb(state, larger, smaller)
        for part, whole in occasions:
            if part.mode is not None and whole.mode is None:
                for item in part.evidence:  # a joint appearance after a meeting is read as that meeting
                    item.mode = None
            merging.absorb(state, whole, part)


def _went_along(state: EventState, article_id: str, delegations: bool = False) -> None:
    """'X met Y on Monday.' ... 'Z also attended the meeting.': a companion clause (`Evidence.joins`, from
    extract/companions.py) restates the gathering its `time_ref` tells, with who went along: it joins that
    gathering's event, whatever the people it adds (alone, where it first joined another event on its parties).
    A visit told only by who went ('X led a delegation that included Y', `coreference.makeup_of_visit`) joins
    once the article's events told again are merged (`delegations`): its people, the visit's members, would
    otherwise keep the article's sentences of that visit apart (`rules.told_again`)."""
    items = state.by_article.get(article_id, [])
    at = {item.n: item for item in items}
    for item in items:
        if coreference.makeup_of_visit(item.mode, item.targets, item.location) != delegations:
            continue
        referred = at.get(item.time_ref) if item.joins and item.time_ref is not None else None
        while referred is not None and referred.joins and referred.time_ref is not None and referred.time_ref in at:
            referred = at[referred.time_ref]  # 'Also present was W', after 'the talks were attended by Z'
        if referred is None or item.event_id is None or referred.event_id is None:
            continue
        part, whole = state.events.get(item.event_id), state.events.get(referred.event_id)
        if part is None or whole is None or part is whole or part.act != whole.act:
            continue
        if len(part.evidence) > 1:
            leave(state, item)  # it alone: the event it joined on its parties may be another
            part = state.events[item.event_id or ""]
        merging.absorb(state, whole, part)


def one_story(state: EventState, a: Event, b: Event, story: list[PartialDate]) -> bool:
    """Two events of one article are one event told again: one kind and mode, compatible places and dates
    (`rules.same_story_dates`), the same visitor, and participants one of which names no one the other lacks
    (`rules.told_again`). Statements stay apart (`rules.two_statements`: one article's statements in other
    words are two)."""
    settings = state.settings
    if (a.kind != b.kind or a.type in settings.statement_types
            or not rules.same_kind(a.type, a.modality, b.type, b.modality)
            or not rules.same_mode(a.mode, b.mode) or not _one_time_and_place(state, a, b, story)):
        return False
    mine, theirs = state.tally(a), state.tally(b)
    if merging.kept_apart(a.type, a.mode, mine.lemmas, b.type, b.mode, theirs.lemmas):
        return False  # "flying their guns to the base" ... "began patrols"; a relation is no act of a day
    if rules.told_in_turn(_next_steps(a), _next_steps(b)):
        return False  # "During the night, X shot down jets." ... "Within hours, X shelled villages."
    if rules.one_sentence_two_facts(merging.sentences_of(a), merging.sentences_of(b)):
        return False  # "sent jets after fighting broke out": the sentence's two facts
    if not (rules.same_visitor((a.mode, b.mode), mine.actors, theirs.actors, theirs.parties, state.specific)
            and rules.same_visitor((b.mode, a.mode), theirs.actors, mine.actors, mine.parties, state.specific)):
        return False
    shared = mine.parties & theirs.parties
    if a.date is None and b.date is None and not rules.undated_told_again(
            merging.shared_named(state, shared), len(shared), bool(set(mine.locations) & set(theirs.locations)),
            bool(mine.lemmas & theirs.lemmas)):
        return False
    if rules.against_its_doer(a.type in settings.joint_types,
                              (rules.principals(mine.actors), mine.actors, mine.targets),
                              (rules.principals(theirs.actors), theirs.actors, theirs.targets)):
        return False  # 'Norvia struck Lorn.' ... 'More attacks on Norvia are feared.': two acts
    return rules.told_again((rules.principals(mine.actors), mine.actors, mine.parties),
                            (rules.principals(theirs.actors), theirs.actors, theirs.parties), state.specific,
                            state.state_of)


def _next_steps(event: Event) -> set[tuple[str, int]]:
    """The sentences (article, sentence) telling the event as what came after the article's previous one."""
    return {(e.article_id, e.sentence) for e in event.evidence
            if e.time is not None and e.time.kind is TimeKind.AFTER_PREVIOUS}


def _one_time_and_place(state: EventState, a: Event, b: Event, story: list[PartialDate]) -> bool:
    """Two events of one article may be one occasion: no incompatible dates (`rules.same_story_dates`; a date
    counted from another event a day or two off one stated for the other is the article's slip: `counted_slip`), an
    undated one told of the article's news (`rules.tells_the_news`), and compatible places either way."""
    if not rules.same_story_dates(a.date, b.date) and not rules.counted_slip(a.date, b.date,
                                                                             _counted(a) or _counted(b)):
        return False
    dated = a.date or b.date
    if (a.date is None) != (b.date is None) and dated is not None and not rules.tells_the_news(
            dated, story, state.settings):
        return False  # an undated sentence tells the article's news, not what it recalls
    mine, theirs = state.tally(a), state.tally(b)
    within = merging.within(state)
    return (rules.place_fits(a.location, theirs.locations, state.seat_of, within)
            and rules.place_fits(b.location, mine.locations, state.seat_of, within))


def _counted(event: Event) -> bool:
    """The event's dates are only counted from another event ('a day after the talks'), by each of its sources."""
    dated = [e for e in event.evidence if e.date is not None]
    return bool(dated) and all(e.date_origin is DateOrigin.REFERENCED and said_date(e.date_origin, e.time)
                               for e in dated)


def told_in_another_mode(state: EventState, part: Event, whole: Event, story: list[PartialDate]) -> bool:
    """One article's CONSULT told again in another mode (`coreference.told_in_another_mode`): talks told of its
    call, a coming told of its visit, a joint appearance told of its meeting; both reported as having happened or
    neither, at one time and place (`_one_time_and_place`), and without dates on either side only on a firm
    match (`rules.undated_told_again`)."""
    kinds = coreference.occasion(part.type, part.mode), coreference.occasion(whole.type, whole.mode)
    if kinds[0] is None or kinds[1] is None or kinds[0] is kinds[1] or (
            (part.modality is Modality.ASSERTED) != (whole.modality is Modality.ASSERTED)):
        return False
    mine, theirs = state.tally(part), state.tally(whole)
    if not coreference.told_in_another_mode(
            kinds[0], kinds[1], [p for p in mine.parties if state.specific(p)], mine.parties, mine.actors,
            mine.targets, bool(mine.locations), theirs.actors, theirs.parties, state.specific,
            state.settings.appearance_named):
        return False
    if not _one_time_and_place(state, part, whole, story):
        return False
    shared = mine.parties & theirs.parties
    return part.date is not None or whole.date is not None or rules.undated_told_again(
        merging.shared_named(state, shared), len(shared), bool(set(mine.locations) & set(theirs.locations)),
        bool(mine.lemmas & theirs.lemmas))


def _occasions(state: EventState, article_id: str, events: list[Event], story: list[PartialDate],
               used: set[str]) -> list[tuple[Event, Event]]:
    """(part, whole): one article's CONSULT events told again in another mode (`told_in_another_mode`), each part
    joining the one whole it fits (one fitting two joins neither: which one is not known). A part is told by this
    article alone: an event other articles report in its own mode (a meeting two sources tell) is an occasion of
    its own standing. At most `story_group_most` of the article's CONSULT events are compared; an event is in one
    pair at most."""
    consults = [e for e in events if e.id not in used and coreference.occasion(e.type, e.mode) is not None]
    if len(consults) > state.settings.story_group_most:
        return []
    pairs: list[tuple[Event, Event]] = []
    for part in consults:
        if set(state.tally(part).articles) != {article_id}:
            continue
        wholes = [w for w in consults if w is not part and told_in_another_mode(state, part, w, story)]
        if len(wholes) == 1 and part.id not in used and wholes[0].id not in used:
            pairs.append((part, wholes[0]))
            used |= {part.id, wholes[0].id}
    return pairs + _visit_talks(state, article_id, [e for e in consults if e.id not in used], story, used)


def _visit_talks(state: EventState, article_id: str, consults: list[Event], story: list[PartialDate],
                 used: set[str]) -> list[tuple[Event, Event]]:
    """(meeting, visit): the visitor's one meeting with counterparts told by this article alone, at the time and
    place of one of its visits (`meeting_of_the_visit`), is that visit's talks. A meeting fitting two visits, or
    a visit two meetings fit, is left as it is (the article tells them as events of their own)."""
    fits: dict[str, list[Event]] = {}
    for part in consults:
        if set(state.tally(part).articles) == {article_id}:
            fits[part.id] = [w for w in consults if w is not part and meeting_of_the_visit(state, part, w, story)]
    counts: dict[str, int] = {}
    for wholes in fits.values():
        for whole in wholes:
            counts[whole.id] = counts.get(whole.id, 0) + 1
    pairs: list[tuple[Event, Event]] = []
    for part in consults:
        wholes = fits.get(part.id, [])
        if len(wholes) == 1 and counts[wholes[0].id] == 1 and not {part.id, wholes[0].id} & used:
            pairs.append((part, wholes[0]))
            used |= {part.id, wholes[0].id}
    return pairs


def meeting_of_the_visit(state: EventState, part: Event, whole: Event, story: list[PartialDate]) -> bool:
    """One article's meeting without a mode told of one of its visits (`rules.meeting_of_the_visit`): the
    visitor holds a meeting with a named counterpart, both reported as having happened or neither, at one time and place
    (`_one_time_and_place`), and one of them dated."""
    if (coreference.occasion(part.type, part.mode) is not coreference.Occasion.MEETING
            or coreference.occasion(whole.type, whole.mode) is not coreference.Occasion.VISIT
            or (part.modality is Modality.ASSERTED) != (whole.modality is Modality.ASSERTED)
            or (part.date is None and whole.date is None)):
        return False
    mine, theirs = state.tally(part), state.tally(whole)
    return rules.meeting_of_the_visit(list(mine.actors), list(mine.targets), list(theirs.actors), state.specific,
                                      state.state_of) and \
        _one_time_and_place(state, part, whole, story)


def _sure(state: EventState, event: Event, fits: list[Event]) -> bool:
    """An undated event that fits events dated apart cannot tell which one it is."""
    return event.date is not None or not rules.dated_apart([e.date for e in fits], state.settings)
