"""Attaching the sentence's time expressions to its triggers.

Contract: `attach_times(drafts, s, times)` sets, in place, each draft's `time` (the date expression
attached to the trigger, to its clause or to the clause above it; not a date inside "since X" or "after X",
which dates X) and `time_ref` (another draft of the sentence whose event dates it: "during the visit"). Reads
the parse and the sentence's time spans only. `occasion_of(draft, s, nouns)`: for a draft left with neither, the
event its clause names as when it happens ("explained during the joint press conference", "stopped with the fall
of the regime"), for resolution to date it by (an `Occasion`).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from dossier.extract.drafts import Draft
from dossier.extract.modality import FUTURE_GOVERNORS, FUTURE_MODIFIERS, modality_of
from dossier.extract.syntax import SPEECH_VERBS, Parsed, own_subject_relative, reduced_relative
from dossier.extract.time import (
    counted_from,
    day_part_time,
    event_offset,
    ordinal_number,
    parse_time,
    sentence_time,
    sequel_time,
)
from dossier.lexicon import Trigger, once_table
from dossier.models import Modality, Occasion, Span, TimeExpr, TimeKind, Token
from dossier.plover import EventType, Mode

EVENT_TIME_PREPS = {"during", "following", "after", "at", "amid", "on"}  # "during the visit"
PERFECT = {"has", "have", "'ve", "’ve", "had"}
# A date inside "since X", "after X" dates X, not the event it modifies.
# times read as past or ahead by the act's modality: on a verb of saying above the act they are the saying's, past
SAID_KINDS = frozenset({TimeKind.MONTH_DAY, TimeKind.MONTH, TimeKind.WEEKDAY})
TIME_BARRIERS = {"since", "after", "before", "until", "following", "prior", "till", "ahead"}


def attach_times(drafts: list[Draft], s: Parsed, times: list[Span]) -> None:
    """Each time expression goes to the trigger it hangs from, or to the triggers under the clause it
    hangs from ("On January 29th, first contact was made when a delegation arrived")."""
    triggers = {d.trigger.i: d for d in drafts}
    at_node: dict[int, TimeExpr] = {}
    described: set[int] = set()  # clauses about a participant ("X, who took office in 2000,"): no event's date
    deadlines: set[int] = set()  # verbs with a date they are due by ("told to leave by May 2"): no other's date
    written: list[TimeExpr] = []  # the sentence's times in order, a span later than a date counted from it
    swallowed: set[int] = set()  # clauses whose subject the analyser made the object of a stranded 'on Tuesday'
    for span in times:
        parsed = parse_time(span.text)
        if parsed is None and (cut := run_on_time(span, s)) is not None:
            parsed, span = cut  # "of 20 September 2023 ended decades": the analyser ran the date into the verb
        if parsed is None:
            parsed = within_time(span, s)  # "within hours": the analyser's span is "hours"
        if parsed is None:
            continue
        head = _span_head(span, s)
        if head is None:
            continue
        stranded = stranded_preposition(head, span, s)
        if stranded is not None and s.kids(stranded, "pobj"):
            swallowed.add(stranded.head)  # "and on Tuesday Ukraine hit back": the clause's subject read as 'on's
        head = stranded or head
        written.append(parsed)
        due = deadline_verb(head, s)
        node = due or _time_host(head, s, triggers)
        if node is None and (counted_on := counted_past(head, parsed, s)) is not None:
            node, parsed = counted_on  # "a week after the coup of 26 July, X did Y": Y on 2 August
        if node is not None and (due is not None or _scheduled_for(head, node, s)):
            parsed = replace(parsed, ahead=True)
        if due is not None:
            deadlines.add(due.i)
        if node is not None and node.i in at_node and (counted := _counted(at_node[node.i], parsed)) is not None:
            at_node[node.i] = counted  # "on 1 May ... and two days later X left", both hung on 'left': 3 May
        elif node is not None and (node.i not in at_node or _more_telling(parsed, at_node[node.i])):
            at_node[node.i] = parsed  # "on Tuesday, 28 January 2025": the date, not the weekday
        if node is not None and node.i not in triggers and (_describes_participant(node, s) or
                                                            _own_participle(node, s, triggers) or
                                                            _own_relative(node, s, triggers)):
            described.add(node.i)
    barred: set[int] = set()  # drafts inside a 'since/after X' phrase or a temporal clause: not the sentence's date
    for draft in drafts:
        for node in [draft.trigger, *s.ancestors(draft.trigger)]:
            if node.dep == "prep" and node.text.lower() in TIME_BARRIERS:
                barred.add(id(draft))
                break  # "after Assad's fall, on January 28, a delegation visited": the fall is not dated
            if node is not draft.trigger and node.i not in at_node and _temporal_clause(node, s):
                barred.add(id(draft))
                break
            if node is draft.trigger and _temporal_clause(node, s) and node.i not in at_node:
                barred.add(id(draft))
                break  # "After the contract was cancelled, the concession went to X in May": not May
            if node.i in at_node:
                draft.time = at_node[node.i]
                if node is not draft.trigger and node.i not in triggers and node.lemma.lower() in SPEECH_VERBS \
                        and draft.time.kind in SAID_KINDS:
                    draft.time = replace(draft.time, said=True)  # "announced on 24 September that X would leave"
                break
            if node is draft.trigger and _own_participle(node, s, triggers):
                break  # "expelled last week soldiers deployed to the border": not deployed last week
            if (own := own_clause_time(node, s, at_node)) is not None:
                draft.time = own  # "X left in 2022 and Y asked Z to leave in March": March, not 2022
                break
            if node.i in triggers and node.i != draft.trigger.i and triggers[node.i].time is not None:
                draft.time = triggers[node.i].time
                break
        if draft.time is None and len(at_node) == 1 and len(drafts) == 1 and not described and not deadlines:
            draft.time = next(iter(at_node.values()))
    for draft in drafts:
        draft.due = draft.trigger.i in deadlines and draft.time is at_node[draft.trigger.i]
        draft.time = _counted_in(draft.time, written)
    main_dates = [t for i, t in at_node.items() if _main_line(s.by_i[i], s) and not _behind_barrier(s.by_i[i], s)
                  and i not in deadlines and not own_subject_clause(s.by_i[i], s, swallowed)]
    for draft in drafts:
        if draft.time is None and (found := _dated_by(draft, s, triggers)) is not None:
            draft.time_ref, draft.time = found  # "two days after the visit": dated from the visit, two days on
        if draft.time is None:
            draft.time = draft.time or _sibling_time(draft, s, triggers)
        if draft.time is None and draft.time_ref is None and id(draft) not in barred and _main_line(draft.trigger, s):
            draft.time = sentence_time(main_dates)  # its clause states no date: its sentence's
        if draft.time is None and draft.time_ref is None:
            verb = _verb_of(draft.trigger, s)
            draft.time = sequel_time([c.text for c in s.kids(verb, "advmod")] if verb else [])  # "X then did Y"
        if draft.time is None and draft.time_ref is None:
            draft.time = _placed_by_clause(draft, s, at_node)  # "ordered after X took office on May 4": not a story's
        if draft.time is None and draft.time_ref is None and id(draft) not in barred:
            draft.time = untagged_day_part(_verb_of(draft.trigger, s), s)  # "left in the night": the day before's
        if draft.time is None and draft.time_ref is None and id(draft) not in barred:
            draft.time = crowd_scene(_verb_of(draft.trigger, s), s)  # "police detained six of the crowd"


def ordinal_of(trigger: Token, s: Parsed, event_nouns: Container[str] = ()) -> int | None:
    """Which one of a series the event is, as its sentence numbers it: 'the second visit', 'his first official
    trip to Moscow', 'visited Moscow for the second time', 'making his third visit', 'who first visited Russia',
    'the first visit discussed the bases' (a subject that is a noun of an event, `event_nouns`).
    A number other than 1 makes it a distinct event from the first one (and later than it); None: unnumbered."""
    nouns = [trigger]
    if trigger.pos in ("VERB", "AUX"):
        nouns += s.kids(trigger, "dobj")  # "paying his first visit": the visit the verb makes
        nouns += [n for n in s.kids(trigger, "nsubj", "nsubjpass")  # not "the first lady visited"
                  if n.pos == "NOUN" and n.lemma.lower() in event_nouns]
        nouns += [p for prep in s.kids(trigger, "prep") if prep.text.lower() == "for"  # "for the second time"
                  for p in s.kids(prep, "pobj") if p.lemma.lower() == "time"]
        nouns += [n for n in s.kids(trigger, "npadvmod") if n.lemma.lower() == "time"]  # "a second time"
        first = [a for a in s.kids(trigger, "advmod") if a.text.lower() == "first" and a.i < trigger.i]
        if first:
            return 1  # "who first visited Russia in October"
    for noun in nouns:
        for word in s.kids(noun, "amod", "nummod"):
            number = ordinal_number(word.text)
            if number is not None:
                return number
    return None


DAY_PART_DEPS = ("advmod", "npadvmod", "prep")


def untagged_day_part(verb: Token | None, s: Parsed) -> TimeExpr | None:
    """A part of the day on the verb that the analyser tags as no date, or as a time it cannot place ("left in
    the night", "flew home overnight", "later that day the talks resumed", "met again the next morning"): read
    by `time.day_part_time` from the words of the verb's modifier; None for a verb with no such modifier."""
    if verb is None:
        return None
    for child in s.kids(verb, *DAY_PART_DEPS):
        words = sorted((t for t, _ in s.subtree(child)), key=lambda t: t.i)
        if len(words) <= 4 and (found := day_part_time(" ".join(t.text for t in words))) is not None:
            return found
    return None


# a gathering of people in the street, named again as "the crowd", "the protesters": the one the article just told
CROWD_NOUNS = frozenset({"crowd", "crowds", "protester", "protesters", "demonstrator", "demonstrators", "marcher",
                         "marchers", "rally", "march", "demonstration", "protest", "mob", "rioter", "rioters"})
CROWD_WAYS = ("dobj", "prep", "pobj", "nsubjpass", "dative")  # what the act does to, at or among (not who acts)


def crowd_scene(verb: Token | None, s: Parsed) -> TimeExpr | None:
    """'Police detained six people at the edge of the crowd', 'police fired tear gas at the demonstrators': an act
    in the simple past, with no time of its own, done to, at or among a crowd the sentence names with 'the' (the
    gathering the article has just told: its protest, rally or riot) is of that gathering's day, as 'within hours'
    is of the previous event's: an AFTER_PREVIOUS expression of no days (a day only when that event's day is
    known). None for a perfect ('have detained hundreds'), a crowd not named as one told before ('a crowd
    gathered'), or one inside a clause of its own ('the protesters, who marched on Monday')."""
    if verb is None or verb.tag not in ("VBD", "VBN") or \
            {c.text.lower() for c in s.kids(verb, "aux", "auxpass")} & PERFECT:
        return None
    if verb.tag == "VBN" and not s.kids(verb, "auxpass"):
        return None
    frontier = [verb]
    while frontier:
        node = frontier.pop()
        for child in s.kids(node, *CROWD_WAYS):
            if child.text.lower() in CROWD_NOUNS and any(d.text.lower() == "the" for d in s.kids(child, "det")):
                return TimeExpr(f"the {child.text}", TimeKind.AFTER_PREVIOUS, offset=0, unit="day")
            frontier.append(child)
    return None


def _placed_by_clause(draft: Draft, s: Parsed, at_node: dict[int, TimeExpr]) -> TimeExpr | None:
    """'X was ordered to stop after the cabinet took office on May 4': a verb placed after (or before, or since)
    a clause with a date of its own is measured from that date, on a day the sentence does not give: an
    AFTER_EVENT expression with no event to count from, so that no story or news peg dates it either."""
    for i, time in at_node.items():
        node = s.by_i[i]
        if _temporal_clause(node, s) and any(a.i == draft.trigger.i for a in s.ancestors(node)):
            mark = next((c.text for c in s.kids(node, "mark")), "")
            return TimeExpr(f"{mark} ... {time.text}", TimeKind.AFTER_EVENT)  # "after ... March 4th"
    return None


def _verb_of(trigger: Token, s: Parsed) -> Token | None:
    """The verb a trigger is, or whose object it is ("gave asylum", "opened talks"); None for another noun."""
    verb = s.head(trigger) if trigger.pos in ("NOUN", "PROPN") and trigger.dep == "dobj" else trigger
    return verb if verb is not None and verb.pos in ("VERB", "AUX") else None


def _main_line(trigger: Token, s: Parsed) -> bool:
    """A verb in the simple past or present on the sentence's main line (its root, or joined to it by coordination
    or as what is said), not a relative clause or a noun ("the country, where it backed X for decades": background
    of its own time)."""
    verb = _verb_of(trigger, s)
    if verb is None:
        return False  # a noun that is no verb's object ("the fall of X")
    trigger = verb
    if {c.text.lower() for c in s.kids(trigger, "aux", "auxpass")} & PERFECT:
        return False  # "has received signs": up to now, not on the day the sentence names
    return all(step.dep in ("ROOT", "conj", "ccomp", "xcomp", "advcl", "parataxis")
               for step in [trigger, *s.ancestors(trigger)] if s.head(step) is not None)
def _behind_barrier(node: Token, s: Parsed) -> bool:
    """A word inside a 'since/after X' phrase or a temporal clause: its date is that of the background."""
    for step in [node, *s.ancestors(node)]:
        if (step.dep == "prep" and step.text.lower() in TIME_BARRIERS) or _temporal_clause(step, s):
            return True
    return False


def deadline_verb(head: Token, s: Parsed) -> Token | None:
    """'ordered them to leave by May 2', 'the envoys must leave by Friday', 'will withdraw by the end of the
    month': a date after 'by' on a verb in its base form (an infinitive, or after a modal or 'will') is when
    something is due, so a date to come, and that verb's alone: the clause that orders or reports it happened
    before it. The verb, or None ('by Friday the troops had withdrawn': a past bound, read as it is)."""
    prep = s.head(head)
    if prep is None or head.dep != "pobj" or prep.dep != "prep" or prep.text.lower() != "by":
        return None
    verb = s.head(prep)
    return verb if verb is not None and verb.tag == "VB" and verb.pos in ("VERB", "AUX") else None


def _scheduled_for(head: Token, host: Token, s: Parsed) -> bool:
    """'take part in the summit, which is scheduled for October 15': a date under a word of planning, between the
    date and what it dates, is when something is to happen, whatever the tense of the verb it dates."""
    for step in s.ancestors(head):
        if step.i == host.i:
            return False
        if step.lemma.lower() in FUTURE_GOVERNORS or step.text.lower() in FUTURE_MODIFIERS:
            return True
    return False


def _temporal_clause(node: Token, s: Parsed) -> bool:
    return node.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in TIME_BARRIERS for c in s.kids(node))


def own_clause_time(node: Token, s: Parsed, at_node: dict[int, TimeExpr]) -> TimeExpr | None:
    """A clause coordinated with another, with a subject of its own, whose infinitive complement states a date
    ("Velm drove out the garrison in 2022 and Kelmar asked the advisers to leave at the start of this year"): that
    date is its act's, not the date of the clause it is coordinated with. None for any other clause (one with no
    subject of its own shares its first verb's date: "met on Monday and signed an accord"; a passive complement's
    date is of what is to be done to something: "asked for the bases to be handed over this year")."""
    if node.dep != "conj" or not s.kids(node, "nsubj", "nsubjpass"):
        return None
    return next((at_node[kid.i] for kid in s.kids(node, "xcomp") if kid.i in at_node and not s.kids(kid, "auxpass")),
                None)


def own_subject_clause(node: Token, s: Parsed, swallowed: Container[int] = ()) -> bool:
    """A clause coordinated with an earlier one, with a subject of its own ("X froze its ties with Y, recalled its
    envoy, and in May parliament passed a law"): a date it states is its own act's, not the sentence's, so it dates
    no undated clause before it (whose subject is another). `swallowed`: clauses whose subject the analyser read as
    the object of the preposition before their date ('and on Tuesday Ukraine hit back')."""
    return node.dep == "conj" and (bool(s.kids(node, "nsubj", "nsubjpass")) or node.i in swallowed)


def _dated_by(draft: Draft, s: Parsed, triggers: dict[int, Draft]) -> tuple[Draft, TimeExpr | None] | None:
    """'During the Moscow visit, X met Y'; 'Following his meeting with Lavrov, X confirmed ...': the
    event in the phrase dates this one; 'A day after the call', 'two days before the summit': how far from it
    (`time.event_offset`)."""
    node = draft.trigger
    for clause in [node, *s.ancestors(node)]:
        spans = list(s.kids(clause, "npadvmod"))  # "A day after the call, X flew": the phrase hangs from "day"
        for prep in [*s.kids(clause, "prep"), *(p for n in spans for p in s.kids(n, "prep"))]:
            offset = _offset(prep, spans, s)  # "before the visit" dates nothing; "two days before" does
            if prep.text.lower() in EVENT_TIME_PREPS or offset is not None:
                for pobj in s.kids(prep, "pobj"):
                    other = triggers.get(pobj.i)
                    if other is not None and other is not draft:
                        return other, offset
        if clause is not node and clause.dep not in ("ccomp", "xcomp", "conj", "advcl"):
            break
        if clause.i in triggers and clause is not node:
            break  # the governing event has its own date
    return None


SPAN_WAYS = frozenset({"after", "before"})


def counted_past(head: Token, time: TimeExpr, s: Parsed) -> tuple[Token, TimeExpr] | None:
    """'A week after the coup of 26 July, the junta denounced the accords', 'two days before 3 May the envoy
    left': a day inside an 'after/before' phrase measured by a span of days or weeks dates the verb the phrase
    modifies, moved by that span (`time.counted_from`): that verb and the moved date. None for a date that is no
    day, a phrase with no exact span ('after the coup of 26 July' only bounds; 'less than four weeks after' is no
    day), or a date in a clause of its own ('a week after X took office on 4 May': that clause's)."""
    if time.kind not in (TimeKind.ABSOLUTE, TimeKind.MONTH_DAY) or time.day is None:
        return None
    for step in s.ancestors(head):
        if step.pos in ("VERB", "AUX"):
            return None
        if step.dep != "prep" or step.text.lower() not in SPAN_WAYS:
            continue
        owner = s.head(step)
        if owner is None:
            return None
        spans = [owner] if owner.dep == "npadvmod" else [*s.kids(owner, "npadvmod"), *s.kids(step, "npadvmod")]
        offset = _offset(step, spans, s)
        if offset is None or any(s.kids(n, "advmod", "quantmod", "amod") or
                                 any(s.kids(c, "quantmod", "advmod") for c in s.kids(n, "nummod")) for n in spans):
            return None
        verb = s.head(owner) if owner.dep == "npadvmod" else owner
        moved = counted_from(time, replace(offset, kind=TimeKind.AFTER_PREVIOUS))
        return (verb, moved) if verb is not None and verb.pos in ("VERB", "AUX") and moved is not None else None
    return None


def _offset(prep: Token, spans: list[Token], s: Parsed) -> TimeExpr | None:
    """The span of time a phrase 'after/before X' is measured by: 'a day' above it, 'two days' under it, or
    'one week' beside it on the same verb."""
    owner = s.head(prep)
    for span in [*([owner] if owner is not None and owner.dep == "npadvmod" else []), *s.kids(prep, "npadvmod"),
                 *spans]:
        count = next((c.text for c in s.kids(span, "nummod", "det")), None)
        found = event_offset(count, span.text, prep.text)
        if found is not None:
            return found
    return None


def _sibling_time(draft: Draft, s: Parsed, triggers: dict[int, Draft]) -> TimeExpr | None:
    """'the collapse of the government in March 2021 and the minister's escape abroad': coordinated
    subjects of one verb share the date the first one states."""
    if draft.trigger.dep not in ("nsubj", "nsubjpass", "conj"):
        return None
    for other in triggers.values():
        if other is not draft and other.time is not None and other.trigger.head == draft.trigger.head \
                and other.trigger.dep == draft.trigger.dep and other.trigger.i < draft.trigger.i:
            return other.time
    return None


def _counted_in(time: TimeExpr | None, written: list[TimeExpr]) -> TimeExpr | None:
    """A span later ("three days later") counts from the date written just before it in its sentence, when there
    is one (`counted_from`), whichever clause the parser hangs that date on: 'docked on 6 June, and three days
    later the trucks left' (the docking no event of its own)."""
    if time is None or time.kind is not TimeKind.AFTER_PREVIOUS or not any(t is time for t in written):
        return time
    before = written[:next(i for i, t in enumerate(written) if t is time)]
    return (counted_from(before[-1], time) or time) if before else time


def _counted(old: TimeExpr, new: TimeExpr) -> TimeExpr | None:
    """A date, then a span later in the sentence, hung on one verb: the date moved by the span (`counted_from`).
    A span written first ("Two days later, on 3 May, X left") counts from an earlier event: the date stands."""
    return counted_from(old, new)


def _more_telling(new: TimeExpr, old: TimeExpr) -> bool:
    rank = [TimeKind.ABSOLUTE, TimeKind.MONTH_DAY, TimeKind.MONTH]
    return new.kind in rank and (old.kind not in rank or rank.index(new.kind) < rank.index(old.kind))


PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})  # "on Tuesday morning": Tuesday's


def _time_host(head: Token, s: Parsed, triggers: dict[int, Draft]) -> Token | None:
    """The trigger a time expression dates, or the clause it dates; None when it sits in a 'since X',
    'after X' phrase ("the first visit since the collapse of the government in March 2021" dates the
    collapse); in a temporal clause, that clause ("since rebels entered the city on 8 May and X fled": the
    entering and the flight, never the verb the clause hangs from)."""
    path = [head, *s.ancestors(head)]
    owner = s.head(head)
    if head.dep in ("compound", "amod", "nummod") and owner is not None and owner.i not in triggers and \
            owner.lemma.lower() not in PARTS_OF_DAY:
        return None  # "the 1974 ceasefire line", "the 2019 contract": the date belongs to that noun
    for step in path:
        if step.i in triggers:
            return step
        if _describes_participant(step, s) and (owner := s.head(step)) is not None and owner.i not in triggers:
            return step  # "Putin, who took office in 2000, met X": the taking of office, not the meeting
        if step.dep == "prep" and step.text.lower() in TIME_BARRIERS:
            return _began(step, head, s, triggers)
        if _temporal_clause(step, s):
            return step  # "told to stop after the cabinet took office on May 4": the 4th dates the taking of office
        if _own_participle(step, s, triggers):
            return step  # "rejected an accord concluded in 2017": the accord's conclusion, not the rejection
        if _own_relative(step, s, triggers):
            return step  # "lifted limits that parliament imposed in 1998": the imposing, not the lifting
    return next((a for a in path[1:] if a.pos in ("VERB", "AUX")), path[-1])


def _own_participle(node: Token, s: Parsed, triggers: dict[int, Draft]) -> bool:
    """A reduced relative clause ("a lease signed in 2017", "troops deployed to the region") on a noun that
    names no event tells an event of its own time, in either direction: its date is not the clause's around
    the noun, and the clause's is not its. Not one of planning ("the summit scheduled for May 4": when the
    summit is) nor one on an event noun ("talks held on Monday": the talks' date)."""
    noun = s.head(node)
    return reduced_relative(node, s) and noun is not None and noun.i not in triggers and \
        node.lemma.lower() not in FUTURE_GOVERNORS


def _own_relative(node: Token, s: Parsed, triggers: dict[int, Draft]) -> bool:
    """A past relative clause with a subject of its own on a noun that names no event
    (`syntax.own_subject_relative`): its date is its own act's, not the clause's around the noun."""
    noun = s.head(node)
    return own_subject_relative(node, s) and noun is not None and noun.i not in triggers


def within_time(span: Span, s: Parsed) -> TimeExpr | None:
    """A time the analyser found without the 'within' it hangs from ("Within hours, troops shelled ...": the span
    is 'hours'), read with it; None for any other span."""
    head = _span_head(span, s)
    prep = s.head(head) if head is not None else None
    if prep is None or prep.dep != "prep" or prep.text.lower() != "within" or prep.i != span.token_start - 1:
        return None
    return parse_time(f"{prep.text} {span.text}")


def run_on_time(span: Span, s: Parsed) -> tuple[TimeExpr, Span] | None:
    """A time span the analyser ran on into the verb after it ("the offensive of 12 May 2020 ended a siege"
    read as one date "12 May 2020 ended a siege"): the date up to the word before that verb, with its span cut
    there; None when no verb follows a date inside the span."""
    tokens = [s.by_i[i] for i in range(span.token_start, span.token_end) if i in s.by_i]
    for n, token in enumerate(tokens[1:], start=1):
        if token.pos not in ("VERB", "AUX"):
            continue
        last = tokens[n - 1]
        text = span.text[:last.idx + len(last.text) - span.start]
        parsed = parse_time(text)
        return (parsed, replace(span, end=span.start + len(text), text=text, token_end=last.i + 1)) \
            if parsed is not None else None
    return None


RELATIVE_PERSON = frozenset({"who", "whom", "whose"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _describes_participant(node: Token, s: Parsed) -> bool:
    """A relative clause or participle phrase about a participant, not about what the event acts on: one on
    the subject of its verb ("the envoy, who was appointed in May, met X"; "the minister, elected in 2021,
    said") or one that opens with "who/whose" ("met X, who chairs the bloc this year"). What it dates is that
    participant's own background; a clause on the object ("attend the summit, which is set for October 15")
    dates the event."""
    if node.dep not in ("relcl", "acl"):
        return False
    owner = s.head(node)
    if owner is None:
        return False
    relative = {c.text.lower() for c in s.kids(node) if c.dep in ("nsubj", "nsubjpass", "poss", "dobj")}
    return owner.dep in SUBJECTS or bool(relative & RELATIVE_PERSON)


def _began(prep: Token, head: Token, s: Parsed, triggers: dict[int, Draft]) -> Token | None:
    """'The US has backed the group since 2015': a date right after 'since' on a verb dates when what the verb
    tells began; not 'the first visit since 2011' (a noun) nor 'for the first time since 2011'."""
    owner = s.head(prep)
    if prep.text.lower() != "since" or s.head(head) is not prep or owner is None or owner.i not in triggers \
            or owner.pos not in ("VERB", "AUX"):
        return None
    between = range(min(owner.i, prep.i), max(owner.i, prep.i))
    if tally(owner, s):
        return None
    return None if any(i in s.by_i and s.by_i[i].text.lower() == "first" for i in between) else owner


def tally(verb: Token, s: Parsed) -> bool:
    """'40 villagers have been killed since Monday', 'hundreds have been detained since the vote': a passive
    whose subject is a count tells a toll that grew over the time since, not an act of that day."""
    while verb.dep == "conj" and (first := s.head(verb)) is not None and first.i != verb.i:
        verb = first  # "have been killed by strikes and shelling since Monday": the parser's conjunct
    subjects = s.kids(verb, "nsubjpass")
    return bool(s.kids(verb, "auxpass")) and any(
        w.tag == "CD" or w.text.lower() in COUNT_WORDS or any(c.dep == "nummod" or c.tag == "CD" for c in s.kids(w))
        for w in subjects)


COUNT_WORDS = {"dozens", "scores", "hundreds", "thousands", "tens", "millions"}  # "hundreds have been detained"


def planned_time(span: Span, s: Parsed) -> bool:
    """Whether a time expression dates what is planned or may be ('Ruritania and Velm will found a customs union on
    Thursday', 'could meet on Friday'): the modality of the verb it hangs from, whether or not that verb names an
    event ('found a union' is no event type, yet the Thursday is to come)."""
    head = _span_head(span, s)
    verb = next((a for a in ([head, *s.ancestors(head)] if head is not None else []) if a.pos in ("VERB", "AUX")),
                None)
    return verb is not None and modality_of(verb, s) in (Modality.FUTURE, Modality.HYPOTHETICAL)


def stranded_preposition(head: Token, span: Span, s: Parsed) -> Token | None:
    """'On Friday President X said ...': the analyser may read the weekday as part of the title that follows it
    ('Friday President', a compound), leaving the preposition before it with no object. The time is then that
    preposition's object, and dates what the preposition hangs from: the preposition (as the time's head) is
    returned; so too when the analyser made the name after it the preposition's object ('and on Tuesday Ukraine
    hit back': 'on Ukraine'). None when the time has a head of its own in the sentence (a preposition's object, a
    noun's date: 'in December elections')."""
    if head.dep != "compound":
        return None
    before = s.by_i.get(span.token_start - 1)
    if before is None or before.dep != "prep" or before.text.lower() not in STRANDED_PREPS:
        return None
    objects = s.kids(before, "pobj", "pcomp")
    if objects and not (len(objects) == 1 and objects[0].i == head.head and objects[0].pos == "PROPN"):
        return None  # "in December elections": the month of the elections
    return before


STRANDED_PREPS = frozenset({"on", "in", "during", "by", "since", "until", "after", "before"})


def _span_head(span: Span, s: Parsed) -> Token | None:
    inside = [s.by_i[i] for i in range(span.token_start, span.token_end) if i in s.by_i]
    for token in inside:
        if token.head == token.i or not (span.token_start <= token.head < span.token_end):
            return token
    return inside[0] if inside else None


# A clause happens when the event it names happens (simultaneity): "explained during the press conference", "met at
# the summit", "spoke on the sidelines of the forum", "said in the call", "stopped with the fall of the regime";
# "following" is recorded too (resolution takes it for a gathering only: "following his meeting with X, Y said",
# as `_dated_by` does within a sentence). "after", "since", "before" only bound it: they name no occasion.
EVENT_TYPES = frozenset(t.value for t in EventType)
OCCASION_PREPS = frozenset({"during", "at", "amid", "on", "in", "with", "following"})
# words between the preposition and the event that keep its time: "on the sidelines of the summit", "at the end of
# the talks", "in the course of the visit"
OCCASION_PARTS = frozenset({"sideline", "sidelines", "margin", "margins", "occasion", "course", "end", "close",
                            "conclusion", "start", "opening", "outset"})


def occasion_of(draft: Draft, s: Parsed, nouns: dict[str, Trigger]) -> Occasion | None:
    """The event a draft's clause names as the time it happens, when the draft has no time of its own: a noun the
    trigger lexicon types (`nouns`: lemma, or "compound lemma"), under one of `OCCASION_PREPS` on the trigger or on
    the clauses above it (as far as `_dated_by` looks: through said-that, infinitive, coordinated and adverbial
    clauses) or on an 'as' clause framing one ("As X explained at the summit, Y ..."), directly or through one of
    `OCCASION_PARTS` ("on the sidelines of").
    Records the preposition, the noun, its type and mode, and the actor mentions named inside the phrase; which
    occasions date what is resolution's call. None when the draft has a time or names no event (the caller leaves
    out a draft dated by another event it keeps: `time_ref`; one it dropped, a noun naming an event told before,
    leaves the occasion to be found here)."""
    if draft.time is not None:
        return None
    node = draft.trigger
    for clause in [node, *s.ancestors(node)]:
        framing = [c for c in s.kids(clause, "advcl") if any(m.text.lower() == "as" for m in s.kids(c, "mark"))]
        for prep in [p for c in [clause, *framing] for p in s.kids(c, "prep")]:  # "As X said at the summit, ..."
            if prep.text.lower() not in OCCASION_PREPS:
                continue
            for pobj in s.kids(prep, "pobj"):
                found = _occasion_noun(prep, pobj, s, nouns)
                if found is not None:
                    return found
        found = once_clause(clause, node, s)
        if found is not None:
            return found
        if clause is not node and clause.dep not in ("ccomp", "xcomp", "conj", "advcl"):
            break
    return None


def _occasion_noun(prep: Token, pobj: Token, s: Parsed, nouns: dict[str, Trigger]) -> Occasion | None:
    """The occasion a prepositional object names: the event noun itself, or the one 'of' a part of it ('the
    sidelines of the summit')."""
    noun = pobj
    if noun.lemma.lower() in OCCASION_PARTS or noun.text.lower() in OCCASION_PARTS:
        inner = [o for p in s.kids(noun, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj")]
        if not inner:
            return None
        noun = inner[0]
    if prep.text.lower() == "in" and not s.kids(noun, "det", "poss"):
        return None  # "has been in talks to deploy forces": negotiating, no one occasion ("said in the call" is)
    rule = _occasion_noun_rule(noun, s, nouns)
    if rule is None or rule.type not in EVENT_TYPES:
        return None  # no noun of an event, or a phrase the lexicon says is none
    parties = tuple(dict.fromkeys(s.mention_at[w.i] for w, _ in s.subtree(noun) if w.i in s.mention_at))
    return Occasion(prep.text.lower(), noun.lemma.lower(), EventType(rule.type), rule.mode, parties)


def _occasion_noun_rule(noun: Token, s: Parsed, nouns: dict[str, Trigger]) -> Trigger | None:
    """The lexicon's rule for an event noun: 'press conference' (compound and noun) before 'conference'."""
    if noun.pos not in ("NOUN", "PROPN"):
        return None
    lemma = noun.lemma.lower()
    for compound in s.kids(noun, "compound"):
        rule = nouns.get(f"{compound.lemma.lower()} {lemma}")
        if rule is not None:
            return rule
    return nouns.get(lemma) or nouns.get(noun.text.lower())


# A clause of time that happens with what it names (simultaneity): "offered him refuge once defeat became
# inevitable", "fled when the regime collapsed", "as the government fell". "after", "since", "before" only bound.
SIMULTANEOUS_MARKS = frozenset({"when", "once", "as", "while"})
# Subjects of "fall"/"collapse" that tell a rule's end: the kind's person or regime is named, or one of these.
RULE_NOUNS = frozenset({"regime", "government", "rule", "dictatorship", "administration", "leadership", "junta"})


@lru_cache(maxsize=1)
def _once_words() -> dict[str, tuple[EventType, Mode | None]]:
    """The words of the once-only kinds of `lexicon/once.yaml` (a ruler's removal: 'ouster', 'fall', 'defeat'),
    with their kind's type and mode."""
    data = once_table()
    changing = {str(w).lower() for w in (data.get("power") or {}).get("nouns") or ()}  # "as the leadership met"
    return {str(w).lower(): (EventType(r["type"]), Mode(r["mode"]) if r.get("mode") else None)
            for r in data.get("kinds", []) for w in r.get("words") or () if str(w).lower() not in changing}


def _marks(word: Token, clause: Token) -> bool:
    """The word that makes a clause subordinate: a conjunction, or "when" parsed as the clause's adverb."""
    return word.dep == "mark" or (word.dep == "advmod" and word.tag == "WRB" and word.i < clause.i)


def once_clause(clause: Token, came_from: Token, s: Parsed) -> Occasion | None:
    """A clause of time under `clause` (when, once, as, while: `SIMULTANEOUS_MARKS`) that names a once-only fact
    (`lexicon/once.yaml`): its verb ('when Vell was ousted', 'as the regime collapsed') or its subject ('once
    defeat became inevitable', 'when Vell's fall came') is a word of the kind. Its parties are the actor mentions
    of the clause; a verb saying something fell names whom (a person, a regime or government: 'when the city
    fell' is a battle, no occasion). Not the clause the draft itself stands in."""
    words = _once_words()
    above = {came_from.i, *(a.i for a in s.ancestors(came_from))}
    for sub in s.kids(clause, "advcl"):
        if sub.i in above or not any(_marks(m, sub) and m.text.lower() in SIMULTANEOUS_MARKS
                                     for m in s.kids(sub)):
            continue
        subject = next(iter(s.kids(sub, "nsubj", "nsubjpass")), None)
        word = sub if sub.lemma.lower() in words else subject if subject is not None and \
            subject.pos == "NOUN" and subject.lemma.lower() in words else None
        if word is None:
            continue
        parties = tuple(dict.fromkeys(s.mention_at[w.i] for w, _ in s.subtree(sub) if w.i in s.mention_at))
        if word is sub and sub.tag != "VBN" and not parties and (
                subject is None or subject.lemma.lower() not in RULE_NOUNS):
            continue  # "when the city fell", "as talks collapsed": no rule ended
        kind, mode = words[word.lemma.lower()]
        return Occasion(next(m.text.lower() for m in s.kids(sub) if _marks(m, sub)), word.lemma.lower(),
                        kind, mode, parties)
    return None
