"""Merge rules: whether a mention belongs to an event, or two events are one, as pure functions of what each
side states. Thresholds come from `Settings`; what an entity is comes in as functions: `specific` (named: a
person, an organisation, a group, a facility, not standing for a state) and `related` (its namesakes).

`merging.fit` (a mention and an event) and `merging.events_fit` (two events) apply the same rules, each
where it makes sense: the kind, the mode, the place, the visitor and the overlap of participants for both;
the rules of one article's own mentions and of year-less dates for a mention only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from datetime import date as Day
from datetime import timedelta

from dossier.models import Modality, PartialDate
from dossier.plover import DateOrigin, EventType, Mode, Precision
from dossier.resolve.dates import compatible, days_apart
from dossier.resolve.events.recurring import OnceKind
from dossier.resolve.events.settings import Settings

MonthDay = tuple[int, int | None]


def same_kind(type_a: EventType | None, modality_a: Modality, type_b: EventType | None, modality_b: Modality) -> bool:
    """Same PLOVER type, and both reported as having happened or neither: a reported meeting does not join
    a planned one."""
    return type_a == type_b and (modality_a is Modality.ASSERTED) == (modality_b is Modality.ASSERTED)


def announced_and_held(modality_a: Modality, modality_b: Modality, date_a: PartialDate | None,
                       date_b: PartialDate | None) -> bool:
    """An announcement and the report of what it announced: 'the president will meet his counterpart in the
    capital on Wednesday' and 'the two presidents met on Wednesday'. A planned event and one that happened
    are one event when the plan names the day (its date is day-precise) and the event reported as having
    happened falls on it (a day or a month holding that day); an undated plan, or one for another day, stays
    apart (plans change). Only a plan: a denial or a conditional ('may meet') joins nothing that happened. The
    participants must match firmly as well (`firm_match`, checked by the caller)."""
    if {modality_a, modality_b} != {Modality.FUTURE, Modality.ASSERTED}:
        return False
    plan, held = (date_a, date_b) if modality_a is Modality.FUTURE else (date_b, date_a)
    return (plan is not None and held is not None and plan.precision is Precision.DAY
            and compatible(plan, held))


def planned_move_made(type_: EventType | None, modality_a: Modality, modality_b: Modality,
                      plan_date: PartialDate | None, named_place: bool, shared_actor: bool) -> bool:
    """'Some of the troops were expected to move to the Kessel base' and 'the troops are flying their guns to the
    Kessel base': a planned move of forces (MOBILIZE) to a named destination and the move reported there, by an
    actor in common, are one redeployment, the destination naming it, when the plan names no date of its own (a
    plan dated to the day joins by `announced_and_held`; one dated otherwise stays apart)."""
    return (type_ is EventType.MOBILIZE and {modality_a, modality_b} == {Modality.FUTURE, Modality.ASSERTED}
            and plan_date is None and named_place and shared_actor)


def same_movement(lemmas_a: Collection[str], lemmas_b: Collection[str], moved: str) -> bool:
    """A move of forces to a destination (its mentions recorded under the word `moved`, whatever verb told it)
    and a show of force that tells no move (patrols, stationing, exercises) are two events, though of one type
    and one side: 'the troops are flying their guns to the Kessel base' is not 'the army began patrols'."""
    return (moved in lemmas_a) == (moved in lemmas_b)


def same_mode(a: Mode | None, b: Mode | None) -> bool:
    """A phone call is not a visit, and a meeting during a visit is an event of its own."""
    return a == b


def talks_of_the_visit(mode: Mode | None, event_mode: Mode | None, date_origin: DateOrigin, actors: Iterable[str],
                       specific: Callable[[str], bool]) -> bool:
    """'The delegation held talks with ...' right after its visit (dated by the story it continues): the talks
    of that visit. A meeting with a named actor of its own ('Al-Shaibani held talks with Lavrov') stays an
    event of its own."""
    return event_mode == Mode.VISIT and mode is None and date_origin is DateOrigin.INHERITED and not any(
        specific(a) for a in actors)


def place_fits(location: str | None, places: Collection[str],
               seat_of: Callable[[str], str | None] = lambda _: None,
               within: Callable[[str, str], bool] = lambda _a, _b: False) -> bool:
    """A visit to Moscow is not a visit to Damascus: a place, when both sides name one, is one of theirs, the
    seat of the same state (`seat_of`: the state a capital or seat of government stands for; 'arrived at
    the Kremlin' and 'arrived in Moscow' are one arrival), or lies within one of theirs or holds it (`within`:
    'withdrew from Kessel airport' and 'withdrew from Kessel')."""
    if not (location and places and location not in places):
        return True
    if any(within(location, p) or within(p, location) for p in places):
        return True
    seat = seat_of(location)
    return seat is not None and any(seat_of(p) == seat for p in places)


def named_within(name: str, other: str) -> bool:
    """A place named after the town it is in: 'Kessel airport', 'Kessel air base' lie in 'Kessel' (its name
    followed by a common noun, not another proper name)."""
    name, other = name.strip(), other.strip()
    if not other or not name.lower().startswith(other.lower() + " "):
        return False
    rest = name[len(other):].split()
    return bool(rest) and all(word.islower() for word in rest)


def same_day_same_people(shared_named: int, date: PartialDate | None, event_date: PartialDate | None) -> bool:
    """Two named parties in common on the same day: one event, whatever place each source gives (a location
    conflict)."""
    return (shared_named >= 2 and date is not None and date.precision is Precision.DAY and event_date is not None
            and compatible(date, event_date))


def same_visitor(modes: tuple[Mode | None, Mode | None], actors: Collection[str], their_actors: Collection[str],
                 their_parties: Collection[str], specific: Callable[[str], bool] = lambda _: False) -> bool:
    """Two visits to Moscow by different people are two events: when either side is a visit and both name who
    acts, one of ours is among their parties; when both name a person (or group) acting, one of our named
    actors is (a foreign minister's visit is not the president's visit, though both bring their state)."""
    if Mode.VISIT not in modes or not actors or not their_actors:
        return True
    named = [a for a in actors if specific(a)]
    if named and any(specific(a) for a in their_actors):
        return any(a in their_parties for a in named)
    return any(a in their_parties for a in actors)


def same_speaker(statement: bool, joint: bool, actors: Collection[str], their_actors: Collection[str],
                 their_parties: Collection[str], specific: Callable[[str], bool] = lambda _: False) -> bool:
    """A statement belongs to whoever makes it: two statements (praise, a demand, an accusation, a promise)
    that each name a person or group speaking are one only when one of our speakers is among theirs ('the
    president wished them success' and 'the foreign minister reaffirmed the ties', told of one day, are two
    statements). For what both sides do together (an agreement) being one of its parties is enough."""
    if not statement:
        return True
    named = [a for a in actors if specific(a)]
    if not named or not any(specific(a) for a in their_actors):
        return True
    pool = their_parties if joint else their_actors
    return any(a in pool for a in named)


def addressed_to_its_speaker(statement: bool, joint: bool, actors: Collection[str], targets: Collection[str],
                             their_actors: Collection[str], their_targets: Collection[str],
                             specific: Callable[[str], bool] = lambda _: False) -> bool:
    """A statement whose speaker is not named, addressed to a person or group who speaks in the other one and is
    addressed by nobody there ('... thanked Putin for his help' and 'Putin said Russia supported the government'):
    the two go opposite ways, one each side's. Not for what both sides do together (an agreement, a meeting)."""
    if not statement or joint or any(specific(a) for a in actors):
        return False
    addressed = [t for t in targets if specific(t)]
    return bool(addressed) and all(t in their_actors and t not in their_targets for t in addressed)


def same_invitee(invitees: Collection[str], their_parties: Collection[str]) -> bool:
    """An invitation is addressed to whom it invites: one naming the person or group it invites (`invitees`, the
    caller's: the named targets of an AGREE told with a word of inviting) is one event only with an event that
    party takes part in ('hoped al-Sharaa would attend the summit' is not the pact on a commission the same
    minister noted that day; two invitations of different people are two)."""
    return not invitees or any(i in their_parties for i in invitees)


def overlap(shared: Iterable[str], specific: Callable[[str], bool], related: int = 0, same_place: bool = False,
            same_word: bool = False) -> int:
    """How much two sides have in common: a named party counts 2, a state or place 1; a party's namesake ('the
    Assad regime' and Assad), the same place and the same trigger word 1 each."""
    return sum(2 if specific(e) else 1 for e in shared) + related + int(same_place) + int(same_word)


def states_through_people(parties: Collection[str], their_parties: Collection[str],
                          state_of_person: Callable[[str], str | None],
                          specific: Callable[[str], bool] = lambda _: False) -> set[str]:
    """'The Norvian premier and the Lornish president signed the charter' beside 'Norvia and Lorn signed the
    charter': leaders act for the states they belong to. The states one side names, with no person or group of its
    own (`specific`), and the other only through people of them (`state_of_person`: the state the text ties a
    person to) are parties in common for merging, each counted once, as a state. A side that names people of its own
    names other people: 'the Norvian premier met the Lornish president in Kessel' and 'Norvia's trade minister met
    Lorn's envoy in Kessel' are two meetings, and two people of one state share nothing by it. Only for sides with
    no party in common otherwise: where they share one ('Norvia and Quell' beside 'Norvia and Lorn': Norvia's
    pledge to keep the old agreements and both sides' accord on a commission, of one meeting), the sides are known
    already, and counting the person's state too would join two facts of one meeting."""
    mine, theirs = set(parties), set(their_parties)
    if mine & theirs:
        return set()

    def through(people: set[str], states: set[str]) -> set[str]:  # states the other side names, these only by a person
        if any(specific(p) for p in states):
            return set()
        return {s for p in people if (s := state_of_person(p)) is not None and s in states}

    return through(mine, theirs) | through(theirs, mine)


def enough_overlap(score: int, settings: Settings) -> bool:
    """The least a mention merges on, whatever its dates."""
    return score >= settings.weak


def events_needed(same_place: bool, mode_a: Mode | None, mode_b: Mode | None, settings: Settings) -> int:
    """The overlap two events merge on: a strong match, one more unless they share their place and a mode."""
    return settings.strong if same_place and mode_a and mode_a == mode_b else settings.strong + 1


def one_article_one_report(reported_here: bool, parties_known: bool) -> bool:
    """One article reports two different meetings: a mention joins an event its own article already reports
    only when it names no party the event lacks."""
    return not reported_here or parties_known


def one_sentence_two_facts(sentences: Collection[tuple[str, int]],
                           their_sentences: Collection[tuple[str, int]]) -> bool:
    """'X sent jets against Y after fighting broke out between them', 'X broke off relations with Y and has since
    ended all aid': the mentions one sentence of one article yields (article id, sentence index) are the facts
    extraction told apart there (one event per fact); two events that each hold one of them stay two, however
    alike their parties and dates."""
    return bool(set(sentences) & set(their_sentences))


def told_apart(articles: Collection[str], their_articles: Collection[str], named: Collection[str],
               their_named: Collection[str]) -> bool:
    """'X held talks with Y and also met Z.': two events of which one comes only from articles that report the other
    too, each naming a person or group the other lacks, are what those articles told as two (their mentions did
    not join one event, nor did the article's own coreference merge them): merging events does not fold them
    together because another source later dates them alike."""
    one_told_both = set(articles) <= set(their_articles) or set(their_articles) <= set(articles)
    return one_told_both and not set(named) <= set(their_named) and not set(their_named) <= set(named)


def two_statements(reported_here: bool, event_type: EventType | None, same_word_here: bool, settings: Settings) -> bool:
    """'Lavrov thanked ...' and 'He reaffirmed ...': one article's statements in other words are two events."""
    return reported_here and event_type in settings.statement_types and not same_word_here


def told_again(ours: tuple[Collection[str], Collection[str], Collection[str]],
               theirs: tuple[Collection[str], Collection[str], Collection[str]],
               specific: Callable[[str], bool] = lambda _: False,
               state_of: Callable[[str], str | None] = lambda _: None) -> bool:
    """One article tells one event across sentences in other words ('The delegation landed in Kessel on
    Monday.' ... 'The visit was the first since the war.'): two of its events (each: its principals -- the
    actors its sources name most --, its actors and its parties) are one when a principal of each acts in the
    other too (itself or the state it stands for), and one names no person or group the other lacks (a subset
    of its people, a state for its envoy). Different principals ('Vell met Oda.' ... 'Vell met Ruiz.'; 'Norvia
    withdrew its troops.' ... 'The rebels withdrew.') are two events; with no one acting on a side, a party in
    common is enough."""
    (principals, actors, parties), (their_principals, their_actors, their_parties) = ours, theirs
    mine, other = set(parties), set(their_parties)

    def acts_in(some: Collection[str], others: Collection[str]) -> bool:
        return any(p in others or state_of(p) in others for p in some)

    if actors and their_actors:
        if not (acts_in(principals, their_actors) and acts_in(their_principals, actors)):
            return False
    elif not mine & other:
        return False
    named, their_named = {p for p in mine if specific(p)}, {p for p in other if specific(p)}
    return named <= other or their_named <= mine


def told_in_turn(ours: Collection[tuple[str, int]], theirs: Collection[tuple[str, int]]) -> bool:
    """Two events each told, in one article, as what came next after the story so far ('Within hours, X shelled
    the villages', 'During the night, Y shot down the jets', 'Two days later, Z left': the sentences, as (article,
    sentence), of their mentions dated from the article's previous event): told in turn in two sentences, they are
    two steps of the story, not one event told again."""
    return any(article == other and sentence != their_sentence
               for article, sentence in ours for other, their_sentence in theirs)


def undated_told_again(shared_named: int, shared: int, same_place: bool, same_word: bool) -> bool:
    """Two undated events of one article have no date to tell them apart, nor one to bring them together:
    they are one only on a firm match (`firm_match`) or told with the same word ('Norvia sent troops' ...
    'the troops it sent'); 'Norvia hosts the Kessel government' and 'Norvian envoys visited Kessel' are two
    events of one article, though between the same two states."""
    return same_word or firm_match(shared_named, shared, same_place)


def tells_the_news(date: PartialDate, story: Collection[PartialDate], settings: Settings) -> bool:
    """An undated sentence of an article ('a headline', 'the trip') tells its news: within the article it is one
    with an event dated at the latest of the story the article tells (the month or day of its latest events,
    `peg_days` around), not with an event it recalls from before ('a delegation visited in January' in a
    report of July's talks). A story dated to no month tells nothing here."""
    known = [d for d in story if d.month is not None]
    if not known:
        return True
    latest = max(known, key=lambda d: (d.year, d.month or 0, d.day or 31))
    return compatible(date, latest) or days_apart(date, latest) <= settings.peg_days


def principal_acts(joint: bool, actors: Collection[str], their_actors: Counter[str],
                   state_of: Callable[[str], str | None] = lambda _: None) -> bool:
    """Who an event is about is who its sources name acting most (its principals, once more than one source
    names them): a mention whose actors meet the event's only in one named acting in passing ('The rebels
    withdrew' beside an event whose sources say 'Norvian forces withdrew', one of them quoting a rebel fighter
    as acting too) is another event. A mention sharing no actor (roles told otherwise), or what its parties do
    together (a call: 'A called B' and 'B called A'), is left to the other rules."""
    if joint or not their_actors or max(their_actors.values()) < 2 or not set(actors) & set(their_actors):
        return True
    return any(p in actors or state_of(p) in actors for p in principals(their_actors))


def roles_reversed(joint: bool, ours: tuple[Collection[str], Collection[str], Collection[str]],
                   theirs: tuple[Collection[str], Collection[str], Collection[str]]) -> bool:
    """'Norvia struck Lorn on Saturday' and 'Lorn struck Norvia on Saturday' are a strike and the answer to it, not
    one event: two reports of one side's act (not what parties do together, `joint`) go opposite ways when a
    principal of each (its principals, actors and targets: `principals` of an event, a mention's actors) is only a
    target of the other, acting there in no role. Whoever else each names acting (a spokesman taken for an actor)
    does not join them."""
    (principals_a, actors_a, targets_a), (principals_b, actors_b, targets_b) = ours, theirs

    def only_target(some: Collection[str], actors: Collection[str], targets: Collection[str]) -> bool:
        return any(p in targets and p not in actors for p in some)

    return (not joint and only_target(principals_a, actors_b, targets_b)
            and only_target(principals_b, actors_a, targets_a))


def signed_together(lemmas: Collection[str], their_lemmas: Collection[str], together: Collection[str]) -> bool:
    """'Norvia signed a defence pact with Lorn' and 'Lorn signed the pact with Norvia': a signing is done by its
    parties together whatever type it is coded with (SUPPORT), so, told on both sides with a word of signing
    (`together`), who is actor and who target tells no two acts apart (`roles_reversed`, `against_its_doer`)."""
    return any(w in together for w in lemmas) and any(w in together for w in their_lemmas)


def done_to_its_doer(joint: bool, actors: Collection[str], targets: Collection[str],
                     their_principals: Collection[str], their_targets: Collection[str]) -> bool:
    """'More attacks on Norvia are being prepared' and 'Norvia struck Lorn': a report naming no one acting, of an
    act done to a party that is a principal of the other and no target there, is an act against that party, not
    its own act (one side's act only: 'talks with Lorn' may be the talks Lorn held, `joint`)."""
    return not joint and not actors and any(t in their_principals and t not in their_targets for t in targets)


def against_its_doer(joint: bool, ours: tuple[Collection[str], Collection[str], Collection[str]],
                     theirs: tuple[Collection[str], Collection[str], Collection[str]]) -> bool:
    """`done_to_its_doer` either way round, each side given as (principals, actors, targets)."""
    (principals_a, actors_a, targets_a), (principals_b, actors_b, targets_b) = ours, theirs
    return done_to_its_doer(joint, actors_a, targets_a, principals_b, targets_b) or done_to_its_doer(
        joint, actors_b, targets_b, principals_a, targets_a)


def principals(actors: Counter[str]) -> set[str]:
    """The actors an event's sources name most (all of them when each is named once)."""
    most = max(actors.values(), default=0)
    return {a for a, n in actors.items() if n == most}


def same_story_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Within one article, a date tells two events apart only when the other is dated too, incompatibly ('on
    Monday' and 'on 3 June' at their precisions); an undated sentence of the story ('the trip') is told of
    whatever day the story gives."""
    return a is None or b is None or compatible(a, b)


COUNTING_SLIP_DAYS = 2  # how far a day counted from another event may be off a day stated for the same one


def counted_slip(a: PartialDate | None, b: PartialDate | None, counted: bool) -> bool:
    """Within one article, a date it only counts from another event ('the talks came a day after X's call with
    Y': the call, the day before the talks) and a day another sentence states for the same parties' event ('X
    spoke with Y on Wednesday') a day or two apart are one event the article dates two ways (a date conflict), not
    two events: `counted` when one side's date is such a count (`dates.said_date`, REFERENCED)."""
    return counted and a is not None and b is not None and days_apart(a, b) <= COUNTING_SLIP_DAYS


def relation_apart(kind: OnceKind | None, their_kind: OnceKind | None) -> bool:
    """A standing relation ('X was a key backer of Y', 'X has built ties with Y': `lexicon/once.yaml` kinds
    marked `standing`) and an act of a day between the same parties ('X congratulated Y', 'X sent Y arms') are two
    facts, whatever their dates: a relation joins only mentions of the same relation."""
    standing = (kind is not None and kind.standing) or (their_kind is not None and their_kind.standing)
    return standing and kind != their_kind


def firm_match(shared_named: int, shared: int, same_place: bool) -> bool:
    """Without dates to compare, only a firm match merges: two named parties in common, or one and the same
    place or another party."""
    return shared_named >= 2 or (shared_named >= 1 and (same_place or shared > shared_named))


def placed_match(named_place: bool, shared_actor: bool, same_word: bool) -> bool:
    """Without dates to compare, the same named place (a town, an airport, a base), an actor in common and the
    same word are a firm match too: 'Norvia is withdrawing from Kessel airport' and 'Norvia withdrew its
    forces from Kessel airport' are one withdrawal, though no person is named."""
    return named_place and shared_actor and same_word


def told_alike(unplaced: bool, joint: bool, ours: tuple[Collection[str], Collection[str]],
               theirs: tuple[Collection[str], Collection[str]], same_word: bool) -> bool:
    """A report from an article that does not know when it was written (a wire whose date was lost, an undated
    analysis: `unplaced`, the mention's article or every article of the event) has no date to compare, and states
    alone are no firm match. Told with the same word, by the same actors of the same targets (`ours`, `theirs`:
    actors and targets), each side in its role ('Norvia says its missiles hit Lorn's bases' and 'Norvian missiles
    hit Lorn's bases on Friday night'), nothing tells them apart: a firm match. An actor and a target at least, each
    the event's in that role ('Lorn hit Norvia' is the other side's strike); for what parties do together (`joint`:
    'Norvia and Lorn agreed a truce') two of them, the roles being one. Which of two such events dated apart is
    not known (`dated_apart`)."""
    (actors, targets), (their_actors, their_targets) = ours, theirs
    if not (unplaced and same_word):
        return False
    if joint:
        parties = {*actors, *targets}
        return len(parties) >= 2 and parties <= {*their_actors, *their_targets}
    return bool(actors) and bool(targets) and set(actors) <= set(their_actors) and set(targets) <= set(their_targets)


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Two events merge only when both are dated, compatibly."""
    return a is not None and b is not None and compatible(a, b)


def reporting_lag(a: PartialDate | None, b: PartialDate | None, shared_named: int, same_mode: bool,
                  settings: Settings) -> bool:
    """Two events of one kind between the same two named parties, dated to days at most `reporting_lag_days`
    apart ('on 12 February' in one source, 'on 13 February' in another): one event whose sources disagree on
    the date (a date conflict). Both dated to the day, both in one mode (a call, a visit), two named parties in
    common: a month-precise date is compared by `dates_agree`, never stretched."""
    return (a is not None and b is not None and a.precision is Precision.DAY and b.precision is Precision.DAY
            and same_mode and shared_named >= 2 and days_apart(a, b) <= settings.reporting_lag_days)


def one_act_days_apart(types: tuple[EventType | None, EventType | None],
                       dates: tuple[PartialDate | None, PartialDate | None],
                       states: tuple[Collection[str], Collection[str]],
                       targets: tuple[Collection[str], Collection[str]], settings: Settings) -> bool:
    """'Norvia completed the withdrawal of its forces from Lorn on 21 December' and 'the last Norvian soldiers left
    on 22 December': two reports of an act a state does once for a while (`Settings.one_off_types`: a withdrawal;
    not strikes, arrests or shows of force, which recur day after day), by the same states (each side's principal
    actors, or the states they stand for), dated to days at most `reporting_lag_days` apart, the targets one side
    names all among the other's (or none told), are one act whose sources disagree on its day (a date conflict),
    though no person is named (two named parties in common: `reporting_lag`). The caller checks that neither side
    has another such act of those states on the days around (`merging._one_act`): which two are one is then not
    known."""
    a, b = dates
    if types[0] != types[1] or types[0] not in settings.one_off_types:
        return False
    if a is None or b is None or a.precision is not Precision.DAY or b.precision is not Precision.DAY \
            or compatible(a, b) or days_apart(a, b) > settings.reporting_lag_days:
        return False
    if not states[0] or set(states[0]) != set(states[1]):
        return False
    mine, theirs = set(targets[0]), set(targets[1])
    return mine <= theirs or theirs <= mine


def one_campaign(dates: tuple[PartialDate | None, PartialDate | None],
                 lemmas: tuple[Collection[str], Collection[str]], targets: tuple[Collection[str], Collection[str]],
                 principals: tuple[Collection[str], Collection[str]], campaign_nouns: Collection[str],
                 settings: Settings) -> bool:
    """'Norvia's offensive of 20 May' (a later article's telling) and 'Norvia launched its operation on Tuesday,
    shelling the town' (19 May): an offensive lasts days, and a source naming it by a noun dates it by any of them.
    Two events dated to days at most `reporting_lag_days` apart, one told only by nouns of a campaign
    (`campaign_nouns`) and naming no target, by the same principal actors: one campaign whose sources disagree on
    its day (a date conflict). Strikes, attacks and raids are single acts, each of its own day; a campaign naming
    whom it struck is compared as any event is. The caller checks that the other event is the only act of that
    principal those days (`merging._one_campaign`)."""
    a, b = dates
    if a is None or b is None or a.precision is not Precision.DAY or b.precision is not Precision.DAY \
            or days_apart(a, b) > settings.reporting_lag_days:
        return False
    if not principals[0] or set(principals[0]) != set(principals[1]):
        return False
    return any(words and set(words) <= set(campaign_nouns) and not told_to
               for words, told_to in zip(lemmas, targets, strict=True))


def told_in_the_singular(told: Iterable[tuple[str, str]]) -> bool:
    """Each (trigger, lemma) of a campaign's sources names one campaign ('the offensive'), not many acts in the plural
    ('protested against the incursions' names no campaign of a day: `one_campaign` does not apply)."""
    return all(trigger.lower().split()[-1:] == [lemma.lower()] for trigger, lemma in told)


_SMALL_HOURS = re.compile(r"\b(?:early|small|wee)\s+hours\b|\b(?:pre-?)?dawn\b|\bdaybreak\b|\bfirst\s+light\b")
_NIGHT = re.compile(r"\b(?:over)?night\b|\blate\s+(?:on|in\s+the)\b")


def part_of_night(text: str | None) -> str | None:
    """Which end of a night a time expression tells: 'early' for the small hours of a day ('the early hours of
    Saturday', 'before dawn on Saturday'), 'late' for the night of the day before ('Friday night', 'on the night of
    Tuesday', 'late on Friday'); None for any other time ('on Friday', 'Friday evening')."""
    if not text:
        return None
    phrase = text.lower()
    if _SMALL_HOURS.search(phrase):
        return "early"
    return "late" if _NIGHT.search(phrase) else None


def same_night(a: PartialDate | None, a_part: str | None, b: PartialDate | None, b_part: str | None) -> bool:
    """'Missiles hit the bases on Friday night' and 'missiles hit the bases in the early hours of Saturday': one
    night, which one source ends on a day and the other begins on the next. Two day-precise dates a day apart,
    the earlier told as a night (`part_of_night`: 'late') and the later as its small hours ('early'), are one
    time for merging; the dates still differ as stated (a date conflict). 'On Friday' and 'on Saturday' stay two
    days."""
    if a is None or b is None or a.precision is not Precision.DAY or b.precision is not Precision.DAY:
        return False
    if (b.year, b.month, b.day) < (a.year, a.month, a.day):
        a, a_part, b, b_part = b, b_part, a, a_part
    assert a.month is not None and a.day is not None and b.month is not None and b.day is not None
    return (a_part == "late" and b_part == "early"
            and Day(a.year, a.month, a.day) + timedelta(1) == Day(b.year, b.month, b.day))


def night_neighbour(when: PartialDate | None, part: str | None) -> PartialDate | None:
    """The other day a night told at this end touches: the next day for 'Friday night', the day before for the
    early hours of Saturday; None for a date that is not a day or a time that is not a night."""
    if when is None or when.precision is not Precision.DAY or part is None:
        return None
    assert when.month is not None and when.day is not None
    other = Day(when.year, when.month, when.day) + timedelta(1 if part == "late" else -1)
    return PartialDate(other.year, other.month, other.day)


def dated_over_undated(best_undated: bool, at_its_time: bool) -> bool:
    """A dated mention fitting as well an undated event and one dated at its time (`at_its_time`: compatible dates,
    or one night told from either end: 'missiles hit the bases on Friday night', beside an undated 'its missiles hit
    the bases' and a report of that night) joins the dated one: its date is a sign the undated one lacks (the
    undated report may then join the same event, `merging`). Ties otherwise go to the older event: an event a
    date conflict away is no better than an undated one."""
    return best_undated and at_its_time


def outside_story(statement: bool, dated: bool, reported_here: bool, event_date: PartialDate | None,
                  story: Collection[PartialDate], settings: Settings) -> bool:
    """A statement is made on many occasions: an undated one belongs to the story its article tells (the dates
    of the article's other events). A dated event of another article outside that story ('Putin stressed the
    ties' in a report of October's talks, and February's statement) is another occasion; without a story or a
    date to compare, nothing tells them apart."""
    return (statement and not dated and not reported_here and event_date is not None and bool(story)
            and not in_story(event_date, story, settings))


def in_story(date: PartialDate | None, story: Iterable[PartialDate], settings: Settings) -> bool:
    """An event's date falls within the story an article tells: compatible with, or within `peg_days` of, the
    date of one of the article's other events."""
    return date is not None and any(compatible(date, d) or days_apart(date, d) <= settings.peg_days for d in story)


def month_day_of(date: PartialDate | None, month_day: MonthDay | None) -> MonthDay | None:
    """A mention's month and day, as compared with year-less dates: as stated, or from its date."""
    return month_day or ((date.month, date.day) if date is not None and date.month is not None else None)


def month_days_fit(a: MonthDay, b: MonthDay, settings: Settings) -> bool:
    """Two year-less dates of one event: the same month, days a few apart at most."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1]
                             or abs(a[1] - b[1]) <= settings.month_day_slack_days)


def date_score(score: int, date: PartialDate | None, month_day: MonthDay | None, event_date: PartialDate | None,
               event_month_days: list[MonthDay], firm: bool, settings: Settings, named: bool = False) -> int:
    """A mention's overlap with an event once their dates are compared (0: they do not merge): one more for
    compatible dates (a year alone is no date where someone is `named`: `year_only`); as it is for a strong
    match dated up to `conflict_window_days` apart (one event, dated differently by its sources) or, without
    dates to compare, for a firm match. An event with only year-less dates is compared by month and day; a
    year-less mention takes the event's year."""
    mine = month_day_of(date, month_day)
    if date is None and month_day is not None and event_date is not None:
        date = PartialDate(event_date.year, month_day[0], month_day[1])
    days = event_month_days if event_date is None else []
    if days and mine is not None:  # only year-less dates on one side: compare month and day
        return score + 1 if any(month_days_fit(mine, d, settings) for d in days) else 0
    if date is None or event_date is None:
        return score if firm else 0
    if named and compatible(date, event_date) and year_only(date, event_date):
        return score if firm else 0  # 'in 2025' holds every event of the year: no date to compare
    if compatible(date, event_date):
        return score + 1
    if score >= settings.strong and days_apart(date, event_date) <= settings.conflict_window_days:
        return score  # one event, dated differently by its sources
    return 0


def about_the_year(around: int | None, date: PartialDate | None, event_date: PartialDate | None) -> PartialDate | None:
    """A mention dated only 'a decade ago' (about the year `around`, give or take one: `resolve.dates.around_year`)
    compared with an event dated in one of those three years: the event's year, as the date the mention is
    compared at ('a decade ago' in an article of 2026 and 'in 2015' are one intervention's dates); None for a
    mention with a date of its own, an undated event, or a year further off."""
    if around is None or date is not None or event_date is None or abs(event_date.year - around) > 1:
        return None
    return PartialDate(event_date.year)


def one_intervention(lemmas: Collection[str], their_lemmas: Collection[str], interventions: Collection[str],
                     states: Collection[str], their_states: Collection[str]) -> bool:
    """Two reports of one state's military intervention in a war: both told by a word of intervention
    (`frames.yaml` backing interventions; a deployment backing a side's fight is recorded as one) and a state
    acting in both. One state intervenes in one war once: what each source names as its target (the opposition,
    the rebels, the country, civilians, nobody) does not tell two interventions apart, so this is a firm match;
    the caller still asks places that fit and dates that agree ("in 2015" and "a decade ago" do)."""
    return (any(w in interventions for w in lemmas) and any(w in interventions for w in their_lemmas)
            and bool(set(states) & set(their_states)))


def year_only(a: PartialDate, b: PartialDate) -> bool:
    """A date known only to its year ('during his first visit in 2025') is compatible with every event of that
    year, so it tells nothing of which one. Where either side names a person or group (people meet, call and
    visit many times a year) a mention compared with it merges only on a firm match, as if undated: a Syrian
    delegation's July visit and the president's October visit both fall 'in 2025'. Between states alone
    ('Russia's intervention in 2015') the year is all there is to go on, and counts as before."""
    return a.precision is Precision.YEAR or b.precision is Precision.YEAR


def dated_apart(dates: Collection[PartialDate | None], settings: Settings) -> bool:
    """An undated mention ('Putin met al-Sharaa at the Kremlin') that fits as well two events dated further apart
    than one event's sources disagree (`conflict_window_days`: two meetings months apart) cannot tell which one it
    reports: it joins neither rather than the older."""
    known = [d for d in dates if d is not None]
    return any(not compatible(a, b) and days_apart(a, b) > settings.conflict_window_days
               for n, a in enumerate(known) for b in known[n + 1:])


def people_disagree(named: Iterable[tuple[frozenset[str], frozenset[str]]], least: int = 1) -> bool:
    """Different people named in one role by different articles (each article: the people it names acting,
    and those it names as targets): 'led by Bogdanov' beside 'led by Bogdanov and Yevkurov'. An article that
    names nobody in a role ('Assad was ousted' beside 'al-Sharaa ousted Assad') omits, it does not
    contradict; nor does one naming fewer than `least` (see `joint_least_people`)."""
    found = list(named)
    return any(len({sides[role] for sides in found if len(sides[role]) >= least}) > 1 for role in (0, 1))


def lists_disagree(lists: Iterable[frozenset[str]], least: int) -> bool:
    """Two articles listing who did one act, each naming at least `least` parties, and not the same ones: 'A, B, C
    and D called for a truce' beside 'the plan put forward by A, B and D' (D left out), or a list with another
    member. A shorter mention ('A and B called for it') is no list of who did it: it omits, it does not contradict
    (`Settings.listed_states`)."""
    listed = {parties for parties in lists if len(parties) >= least}
    return len(listed) > 1


def joint_least_people(joint: bool, settings: Settings) -> int:
    """What its parties do together (a meeting, a call, an agreement) has at least two sides, and an article
    that names one person only ('Putin said the talks were useful', 'the minister signed') tells of its own
    side and omits the other: it contradicts no source naming both. The people named count as a claim on
    who took part from `settings.joint_named_people` on; for one side's act, from one person."""
    return settings.joint_named_people if joint else 1


def meeting_of_the_visit(actors: Collection[str], counterparts: Collection[str], visitors: Collection[str],
                         specific: Callable[[str], bool],
                         state_of: Callable[[str], str | None] = lambda _: None) -> bool:
    """'Vell visited Kessel on Monday.' ... 'He met Oda as well as Ruiz.': within one article, a meeting the
    visitor holds -- all its actors the visit's actors or the states they stand for, one of them the visit's
    own -- with a named counterpart (a person or group among its targets) is the talks the visit was made of,
    told again. A meeting held with the visitor by someone else ('the visit ended with a meeting between Oda and
    the delegation') names another actor and stays an event of its own. The caller asks that the meeting be this
    article's alone, at the visit's time and place, and the one such meeting of that visit (a visit whose
    article tells two meetings, or a meeting other articles tell too, keeps them as events of their own)."""
    mine, theirs = set(actors), set(visitors)
    own = theirs | {s for v in theirs if (s := state_of(v)) is not None}
    return bool(mine & theirs) and mine <= own and any(specific(t) for t in set(counterparts) - own)
