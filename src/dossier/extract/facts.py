"""One event per fact: the rules that fold the drafts of one sentence that report the same fact, or drop those
that report none (issue 16, item 4).

Contract: each public function takes the sentence's drafts (`extract/drafts.py`) after their participants,
modality and time are set, and returns the drafts that remain, in order; a draft folded into another gives
it its words, parties, place and time (`absorb`). They read only the parse (`Parsed`) and the lexicon's
frames; `extract/events.py` calls them in this order: nouns_in_place, merge_coordinated, (the frames of
events.py), without_background_clauses, without_conditions, without_foils, without_topics,
force_described, fold_subordinates, merge_same_kind, without_background_mentions, without_speech_settings,
without_negotiated; and on the events kept, without_standing.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from dossier.extract.attach_time import ordinal_of
from dossier.extract.drafts import Draft, absorb
from dossier.extract.modality import ANY_TIME, FUTURE_AUX, HYPOTHETICAL_AUX
from dossier.extract.power import power_words
from dossier.extract.syntax import (
    SPEECH_VERBS,
    Parsed,
    acting_people,
    finite_after_aside,
    refer,
    relative_object,
    subject_of,
)
from dossier.lexicon import Trigger, frames, once_table, once_words, references
from dossier.models import ActorMention, EntityType, Modality, Span, TimeKind, Token
from dossier.plover import EventType

NARRATIVE_ADVERBS = {"subsequently", "later", "then", "afterwards", "afterward", "thereafter", "eventually",
                     "soon", "next"}  # "X, which subsequently began patrols": the story goes on


def merge_coordinated(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """'arrived in Damascus and met with X': one event, the participants of both verbs; but 'held talks with
    X and met Y' are two meetings, each with its own partner."""
    by_trigger = {d.trigger.i: d for d in drafts}
    kept = []
    for draft in drafts:
        head = s.head(draft.trigger)
        first = by_trigger.get(head.i) if head is not None and draft.trigger.dep == "conj" else None
        if first is not None and first.rule.type == draft.rule.type and first.modality == draft.modality and \
                not _other_partners(first, draft, mentions) and not own_objects(first, draft, s) and \
                not own_subjects(first, draft, s):
            first.actors += [a for a in draft.actors if a not in first.actors]
            first.targets += [t for t in draft.targets if t not in first.targets]
            first.location = first.location if first.location is not None else draft.location
            first.time = first.time or draft.time
            first.words += draft.words
            continue
        kept.append(draft)
    return kept


def own_subjects(first: Draft, second: Draft, s: Parsed) -> bool:
    """'Mali forced out the French force in 2022 and Burkina Faso asked French troops to leave this year': clauses
    joined with a subject each, parties named and not the same, tell two parties' acts, not one act of both;
    'arrived in Damascus and met X' (one subject), 'Chile signed and it ratified' (a pronoun) and 'troops opened fire
    and rockets landed' (no party named) are one."""
    def subjects(draft: Draft) -> set[str]:  # parties named: "rockets launched from X landed" names none
        return {w.lemma.lower() for w in s.kids(draft.trigger, "nsubj", "nsubjpass") if w.i in s.mention_at}

    mine, theirs = subjects(first), subjects(second)
    pronoun = any(w.pos == "PRON" for w in s.kids(second.trigger, "nsubj", "nsubjpass"))
    return bool(mine) and bool(theirs) and not pronoun and not mine & theirs


def state_of(mention: ActorMention) -> str | None:
    """The country a mention of a state stands for, by its name or its demonym ('Chile', 'Chilean'); None for
    any other mention."""
    return mention.country if mention.type is EntityType.STATE else None


def own_objects(one: Draft, other: Draft, s: Parsed) -> bool:
    """'shut the crossing, cancelled the visas and suspended the treaty': verbs coordinated under one subject,
    each acting on a thing of its own (a noun object, with lemmas that differ), are as many acts; 'signed and
    ratified the treaty', 'suspended the treaty and later scrapped it' are one, and so are acts on people ('recalled
    its ambassador and told the envoy to leave': whom, not what, `_a_thing`)."""
    def objects(draft: Draft) -> set[str]:
        return {o.lemma.lower() for o in s.kids(draft.trigger, "dobj") if _a_thing(o, s)}

    first, second = sorted((one, other), key=lambda d: d.trigger.i)
    if first.trigger.pos != "VERB" or second.trigger.pos != "VERB" or \
            first.trigger.i not in {a.i for a in _conjuncts_above(second.trigger, s)}:
        return False
    mine, theirs = objects(first), objects(second)
    return bool(mine) and bool(theirs) and not mine & theirs


def acts_of_other_kinds(one: Draft, other: Draft, s: Parsed) -> bool:
    """'The two leaders met in X and called for a truce', 'the chiefs talked by telephone and agreed to hold
    fire': a gathering told by a verb, and a verb of another kind coordinated with it under the same subject,
    are two facts, the meeting and what its parties then did together; a stance taken twice ('welcomed the
    step but warned against ...') stays one."""
    first, second = sorted((one, other), key=lambda d: d.trigger.i)
    return first.trigger.pos == second.trigger.pos == "VERB" and first.rule.type == EventType.CONSULT and \
        second.rule.type != EventType.CONSULT and first.trigger.i in {a.i for a in _conjuncts_above(second.trigger, s)}


def occasion_of_an_act(gathering: Draft, act: Draft, s: Parsed) -> bool:
    """'The presidents signed a treaty at their first summit', 'Meeting in X, the leaders closed the border': a
    gathering named as where the doers of an act of another kind, told by an active verb with its own subject,
    did it is a fact of its own (PLOVER codes the meeting beside what was decided there), with the act's doers and
    time where it names none; not where the act is a statement ('during the talks, X stressed ...': the setting
    of what was said) nor a passive decision by no one named ('were agreed at a meeting', `decided_at_meetings`).
    Changed in place where it holds."""
    verb = act.trigger
    if gathering.rule.type != EventType.CONSULT or act.rule.type == EventType.CONSULT or verb.pos != "VERB" or \
            verb.lemma.lower() in _speech_verbs() | SPEAKING or not s.kids(verb, "nsubj") or not act.actors or \
            gathering.modality is not act.modality:
        return False
    if not gathering.actors:
        gathering.actors = list(act.actors)
    if gathering.time is None and gathering.time_ref is None:
        gathering.time, gathering.time_ref = act.time, act.time_ref
    return True


def _occasion_told(draft: Draft, main: Draft, s: Parsed) -> bool:
    """A gathering told as the occasion of an event's verb: a bare participle clause set on it ('Meeting in X on
    Monday, the leaders ...': no subject, auxiliary or conjunction of its own; a capital 'Meeting' opening the
    sentence may be tagged a noun), or a noun after 'at' on it ('signed ... at their summit'; what is done 'during
    the talks' has them as its setting, no occasion of its own)."""
    word = draft.trigger
    if word.dep == "advcl" and (word.tag == "VBG" or word.text.lower().endswith("ing")):  # a capital "Meeting"
        return word.head == main.trigger.i and not s.kids(word, "nsubj", "nsubjpass", "mark", "aux", "auxpass")
    node = stand_in(word, s) if word.pos in ("NOUN", "PROPN") else word
    prep = s.head(node) if node.dep == "pobj" else None
    return prep is not None and prep.text.lower() == "at" and prep.head == main.trigger.i  # "during": a setting


def answered(draft: Draft, main: Draft, s: Parsed) -> bool:
    """'X said ..., a charge Y rejected': a rejection in a relative clause on the noun of an accusation is the other
    side's answer to it, a fact of its own."""
    noun = s.head(draft.trigger)
    return draft.rule.type == EventType.REJECT and main.rule.type == EventType.ACCUSE and \
        draft.trigger.dep == "relcl" and noun is not None and noun.lemma.lower() in CHARGES


def told_next(draft: Draft, main: Draft, s: Parsed) -> bool:
    """'X gave the envoy two days to leave, and then withdrew his immunity', 'X closed the crossing and later expelled
    the traders': a verb coordinated with an event's verb and told as what came next ('then', 'later',
    `NARRATIVE_ADVERBS`), of another type, is an act of its own; one thing acted on again ('suspended the treaty and
    later scrapped it') is the same type and stays one."""
    word = draft.trigger
    return word.dep == "conj" and word.pos == "VERB" and draft.rule.type != main.rule.type and \
        main.trigger.i in {a.i for a in _conjuncts_above(word, s)} and \
        any(c.text.lower() in NARRATIVE_ADVERBS for c in s.kids(word, "advmod"))


def _a_thing(word: Token, s: Parsed) -> bool:
    """A noun naming a thing, not a person: no person's mention, no posting ('the envoy', 'its ambassador')."""
    mention = s.mention_at.get(word.i)
    return word.pos in ("NOUN", "PROPN") and word.lemma.lower() not in references().postings and (
        mention is None or s.typed.get(mention) is not EntityType.PERSON)


def _conjuncts_above(verb: Token, s: Parsed) -> list[Token]:
    """The verbs a verb is coordinated with before it ('shut X, cancelled Y and suspended Z': for 'suspended',
    'cancelled' and 'shut')."""
    chain: list[Token] = []
    node = verb
    while node.dep == "conj" and (head := s.head(node)) is not None and len(chain) < 10:
        chain.append(head)
        node = head
    return chain


def _other_partners(first: Draft, second: Draft, mentions: list[ActorMention]) -> bool:
    """Both events have partners of their own (people or bodies, not places), and none in common; a state named
    once by its name and once by its demonym ('relations with Chile', 'Chilean diplomats') is one partner."""
    def partners(draft: Draft) -> set[int | str]:
        return {state_of(mentions[i]) or i for i in draft.targets
                if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)}

    return bool(partners(first)) and bool(partners(second)) and not partners(first) & partners(second)


def fold_subordinates(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """A trigger inside another's clause with no new party and no own time is part of that event:
    'X was called by Putin, who congratulated him' is one call."""
    by_trigger = {d.trigger.i: d for d in drafts}
    kept = []
    for draft in drafts:
        main = next((by_trigger[a.i] for a in s.ancestors(draft.trigger) if a.i in by_trigger), None)
        if main is not None and (_narrated(draft, main, s) or _done_to_its_doer(draft, main)
                                 or own_objects(main, draft, s)  # "closed X and suspended Y": two acts
                                 or finite_after_aside(draft.trigger, s)):  # "X, meeting in Y, had called for"
            kept.append(draft)  # "talks with X, which subsequently began patrols": what came next
            continue
        if main is not None and draft.passing and draft.fought and _broke_out(draft):
            kept.append(draft)  # "X struck Y after fighting broke out between them": the fighting, a fact of its own
            continue
        if main is not None and _fall_in_passing(draft, main, s):
            draft.passing = True
            kept.append(draft)  # "the first cargo since the fall of X left": one more source of that fall
            continue
        if main is not None and happened_there(draft, main, s):
            kept.append(draft)  # "hosted them in X, where they signed an accord": the signing, its own event
            continue
        if main is not None and _occasion_told(draft, main, s) and occasion_of_an_act(draft, main, s):
            kept.append(draft)  # "Meeting in X, the leaders closed the border": the meeting and the closure
            continue
        if main is not None and answered(draft, main, s):
            kept.append(draft)  # "X said ..., a charge Y rejected": the accusation and its rejection
            continue
        if main is not None and told_next(draft, main, s):
            kept.append(draft)  # "gave the envoy two days to leave, and then withdrew his immunity": two acts
            continue
        if main is not None and acts_of_other_kinds(main, draft, s):
            kept.append(draft)  # "met in X and called for a truce": the meeting and the call, two facts
            continue
        if main is not None and main.modality == draft.modality:
            parties = set(main.actors) | set(main.targets)
            if set(draft.actors) <= parties and set(draft.targets) <= parties and draft.time in (None, main.time):
                main.words += draft.words
                continue
            if main.rule.type == draft.rule.type and set(draft.actors) & set(main.actors) and \
                    draft.time in (None, main.time) and draft.trigger.dep in ("relcl", "advcl", "acl"):
                absorb(main, draft)  # "visited Russia, where he met Putin": the meeting is the visit's
                continue
        if main is not None and _restated(main, draft):
            absorb(main, draft)  # "reaffirmed its support ..., adding that it would support ...": one stance
            continue
        if main is not None and _result(draft, main, s):
            absorb(main, draft)  # "deployed warships, preventing the rebels from shelling the port": one act
            continue
        kept.append(draft)
    return kept


def _broke_out(draft: Draft) -> bool:
    """The draft tells fighting breaking out (its trigger a verb of onset, frames.yaml `outbreaks`)."""
    return draft.rule.type == EventType.ASSAULT and draft.trigger.pos == "VERB" and \
        draft.trigger.lemma.lower() in frames().onsets


def _fall_in_passing(draft: Draft, main: Draft, s: Parsed) -> bool:
    """A once-only fact of a kind kept in passing at its own precision (`lexicon/once.yaml`, background `own`: a
    ruler's fall), told after a background word ('since', 'after', 'following') under another event, is a
    source of that fact of its own, not words of the event it hangs under."""
    rule, lemma = draft.rule, (draft.lemma or draft.trigger.lemma).lower()
    mode = rule.mode.value if rule.mode is not None else None
    if not any(how == "own" and rule.type == t and (m is None or mode == m) and (not w or lemma in w)
               for t, m, w, how in _once_kinds()) or not once_only(draft, s):
        return False
    background = frames().background_preps
    for node in s.ancestors(draft.trigger):
        if node.i == main.trigger.i:
            return False
        if node.dep == "prep" and node.text.lower() in background:
            return True
    return False


def _result(draft: Draft, main: Draft, s: Parsed) -> bool:
    """A participle clause with no subject of its own, right under an event's verb, whose verb tells what that
    event brought about ("deployed warships off Tripoli, preventing the rebels from shelling the port"; verbs of
    `frames.yaml` results) is that event's outcome, not an act of its own."""
    word = draft.trigger
    return word.dep == "advcl" and word.tag == "VBG" and word.head == main.trigger.i and \
        main.modality is draft.modality and word.lemma.lower() in frames().results and \
        not s.kids(word, "nsubj", "nsubjpass", "mark") and draft.time in (None, main.time)


def _done_to_its_doer(draft: Draft, main: Draft) -> bool:
    """'X flew to M and was granted asylum there', 'X took M before being driven out': a coordinated clause or a
    passive gerund after a preposition of time naming no actor, done to who acts in the first, tells what
    another did to them (`participants.shared_patient`), not part of the first act."""
    return draft.trigger.dep in ("conj", "pcomp") and not draft.actors and bool(set(draft.targets) & set(main.actors))


def _restated(main: Draft, draft: Draft) -> bool:
    """A verb of the same type and actor in the clause of an asserted event restates it, whatever its own
    modality ("backed the plan, saying it would back it to the end"), unless it has a time or partners of its
    own, or is coordinated with it ("held talks with X and met Y": two meetings)."""
    return draft.trigger.pos == "VERB" and draft.trigger.dep != "conj" and main.rule.type == draft.rule.type and \
        main.modality is Modality.ASSERTED and draft.modality is not Modality.NEGATED and \
        bool(set(draft.actors) & set(main.actors)) and draft.time in (None, main.time) and \
        not (set(draft.targets) - set(main.targets) - set(main.actors) and main.targets)


def _narrated(draft: Draft, main: Draft, s: Parsed) -> bool:
    """Between the trigger and the event above it is a relative clause that goes on with the story ("X, which
    subsequently began patrols", "Y, who later fled")."""
    for node in [draft.trigger, *s.ancestors(draft.trigger)]:
        if node.i == main.trigger.i:
            return False
        if node.dep == "relcl" and any(c.dep == "advmod" and c.text.lower() in NARRATIVE_ADVERBS
                                       for c in s.kids(node)):
            return True
    return False


@lru_cache(maxsize=1)
def _once_kinds() -> tuple[tuple[EventType, str | None, frozenset[str], str], ...]:
    """(type, mode, words, how: 'always', 'own', 'dated' or 'day') of the kinds `lexicon/once.yaml` keeps as
    background."""
    rows = once_table().get("kinds", [])
    return tuple((EventType(r["type"]), r.get("mode"), frozenset(str(w).lower() for w in r.get("words") or ()),
                  r["background"] if isinstance(r["background"], str) else "always")
                 for r in rows if r.get("background"))


def once_only(draft: Draft, s: Parsed | None = None) -> bool:
    """A fact that happens once to whom it is done, of a kind `lexicon/once.yaml` marks `background` (asylum),
    naming whom: told as background ('the first trip since X was ousted and granted asylum') it still recalls
    that one occurrence, which resolution joins (`resolve/events/recurring.py`). A kind marked `background:
    dated` only where its own words date it; `background: own` (a ruler's fall) whatever its own words date it
    to, or undated ('following the overthrow of X in March', 'since ousting X in 2021', 'after the fall of X's
    regime', 'the change of power in Y in late 2021'): `recalled` keeps only a time of its own words.
    Power changing hands told by whom it brought in alone ('after Y's government came to power on March 3':
    extract/power.py), naming neither whom it removed nor the state, is kept only where its own words give its
    day (`day`): it tells no removal the store could join otherwise ('when X came to power')."""
    rule, lemma = draft.rule, (draft.lemma or draft.trigger.lemma).lower()
    if not draft.targets and not (draft.actors and lemma in power_words().nouns):
        return False
    mode = rule.mode.value if rule.mode is not None else None

    def kept(how: str) -> bool:
        if how == "own" and not draft.targets:
            how = "day"  # "when X came to power": whom it brought in, no more
        elif how == "own" and s is not None and not ruled(draft, lemma in power_words().nouns, s):
            how = "day"  # "since the fall of Kabul": a city fell, no ruler
        return how in ("always", "own") or (s is not None and own_time(draft, s, day=how == "day"))

    return any(rule.type == t and (m is None or mode == m) and (not w or lemma in w) and kept(how)
               for t, m, w, how in _once_kinds())


RULED = (EntityType.PERSON, EntityType.ORG, EntityType.GROUP)  # a ruler, a regime, a government


def ruled(draft: Draft, power: bool, s: Parsed) -> bool:
    """Whom a removal told in passing is done to is a ruler or a regime (a person, an organisation, a group; a
    word naming one told before: its type is the sentence's to know, `Parsed.typed`), or, where power changes
    hands, the state ('the change of power in Y'): 'the fall of Kabul', 'the collapse of the talks in Geneva'
    name a place, and 'the defeat of Y' a state, no ruler removed."""
    allowed = (*RULED, EntityType.STATE) if power else RULED
    return any(s.typed.get(t) in allowed or t not in s.typed for t in draft.targets)


def own_time(draft: Draft, s: Parsed, day: bool = False) -> bool:
    """The draft's time is told by its own words ('ousting X in 2021'), not the sentence's; `day`: to the day
    ('on March 3', not 'on Monday')."""
    time = draft.time
    if time is None or (day and (time.day is None or time.kind is TimeKind.WEEKDAY)):
        return False
    power = (draft.lemma or draft.trigger.lemma).lower() in power_words().nouns
    top = draft.words[0] if power else draft.trigger  # "came to power", "the change of power"
    return set(re.findall(r"\w+", time.text.lower())) <= {x for w, _ in s.subtree(top)
                                                          for x in re.findall(r"\w+", w.text.lower())}


def recalled(draft: Draft, s: Parsed) -> Draft:
    """A once-only fact told as background keeps only a time of its own words ('since X was ousted in 2024');
    the sentence's time is the main event's ('the first visit since X's fall took place in May')."""
    draft.passing = True
    if draft.time is not None and not own_time(draft, s):
        draft.time = None
        draft.time_ref = None
    if not draft.fought:
        draft.targets = [t for t in draft.targets if not describes_another(t, draft.targets, s)]
    return draft


DESCRIBING = ("compound", "amod", "npadvmod", "nmod")  # "Moscow ally X", "Russian-backed X"


def describes_another(target: int, targets: list[int], s: Parsed) -> bool:
    """A party named only in the description of another party of the fact ('the ouster of long-time Moscow ally
    X', 'the fall of Russian-backed X': whose ally, who backed them) is no party to it: its words only modify a
    noun whose phrase names another of the targets. 'The fall of the Vell regime' (no other party under
    'regime') keeps Vell."""
    words = [i for i, m in s.mention_at.items() if m == target]
    if not words:
        return False
    top = next((s.by_i[i] for i in words if s.by_i[i].head not in words), None)
    while top is not None and top.dep in DESCRIBING and (above := s.head(top)) is not None and top.i != above.i:
        top = above
        if top.dep not in DESCRIBING:
            break
    if top is None or top.i in words:
        return False
    others = {s.mention_at[w.i] for w, _ in s.subtree(top) if w.i in s.mention_at} - {target}
    return bool(others & set(targets))


def goes_on(draft: Draft, s: Parsed) -> bool:
    """The trigger's verb tells a later act of the story ('broke off relations, and has since ended all aid',
    'later scrapped the deal'): an adverb of what came next on the verb itself."""
    return draft.trigger.pos == "VERB" and any(
        a.text.lower() in NARRATIVE_ADVERBS | {"since"} for a in s.kids(draft.trigger, "advmod"))


def merge_same_kind(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'The visit by the ministers marked the first official trip to Russia': two words for one visit.
    Only for triggers with the same type and mode (a visit, a phone call), and no second place; not two
    occurrences a sentence tells apart (`told_apart`: 'X, who first visited Kenya in May, is on his second
    visit')."""
    kept: list[Draft] = []
    for draft in drafts:
        twin = next((k for k in kept if k.rule == draft.rule and (draft.rule.mode or elaborates(k, draft, s))
                     and k.modality == draft.modality
                     and (k.location is None or draft.location is None or k.location == draft.location)
                     and not told_apart(k, draft, s) and not own_objects(k, draft, s) and not own_subjects(k, draft, s)
                     and not goes_on(draft, s) and not done_to_antecedent(draft, draft.trigger, s)), None)
        if twin is None:
            kept.append(draft)
            continue
        twin.actors += [a for a in draft.actors if a not in twin.actors]
        twin.targets += [t for t in draft.targets if t not in twin.targets]
        twin.location = twin.location if twin.location is not None else draft.location
        twin.time = twin.time or draft.time
        twin.words += draft.words
    return kept


def elaborates(first: Draft, draft: Draft, s: Parsed) -> bool:
    """'Jets began bombing the towns in 2015 and kept the regime standing, hitting hospitals and markets': a
    participle clause with no subject of its own that tells an act of the same kind as one the sentence told
    before it, by none but that act's parties (and places: 'across X and Y') and at no other time, tells more of
    that act, not another."""
    word = draft.trigger
    return word.tag == "VBG" and word.dep == "advcl" and first.trigger.i < word.i and \
        not s.kids(word, "nsubj", "nsubjpass", "mark") and draft.time in (None, first.time) and bool(draft.actors) and \
        set(draft.actors) <= set(first.actors) and all(
            t in first.actors or t in first.targets or s.typed.get(t) in (EntityType.PLACE, EntityType.FACILITY)
            for t in draft.targets)


def nouns_in_place(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """A noun trigger is its own event only where the sentence reports it: as subject or object of a verb
    that is no trigger ('the visit took place', 'noted an agreement'), or standing alone. Inside a verb
    trigger's arguments it is that event ('deposed by a rebel offensive', 'airstrikes killed'); as a
    modifier or after 'after/since/following ...' it is background and adds no event ('the first visit
    since the fall of the regime')."""
    by_i = {d.trigger.i: d for d in drafts}
    background = frames().background_preps
    kept: list[Draft] = []
    told_in_passing: set[int] = set()
    for draft in drafts:
        if draft.trigger.pos not in ("NOUN", "PROPN"):
            kept.append(draft)
            continue
        noun = stand_in(draft.trigger, s)  # "ten days of war games": where "days" stands
        head = s.head(noun)
        if noun.dep in ("poss", "compound", "amod", "nmod", "npadvmod") and head is not None:
            continue  # "the Moscow talks' agenda", "visit dates"
        if head is not None and (noun.dep == "pobj" or (noun.dep == "dobj" and head.dep == "prep")):
            # (a participle used as a preposition takes an object: "eased following the general's removal")
            owner, prep = s.head(head), head.text.lower()
            if prep in background and owner is not None and _own_actors(draft, drafts, s):
                kept.append(draft)  # "thanked Moscow following Israeli intervention": another actor's act
                continue
            if prep in background and owner is not None and once_only(draft, s):
                kept.append(recalled(draft, s))  # "following the asylum given to X": the one asylum, recalled
                told_in_passing.add(id(draft))
                continue
            if owner is not None and owner.pos in ("NOUN", "PROPN") and prep not in background and draft.fought:
                kept.append(recalled(draft, s))  # "a reference to X's offensive against Y": that offensive
                continue
            if owner is not None and owner.pos in ("NOUN", "PROPN") and prep in OCCASION_PREPS and len(drafts) == 1:
                kept.append(draft)  # "X and Y pose for a photo during their meeting": the one event told
                continue
            if owner is None or prep in background or owner.pos in ("NOUN", "PROPN"):
                continue  # "since the fall of X"; "demands for the return of X": background, or what is asked
            if owner.i in by_i and prep == "with" and draft.rule.type in frames().cooperation and \
                    by_i[owner.i].rule.type != draft.rule.type:
                continue  # "fled with the assistance of Russian forces": the helpers did not flee
            if owner.i in by_i and prep == "at" and occasion_of_an_act(draft, by_i[owner.i], s):
                kept.append(draft)  # "signed a treaty at their first summit": the summit and the signing
                continue
            if owner.i in by_i:
                absorb(by_i[owner.i], draft)  # "deposed by a rebel offensive", "arrived on a visit"
                continue
            if owner.pos in ("VERB", "AUX") and prep in ("during", "at", "amid") and any(
                    d is not draft and same_clause(d.trigger, owner, s) for d in drafts):
                continue  # "during the talks, X thanked Y": the setting of what the clause reports
        elif head is not None and head.i in by_i and head.i != noun.i and noun.dep in (
                "nsubj", "nsubjpass", "dobj", "attr", "oprd", "agent") and (
                noun.dep not in ("nsubj", "nsubjpass") or by_i[head.i].rule.type == draft.rule.type):
            absorb(by_i[head.i], draft)  # "Russian airstrikes killed ...": one assault
            continue
        kept.append(draft)
    return dating_nothing(kept, told_in_passing)


def dating_nothing(drafts: list[Draft], told_in_passing: set[int]) -> list[Draft]:
    """A once-only fact kept as background (`once_only`: 'following the overthrow of X, Y began withdrawing')
    is one more source of that occurrence, not the occasion of the sentence's main fact: what it tells is
    not dated by it (as when the fact was dropped), whatever date the fall has."""
    for draft in drafts:
        if draft.time_ref is not None and id(draft.time_ref) in told_in_passing:
            draft.time_ref = None
    return drafts


OCCASION_PREPS = {"during", "at"}  # "a handshake during their talks": the talks took place, the noun is their setting


def _own_actors(draft: Draft, drafts: list[Draft], s: Parsed) -> bool:
    """The event's own words name an actor ("Israeli intervention", "an offensive by Turkey") that none of the
    sentence's other events has ("their meeting" names nobody: a pronoun points back)."""
    others = {i for d in drafts if d is not draft for i in [*d.actors, *d.targets]}
    named = {s.mention_at[w.i] for w, _ in s.subtree(draft.trigger) if w.i in s.mention_at}
    return bool(set(draft.actors) & named - others)


def same_clause(token: Token, verb: Token, s: Parsed) -> bool:
    """The token is the verb, hangs from it, or governs it."""
    return token.i == verb.i or verb.i in {a.i for a in s.ancestors(token)} or \
        token.i in {a.i for a in s.ancestors(verb)}


def stand_in(noun: Token, s: Parsed) -> Token:
    """The word whose place in the sentence an event noun takes: itself, or the noun that only counts or
    measures it ('launched ten days OF war games', 'a round OF talks')."""
    for _ in range(3):
        prep = s.head(noun) if noun.dep == "pobj" else None
        owner = s.head(prep) if prep is not None and prep.text.lower() == "of" else None
        if owner is None or owner.pos != "NOUN" or owner.lemma.lower() not in references().partitives:
            return noun
        noun = owner
    return noun


def _describes(clause: Token, noun: Token, s: Parsed, triggers: set[int]) -> bool:
    """'the authorities who ousted Moscow's ally', 'Assad, who enjoyed Moscow's support': a relative clause
    describing a party, not an infinitive giving a purpose ('a rally to protest ...') nor one about an event,
    nor one that goes on with the story ('Russia, which subsequently began patrols': what came next)."""
    return clause.dep == "relcl" and noun.pos in ("NOUN", "PROPN") and noun.i not in triggers and not any(
        c.dep == "aux" and c.text.lower() == "to" for c in s.kids(clause)) and not any(
        c.dep == "advmod" and c.text.lower() in NARRATIVE_ADVERBS for c in s.kids(clause))


PURPOSE_MARKS = ({"so", "that"}, {"lest"})  # "sent ships so that the rebels could not attack": what it was for


def _purpose(clause: Token, s: Parsed) -> bool:
    """A clause that says what its head's act was for ("so that the rebels could not attack", "lest ...")."""
    marks = {c.text.lower() for c in s.kids(clause, "mark")}
    return clause.dep == "advcl" and any(m <= marks for m in PURPOSE_MARKS)


def _subordinator(word: Token, clause: Token) -> bool:
    """The word that makes the clause subordinate: a conjunction ("after he fled"), or "when" the parser takes
    for an adverb of the clause ("when rebels seized the city, he fled")."""
    return word.dep == "mark" or (word.dep == "advmod" and word.tag == "WRB" and word.i < clause.i)


def without_background_clauses(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Sharaa, on his second visit since ousting Assad, thanked Putin' reports the visit and the thanks;
    'the delegation was received by Putin after meeting Lavrov' the reception; 'envoys arrived for talks with
    the authorities who ousted Moscow's ally' the arrival. A temporal or causal clause (when, after, since,
    as, because ...) or a relative clause describing a party only gives background, and adds no event, when
    the clause it hangs from reports one; 'Russia lost an ally when Assad was deposed' keeps the deposition."""
    marks = frames().background_marks
    # an act PLOVER does not type (an appointment, a government formed: extract/acts.py) is told beside the
    # sentence's other facts, never as what makes them background ("the week the rebels took the camp, X said
    # he would form a government": the taking stays a fact)
    triggers = {d.trigger.i for d in drafts if d.rule.kind is None}
    for d in drafts:  # "the call came after ...": the clause of "came" reports the call
        head = s.head(d.trigger)
        if d.trigger.pos in ("NOUN", "PROPN") and head is not None and d.trigger.dep in ("nsubj", "nsubjpass", "dobj"):
            triggers.add(head.i)
    kept, described = [], {}
    told_in_passing: set[int] = set()
    for draft in drafts:
        node, background, there = draft.trigger, False, False
        for governor in s.ancestors(draft.trigger):
            marked = (node.dep == "advcl" and any(_subordinator(c, node) and c.text.lower() in marks
                                                  for c in s.kids(node))) \
                or (node.dep == "pcomp" and governor.text.lower() in marks) or _describes(node, governor, s, triggers) \
                or _purpose(node, s)
            if marked and node.dep == "relcl" and told_there(node, governor, s, triggers):
                node, there = governor, True  # what happened where an event was held: background if it is
                continue
            if marked:
                background = any(a.i in triggers for a in [governor, *s.ancestors(governor)])
                if node.dep == "relcl" and (recounted(draft, node, s) or said_aside(draft, node, governor, s)
                                            or done_to_antecedent(draft, node, s)
                                            or pact_terms(draft, node, governor, s)):
                    background = False  # "X, who first visited Kenya in May, met Y": the May visit, its own event
                elif not background and node.dep == "relcl":
                    described[id(draft)] = node
                break
            node = governor
        if not background or dated_aside(draft, s) or _turned_on_its_doer(draft, s):
            kept.append(draft)
        elif not there and (once_only(draft, s) or draft.fought):  # the asylum, "after X's troops took the valley"
            kept.append(recalled(draft, s))
            told_in_passing.add(id(draft))
    return dating_nothing([d for d in kept if not _aside(d, described, kept, s)], told_in_passing)


def _turned_on_its_doer(draft: Draft, s: Parsed) -> bool:
    """'X took the town before being driven out a year later': a passive gerund after a preposition of time,
    done by nobody named to the one acting in the clause above (`participants.shared_patient`), is another's
    act on that party, a fact of its own, not background to the act above."""
    return draft.trigger.dep == "pcomp" and bool(s.kids(draft.trigger, "auxpass")) and not draft.actors \
        and bool(draft.targets)


GATHERINGS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "session"})
WHEN_MARKS = frozenset({"when", "as", "while"})


def gathering_named_again(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'When the two leaders met there in July, the talks were hosted by X': a meeting told in a temporal clause
    and named again by the main clause ("the talks", "the meeting", subject or object of its verb of meeting)
    is one fact: the main clause adds who hosted it, the clause who met, so its parties join the main event's
    instead of being dropped as background (`without_background_clauses`)."""
    gone: set[int] = set()
    for main in drafts:
        verb = main.trigger
        if main.rule.type != EventType.CONSULT or verb.pos != "VERB" or not any(
                o.lemma.lower() in GATHERINGS and any(d.text.lower() in ("the", "their")
                                                      for d in s.kids(o, "det", "poss"))
                for o in s.kids(verb, "nsubj", "nsubjpass", "dobj")):
            continue
        for clause in drafts:
            word = clause.trigger
            if clause is not main and id(clause) not in gone and clause.rule.type == EventType.CONSULT and \
                    word.dep == "advcl" and s.head(word) is verb and any(
                    c.text.lower() in WHEN_MARKS for c in s.kids(word, "mark", "advmod")):
                absorb(main, clause)
                gone.add(id(clause))
    return [d for d in drafts if id(d) not in gone]


def dated_aside(draft: Draft, s: Parsed) -> bool:
    """An act told in a temporal clause under another event, with a party of its own and a day in its own words
    ('X came under pressure after Y phoned him on Sunday'), is an event of its own: the clause says when it
    happened, not only when the main event did."""
    time = draft.time
    return bool(draft.actors) and time is not None and time.day is not None and draft.time_ref is None and \
        own_time(draft, s)


RECOUNTING_ADVERBS = {"first", "last", "previously"}  # "who last met Ruto in 2023": one occurrence, told again


def recounted(draft: Draft, clause: Token, s: Parsed) -> bool:
    """A relative clause on a party that tells one occurrence of a series, with a time of the clause's own words,
    is an event of its own, not a description of the party: 'Abiy, who first visited Nairobi in May, met Ruto',
    'X, who last met Y in 2023, ...' (a number, `attach_time.ordinal_of`, or "first", "last", "previously").
    'Assad, who was ousted in 2024' (no number), 'who first visited Kenya' and 'who is making his second trip'
    (no time of its own), and a clause on a noun naming no party (no actor found) stay background."""
    words = {w.i: w.text.lower() for w, _ in s.subtree(clause)}
    time = draft.time
    own_time = time is not None and draft.time_ref is None and set(time.text.lower().split()) <= set(words.values())
    numbered = draft.trigger.i in words and ordinal_of(draft.trigger, s) is not None
    adverb = any(c.text.lower() in RECOUNTING_ADVERBS for v in (draft.trigger, clause) for c in s.kids(v, "advmod"))
    return bool(draft.actors) and (numbered or adverb) and own_time


def done_to_antecedent(draft: Draft, clause: Token, s: Parsed) -> bool:
    """'lifted the curbs that Congress imposed in 1992', 'sanctions which the bloc had imposed on X': a relative
    clause whose verb is the draft's trigger and whose pronoun is its object tells a named party's act on the noun
    (`syntax.relative_object`), an event of its own, not a description of a party ('the envoy who met X'), when
    the noun is what types the verb (a phrase or pattern of the verb and the noun: 'impose sanctions'); a verb
    typed alone ('the sites that it linked to X', 'the crash, which it blames on Y') stays a description."""
    antecedent = relative_object(clause, s) if clause.i == draft.trigger.i else None
    return antecedent is not None and antecedent.i in {w.i for w in draft.words} and bool(draft.actors)


STATEMENTS = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.REQUEST, EventType.THREATEN})


TERMS_PREPS = frozenset({"under", "by"})  # "an accord under which X will ...": what the pact binds X to


def pact_terms(draft: Draft, clause: Token, noun: Token, s: Parsed) -> bool:
    """'signed an accord with Y under which X will help train Y's army': a relative clause on a pact, opened by
    "under / by which", with a subject of its own that is a party and a verb in the future or the conditional, tells
    the pact's terms, what a side is bound to do (PLOVER AGREE, future): a fact of its own, not a description of
    the pact; a promise of cooperation there is that AGREE (`promised_when_future`)."""
    opened = any(p.text.lower() in TERMS_PREPS and any(o.text.lower() == "which" for o in s.kids(p, "pobj"))
                 for p in s.kids(clause, "prep"))
    subject = [w for c in s.kids(clause, "nsubj") for w, _ in s.subtree(c) if w.i in s.mention_at]
    bound = draft.modality in (Modality.FUTURE, Modality.HYPOTHETICAL) or any(
        a.text.lower() in FUTURE_AUX | HYPOTHETICAL_AUX for a in s.kids(clause, "aux"))
    if noun.lemma.lower() not in references().pacts or not opened or not subject or not draft.actors or not bound:
        return False
    if draft.rule.type in frames().promised_when_future:
        draft.rule = Trigger(EventType.AGREE, None)
    return True


def said_aside(draft: Draft, clause: Token, noun: Token, s: Parsed) -> bool:
    """A party's words, or an act with a time of its own, told in a clause set off by a comma ("the protesters,
    who accused X of ...", "Qatar, which has hosted talks since April"): news of the party's own, not a
    description of it, as "Assad, who enjoyed Moscow's support" (a state, no time) or "the authorities who
    ousted X" (no comma) are."""
    words = sorted((w for w, _ in s.subtree(clause)), key=lambda w: w.i)
    before = s.by_i.get(words[0].i - 1) if words else None
    time = draft.time
    dated = time is not None and draft.time_ref is None and \
        set(time.text.lower().split()) <= {w.text.lower() for w in words}
    return (draft.rule.type in STATEMENTS or dated) and bool(draft.actors) and before is not None and \
        before.text == "," and before.i > noun.i and words[0].text.lower() in ("who", "which") and \
        words[0].dep == "nsubj"


def told_there(clause: Token, noun: Token, s: Parsed, triggers: Container[int]) -> bool:
    """A "where" clause on the place or day of an event the sentence reports tells what happened at that event,
    not what the place is: 'X hosted A and B in Washington on Thursday, where they signed an accord' (the
    signing, an event of its own); 'the city, where X has lived since 1990' hangs from no event's words."""
    prep = s.head(noun) if noun.dep == "pobj" else None
    event = s.head(prep) if prep is not None and prep.dep == "prep" else None
    after = [w for i, w in sorted(s.by_i.items()) if i > noun.i and w.pos != "PUNCT"]
    return bool(after) and after[0].text.lower() == "where" and event is not None and event.i in triggers and \
        clause.i in {a.i for a in s.ancestors(after[0])}


def happened_there(draft: Draft, main: Draft, s: Parsed) -> bool:
    """An act of another kind told in a "where" clause on the place or day of the main event ('hosted A and B
    at the White House, where they signed a declaration'): an event of its own even with the same parties."""
    if draft.rule.type == main.rule.type or main.passing:
        return False  # "visited Russia, where he met Putin": the meeting is the visit's; a fact recalled in passing
        # with what happened there ("since X fled to Moscow, where he was granted asylum") stays one source
    for clause in [draft.trigger, *s.ancestors(draft.trigger)]:
        noun = s.head(clause)
        if clause.dep == "relcl" and noun is not None:
            return told_there(clause, noun, s, {main.trigger.i})
    return False


def told_apart(one: Draft, other: Draft, s: Parsed) -> bool:
    """Two mentions of one kind the sentence numbers differently ('his first visit', 'his second visit'), dates
    differently (each with a time of its own) or dates one from the other ('the talks came a day after the call
    with Y': `time_ref`): two occurrences."""
    if one.time_ref is other or other.time_ref is one:
        return True
    first, second = ordinal_of(one.trigger, s), ordinal_of(other.trigger, s)
    if first is not None and second is not None and first != second:
        return True
    return one.time is not None and other.time is not None and one.time.text != other.time.text


def _aside(draft: Draft, described: dict[int, Token], kept: list[Draft], s: Parsed) -> bool:
    """A relative clause describing a party or a place ("the country, where it backed X for a decade") whose
    sentence reports an event elsewhere, outside any such clause ("when the delegation landed, it marked a
    turnaround in ties with the country, where ..."), gives background, unless it has a time of its own. An act
    PLOVER does not type (extract/acts.py) is told beside the sentence's facts and makes none of them an aside."""
    clause = described.get(id(draft))
    if clause is None or draft.time is not None:
        return False
    return any(id(other) not in described and other.trigger.i != clause.i and other.rule.kind is None and
               clause.i not in {a.i for a in s.ancestors(other.trigger)} for other in kept)  # an untyped act: beside


PRESENT_TAGS = {"VBZ", "VBP"}  # "until X gives up ...": a condition; "until X withdrew" tells what happened


def _condition(trigger: Token, s: Parsed) -> bool:
    """The trigger's clause is a condition: 'if X withdraws', 'should Damascus permit it', 'had Y agreed'."""
    node = trigger
    for governor in [*s.ancestors(trigger), None]:
        if node.dep in ("advcl", "ccomp", "conj") or governor is None:
            kids = s.kids(node)
            if any(c.dep == "mark" and c.text.lower() == "if" for c in kids) or any(
                    c.dep in ("mark", "advmod") and c.text.lower() in ANY_TIME for c in kids):
                return True  # "if X withdraws", "whenever X asks for them": no occasion told
            if node.tag in PRESENT_TAGS and any(c.dep == "mark" and c.text.lower() in ("until", "till") for c in kids):
                return True  # "stays shut until X ends its support": what X must do, not done
            subject = next((c for c in kids if c.dep in ("nsubj", "nsubjpass")), None)
            if subject is not None and not s.sentence.text.rstrip().endswith("?") and any(
                    c.dep == "aux" and c.text.lower() in ("should", "had", "were") and c.i < subject.i for c in kids):
                return True  # the inverted condition: "should Damascus permit it"
        if governor is None or node.dep not in ("xcomp", "conj", "aux", "prep", "pobj", "dobj", "nsubj",
                                                "nsubjpass", "pcomp"):
            return False
        node = governor
    return False


def _foil(trigger: Token, s: Parsed) -> bool:
    """The act is named only as what was not done in place of another: 'did not intervene, choosing instead to
    offer refuge', 'instead of attacking Chad, Niger opened talks', 'rather than attacking it'."""
    kids = s.kids(trigger)
    if any(c.dep == "neg" for c in kids) and any(
            c.dep in ("advcl", "conj") and any(m.dep == "advmod" and m.text.lower() == "instead" for m in s.kids(c))
            for c in kids):
        return True
    head = s.head(trigger)
    if trigger.dep != "pcomp" or head is None:
        return False
    if head.text.lower() == "of" and any(t.i == head.i - 1 and t.text.lower() == "instead"
                                        for t in s.sentence.tokens):
        return True  # "instead of attacking"
    return head.text.lower() == "than" and any(t.text.lower() == "rather" and t.i == head.i - 1
                                              for t in s.sentence.tokens)


def without_foils(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """What a sentence names only as the alternative not taken ('did not intervene, choosing instead to offer
    him refuge') is no event: the sentence reports the act chosen."""
    if len(drafts) < 2:
        return drafts
    return [d for d in drafts if not _foil(d.trigger, s)]


TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning", "of"}
TOPIC_LINKS = {"dobj", "conj", "pcomp", "pobj", "prep", "appos", "xcomp", "ccomp", "acl", "advmod"}


def _topic_of(trigger: Token, s: Parsed, consults: dict[int, Draft]) -> Draft | None:
    """The discussion whose subject matter the trigger's words are: 'discussed [lifting sanctions]', 'talks
    on [sending aid]', 'the talks focused on [the bases]'."""
    node = trigger
    for governor in s.ancestors(trigger):
        if (node.dep not in TOPIC_LINKS and not _listed(node, s)) or (
                node.dep == "prep" and node.text.lower() not in TOPIC_PREPS):
            return None
        lemma = governor.lemma.lower()
        if governor.i in consults and lemma in frames().discussing:
            return consults[governor.i]
        if governor.pos == "VERB" and lemma in frames().focusing:
            subject = next((c for c in s.kids(governor) if c.dep == "nsubj"), None)
            return consults.get(subject.i) if subject is not None else None
        if governor.i in consults:
            return None
        node = governor
    return None


def _listed(node: Token, s: Parsed) -> bool:
    """A gerund the parser hangs as a clause of its own that is an item of a list of nouns ("discussed the
    extension of the deal, signing contracts, Kenyan support for X, and helping it ..."): no subject, and a
    noun among its conjuncts, or the next items taken for more objects of its own (two direct objects)."""
    return node.dep == "advcl" and node.tag == "VBG" and not s.kids(node, "nsubj", "nsubjpass", "mark") and (
        any(c.pos in ("NOUN", "PROPN") for c in s.kids(node, "conj")) or len(s.kids(node, "dobj")) > 1)


def without_topics(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """What a discussion is about is no event of its own ('Ruto and Macron discussed lifting sanctions on
    Somalia': one meeting; `frames.yaml`, topics)."""
    consults = {d.trigger.i: d for d in drafts if d.rule.type == EventType.CONSULT}
    if not consults:
        return drafts
    return [d for d in drafts if d.trigger.i in consults or _topic_of(d.trigger, s, consults) is None]


def without_conditions(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """What a sentence sets as a condition ('if Russia withdraws', 'should Damascus permit it') is no event:
    nobody reports it happened, was promised or asked ('X will withdraw unless Y ...' was made a threat
    before); nor is what is made to depend on one, or what it is made to depend on (`conditioned`)."""
    return [d for d in drafts if not _condition(d.trigger, s) and not conditioned(d.trigger, s)]


CONDITIONED_LINKS = {"prep", "pobj", "pcomp", "poss", "compound", "amod", "conj", "acl", "dobj", "nsubj",
                     "nsubjpass", "csubj", "xcomp", "ccomp", "advcl"}


def conditioned(trigger: Token, s: Parsed) -> bool:
    """'The EU conditioned the easing on Kenya's exit', 'easing the sanctions will depend on whether the troops
    leave': the trigger is in the subject or object of a verb of conditioning (`frames.yaml` conditioning), what is
    made to depend on something, or in its 'on' phrase, what it depends on: neither was done."""
    words = frames().conditioning
    node = stand_in(trigger, s) if trigger.pos in ("NOUN", "PROPN") else trigger
    for governor in s.ancestors(node):
        if node.dep not in CONDITIONED_LINKS:
            return False
        if governor.pos == "VERB" and governor.lemma.lower() in words:
            return node.dep in ("dobj", "nsubj", "nsubjpass", "csubj") or (
                node.dep == "prep" and node.text.lower() in ("on", "upon"))
        node = governor
    return False


def force_described(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'He led an offensive that ousted the king', 'the strike which destroyed the bridge': a relative clause
    whose subject is a use of force tells what that use of force did; one event, the clause's (it names who
    underwent it), with the noun's actors, place and time where the clause has none."""
    force = frames().force
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos in ("NOUN", "PROPN") and d.rule.type in force}
    gone: set[int] = set()
    for draft in drafts:
        head = s.head(draft.trigger)
        if draft.trigger.dep != "relcl" or draft.rule.type not in force or head is None or head.i not in nouns:
            continue
        if not any(c.dep == "nsubj" and c.pos == "PRON" for c in s.kids(draft.trigger)):
            continue  # "the offensive that Turkey launched": the noun is the clause's object, not its doer
        noun = nouns[head.i]
        if id(noun) in gone:
            continue
        draft.actors += [a for a in noun.actors if a not in draft.actors]
        draft.location = draft.location if draft.location is not None else noun.location
        draft.time = draft.time or noun.time
        draft.words += noun.words
        gone.add(id(noun))
    return [d for d in drafts if id(d) not in gone]


def without_restated_participles(drafts: list[Draft], s: Parsed, times: list[Span],
                                 event_nouns: Container[str]) -> list[Draft]:
    """'accused Peru on Wednesday of breaking the truce agreed in Quito', 'the deal signed by both sides': a
    past participle describing a noun names an event told elsewhere, no new one (and the sentence's date is
    not its date); it is one only when it states its own date ("the deal signed last year") or names the
    partners it was done with ("the agreements signed with Rome": who with whom; not "with the previous
    government", `former`), not only where ("agreed in Quito")."""
    heads = [_time_head(span, s) for span in times]

    def restating(draft: Draft) -> bool:
        word = draft.trigger
        if not described_by_participle(word, s, event_nouns):
            return False
        partners = [o for p in s.kids(word, "prep") if p.text.lower() == "with" for o in s.kids(p, "pobj")]
        if any(o.i in s.mention_at and not former(o, s) for o in partners):
            return False
        return not any(h is not None and (h.i == word.i or word in s.ancestors(h)) for h in heads)

    return [d for d in drafts if not restating(d)]


FORMER = frozenset({"previous", "former", "old", "past", "outgoing", "ousted", "deposed", "fallen"})


def former(party: Token, s: Parsed) -> bool:
    """A party named only as a former one ('the previous government', 'the ousted regime'): the deals signed with
    it are a past the sentence describes, not partners of a new act."""
    return any(m.text.lower() in FORMER for m in s.kids(party, "amod"))


def without_traffic(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'airlines flying to Asia', 'ferries sailing to the islands': an -ing participle hanging from a noun that
    names no party nor event tells where those things go, as a rule, not a visit nor a meeting of anyone's ('talks
    between X and Y, paying his first visit': the parser's attachment, a visit); people of a party ('leaders of X
    and Y, meeting in Z') are that party's."""
    events = {d.trigger.i for d in drafts}

    def traffic(draft: Draft) -> bool:
        word, noun = draft.trigger, s.head(draft.trigger)
        return draft.rule.type == EventType.CONSULT and word.tag == "VBG" and word.dep == "acl" and \
            noun is not None and noun.pos == "NOUN" and noun.i not in s.mention_at and noun.i not in events and \
            not acting_people(noun, s)  # "the ministers of X and Y, meeting in Z ...": they met
    return [d for d in drafts if not traffic(d) and not _linking(d.trigger, s)]


STATE_COMPLEMENTS = ("oprd", "ccomp", "xcomp", "acomp", "advcl")
CLAUSE_OF_ITS_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")


def without_states_left(drafts: list[Draft], s: Parsed, event_nouns: Container[str]) -> list[Draft]:
    """'The blast left twelve people dead', 'the war has left the country divided', 'the shelling left thousands
    without power': "leave" with an object and the state that object is left in tells an outcome, not a
    departure; the act that left it (a noun of an event as the subject: "the shelling") is the fact."""
    return [d for d in drafts if not left_in_a_state(d.trigger, s, event_nouns)]


def left_in_a_state(verb: Token, s: Parsed, event_nouns: Container[str]) -> bool:
    """The verb "leave" with a direct object followed by the state it is left in: an adjective or participle
    complement ("left 20 people dead", "leaves the province divided"), an adjective after the object ("left
    thousands homeless"); after a noun of an event as the subject ("the siege left the city ..."), also a bare
    participle after the object or a "without" phrase ("left the region without power"). "The envoys left
    Damascus without an agreement", "troops left the base built in 2015": people leave a place."""
    objects = s.kids(verb, "dobj")
    if verb.pos != "VERB" or verb.lemma.lower() != "leave" or not objects:
        return False
    thing = objects[0]
    if any(c.i > thing.i and c.tag in ("JJ", "VBN") and not s.kids(c, *CLAUSE_OF_ITS_OWN)
           for c in s.kids(verb, *STATE_COMPLEMENTS)) or \
            any(c.i > thing.i and c.tag == "JJ" for c in s.kids(thing, "amod")):
        return True  # not "left the city so that it would not be destroyed": a clause of its own, a purpose
    event = any(n.pos == "NOUN" and n.i not in s.mention_at and n.lemma.lower() in event_nouns
                for n in s.kids(verb, "nsubj"))
    return event and (any(c.i > thing.i and c.tag == "VBN" for c in s.kids(thing, "acl")) or
                      any(p.text.lower() == "without" for p in s.kids(verb, "prep")))


LINKING = frozenset({"connect", "link"})


def _linking(word: Token, s: Parsed) -> bool:
    """'will open a corridor through X, connecting A with B', 'a pipeline linking the two ports': an -ing
    participle of linking with no subject of its own tells what a road, a line or a pipe joins, not an act of
    cooperation ('A and B linked their power grids' is one)."""
    return word.lemma.lower() in LINKING and word.tag == "VBG" and word.dep in ("acl", "advcl") and \
        not s.kids(word, "nsubj", "nsubjpass", "aux")


def described_by_participle(word: Token, s: Parsed, event_nouns: Container[str]) -> bool:
    """'the truce agreed in Quito': a past participle hanging from the noun before it; or right after
    a noun of an event (`event_nouns`: "ceasefire", "deal") with no subject, auxiliary or subordinating word
    of its own (the parser may take it for a verb of its own clause: "accused X of breaking the truce
    agreed in Y")."""
    if word.tag == "VBN" and word.dep in ("acl", "amod"):
        noun = s.head(word)
        return noun is not None and noun.pos in ("NOUN", "PROPN") and noun.i < word.i
    before = s.by_i.get(word.i - 1)
    return (word.tag in ("VBN", "VBD") and word.dep in ("advcl", "acl", "relcl") and before is not None
            and before.pos == "NOUN" and before.lemma.lower() in event_nouns
            and not s.kids(word, "nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"))


def _time_head(span: Span, s: Parsed) -> Token | None:
    inside = [s.by_i[i] for i in range(span.token_start, span.token_end) if i in s.by_i]
    return next((t for t in inside if t.head == t.i or not span.token_start <= t.head < span.token_end), None)


REPORTED_DEPS = {"ccomp", "xcomp", "parataxis", "nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "attr", "oprd",
                 "dative", "relcl", "acomp", "appos", "conj"}  # where a clause or noun tells what happened
ASIDE_MARKS = {"while", "whilst", "without"}  # "called for lifting sanctions while discussing the bases": how
COMPLEMENT_PREPS = {"of", "in", "about", "on", "over", "to", "for", "into"}  # "the question of X paying"
SETTING_PREPS = {"in", "at", "under", "during", "amid", "amidst", "into", "through", "throughout", "within", "from",
                 "across", "near"}  # where and in what the verb's act took place: "died in an air strike"


def reported(trigger: Token, s: Parsed) -> bool:
    """The trigger stands where the sentence tells what happened: on the line from the root through clauses,
    subjects and objects (and temporal clauses, left to `without_background_clauses`); not inside a prepositional
    phrase ("conditioned this on the expulsion of X", "tied the fighting to talks with Y"), a noun's complement
    ("efforts to provide aid"), a purpose ("sent wheat to support the regime") or a clause of manner ("while
    discussing the bases"). A phrase of setting ("put under investigation", "killed in an air strike") is on
    the line of its verb."""
    node = stand_in(trigger, s) if trigger.pos in ("NOUN", "PROPN") else trigger
    for _ in range(len(s.sentence.tokens)):
        head = s.head(node)
        if head is None:
            return True
        if node.dep == "pobj" and head.dep == "agent":
            node = s.head(head) or head  # "deposed by a rebel offensive": the passive's doer
            continue
        if node.dep in ("advcl", "acl"):
            kids = s.kids(node)
            if any(c.dep == "aux" and c.text.lower() == "to" for c in kids) or any(
                    c.dep == "mark" and c.text.lower() in ASIDE_MARKS for c in kids):
                return False  # "efforts to provide aid", "to support the regime", "while discussing"
        elif node.dep in ("pobj", "pcomp") and head.dep == "prep":
            if head.text.lower() not in SETTING_PREPS:
                return False  # "conditioned on the expulsion of X": what the verb is about
            node = s.head(head) or head  # "put under investigation", "killed in an air strike"
            continue
        elif node.dep not in REPORTED_DEPS:
            return False
        node = head
    return True


def noun_complement(trigger: Token, s: Parsed, event_nouns: Container[str], covered: Container[int] = ()) -> bool:
    """'raised the question of Russia paying compensation', 'Russia's role in aiding Assad', 'a history of
    bombing the rebels': a gerund in the complement of a noun that is no event (nor the words of one, `covered`:
    "took part in preparing the summit") names what the noun is about;
    so does an event noun that is the gerund's object ("has no intention of papering over Russia's support")."""
    node = trigger
    if trigger.pos in ("NOUN", "PROPN"):  # "no intention of papering over Italy's support": the gerund's object
        node = stand_in(trigger, s)
        while node.dep == "conj" and (first := s.head(node)) is not None:
            node = first
        head = s.head(node)
        if node.dep == "pobj" and head is not None and head.dep == "prep":
            head = s.head(head)
        elif node.dep != "dobj":
            return False
        if head is None or head.pos != "VERB":
            return False
        node = head
    while node.dep == "conj" and (first := s.head(node)) is not None:
        node = first
    prep = s.head(node)
    noun = s.head(prep) if prep is not None else None
    if node.tag != "VBG" or node.dep != "pcomp" or prep is None or noun is None or \
            prep.text.lower() not in COMPLEMENT_PREPS or noun.pos not in ("NOUN", "PROPN"):
        return False
    verb = s.head(noun)
    return noun.lemma.lower() not in event_nouns and noun.i not in covered and not (
        noun.dep == "dobj" and verb is not None and verb.i in covered)  # "took part in preparing the summit"


def without_background_mentions(drafts: list[Draft], s: Parsed, event_nouns: Container[str]) -> list[Draft]:
    """One event per fact: words that only name background add none. An event that names no actor and stands
    where the sentence does not report it (`reported`: in a prepositional phrase, a noun's complement, a purpose
    or manner clause) is what the sentence is about, not something it tells was done ("the U.S. conditioned
    sanctions relief on the expulsion of Russia"); a gerund in the complement of a noun that is no event ("the
    question of Russia paying compensation") is the noun's subject matter. 'The withdrawal of Russian forces
    began on Monday' (a subject), 'Assad was deposed by a rebel offensive' and a killing naming its victims
    ('blamed X for last week's killing of pilgrims': `Draft.fought`, extract/campaigns.py) stay."""
    covered = {w.i for d in drafts for w in [d.trigger, *d.words]}  # words of events: "took part in"
    return [d for d in drafts if not noun_complement(d.trigger, s, event_nouns, covered)
            and (d.actors or reported(d.trigger, s) or recalled_once(d, s) or d.fought or _turned_on_its_doer(d, s))]


def without_named_accords(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """A trigger word inside the name of what is its only party names that party, no event: 'every agreement with
    X, the 1991 Harbour Accord included' (a treaty's name: a document signed long before), 'opposition leaders
    met ...' (people named by the side they take: no rejection); 'the accord X signed with Y' stays."""
    def named(draft: Draft) -> bool:
        word = draft.trigger
        own = s.mention_at.get(word.i)
        if own is None or word.pos not in ("NOUN", "PROPN") or not set(draft.actors) | set(draft.targets) <= {own}:
            return False
        return (draft.rule.type == EventType.AGREE and word.text[:1].isupper()) or \
            mentions[own].type in (EntityType.GROUP, EntityType.PERSON)
    return [d for d in drafts if not named(d)]


def recalled_once(draft: Draft, s: Parsed) -> bool:
    """A once-only fact kept as background (`once_only`: 'following the overthrow of X in March', 'since ousting X
    in 2021'), right under the background word ('after', 'since', 'following' ...): the sentence tells it as the
    time of what it reports, and it stays, one more source of that occurrence."""
    node = stand_in(draft.trigger, s) if draft.trigger.pos in ("NOUN", "PROPN") else draft.trigger
    head = s.head(node)
    return head is not None and node.dep in ("pobj", "pcomp", "dobj") and head.dep == "prep" and (
        head.text.lower() in frames().background_preps or led_to(head, s)) and once_only(draft, s)


def led_to(prep: Token, s: Parsed) -> bool:
    """The preposition hangs from a verb telling what brought the fact about ('the events that led to the
    fall of X', 'the offensive that resulted in the ouster of Y': `lexicon/once.yaml`, `led_to`): the fact
    is told as having happened, the time of what brought it."""
    verb = s.head(prep)
    return verb is not None and verb.pos == "VERB" and verb.lemma.lower() in once_words("led_to")



def without_meanings(drafts: list[Draft], s: Parsed, event_nouns: Container[str]) -> list[Draft]:
    """What an event is said to signal, mark or reflect is what it means, no event of its own: 'the visit
    signalled Nairobi's readiness to cooperate', 'the call showed that Kampala is ready to help' (the object
    of a verb of `frames.yaml` signifying whose subject is an event). 'Kenya signalled its readiness to
    help' (a party signals) stays."""
    events = {w.i for d in drafts for w in [d.trigger, *d.words]}
    signifying = frames().signifying

    def meaning(draft: Draft) -> bool:
        node = stand_in(draft.trigger, s) if draft.trigger.pos in ("NOUN", "PROPN") else draft.trigger
        if node.dep == "acomp" and (copula := s.head(node)) is not None:
            node = copula  # "showed that Kampala is ready to help": the clause is the copula's
        while node.dep == "conj" and (first := s.head(node)) is not None:
            node = first
        verb = s.head(node)
        if verb is None or node.dep not in ("dobj", "ccomp") or verb.lemma.lower() not in signifying:
            return False
        subject = next((c for c in s.kids(verb) if c.dep == "nsubj"), None)
        return subject is not None and subject.pos in ("NOUN", "PROPN") and (
            subject.i in events or subject.lemma.lower() in event_nouns)

    return [d for d in drafts if not meaning(d)]


def parts_folded(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Erdogan's visit to Moscow included talks with Putin', 'the trip featured a meeting with the emir': an
    event that another event (the subject of a verb of `frames.yaml` including) is said to hold is part of it,
    one event with the parties of both."""
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos in ("NOUN", "PROPN")}
    gone: set[int] = set()
    for draft in drafts:
        node = stand_in(draft.trigger, s) if draft.trigger.pos in ("NOUN", "PROPN") else None
        while node is not None and node.dep == "conj" and (first := s.head(node)) is not None:
            node = first
        verb = s.head(node) if node is not None and node.dep == "dobj" else None
        if verb is None or verb.lemma.lower() not in frames().including:
            continue
        whole = next((nouns[c.i] for c in s.kids(verb, "nsubj") if c.i in nouns), None)
        if whole is not None and whole is not draft and id(whole) not in gone and whole.modality is draft.modality:
            absorb(whole, draft)
            gone.add(id(draft))
    return [d for d in drafts if id(d) not in gone]


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """The verbs of `frames.yaml` speech ("said", "stated", "told")."""
    return frozenset(lemma for lemma, kinds in frames().verbs.items() if "speech" in kinds)


def _said_of(verb: Token, s: Parsed) -> bool:
    """The verb's clause is what someone says: the complement of a verb of speech ("stated that sanctions have
    lost ..."), or a clause a verb of speech is set beside ("sanctions have lost all meaning, he said")."""
    speech = _speech_verbs()
    head = s.head(verb)
    if verb.dep in ("ccomp", "parataxis") and head is not None and head.lemma.lower() in speech:
        return True
    return any(c.lemma.lower() in speech for c in s.kids(verb, "parataxis"))


def standing_state(draft: Draft, s: Parsed, triggers: Container[int]) -> bool:
    """The draft is a standing state (`frames.yaml` standing: sanctions, ties, a presence) named as the subject of
    what a statement says of it ("X said Western sanctions have lost all meaning"), by a verb that is no event
    and tells no change of it (not "began", "ended"), with no time in that clause: the statement talks about the
    state; it does not report it."""
    nouns, changes = frames().standing, frames().standing_changes
    word = draft.trigger
    if word.pos not in ("NOUN", "PROPN") or word.lemma.lower() not in nouns:
        return False
    node = stand_in(word, s)
    while node.dep == "conj" and (first := s.head(node)) is not None:
        node = first
    verb = s.head(node)
    if node.dep not in ("nsubj", "nsubjpass") or verb is None or verb.i in triggers or \
            verb.pos not in ("VERB", "AUX") or verb.lemma.lower() in changes or not _said_of(verb, s):
        return False
    if draft.time is None:
        return True
    clause = {w.text.lower() for w, _ in s.subtree(verb)}
    return not set(draft.time.text.lower().split()) <= clause  # "said the sanctions ended on Monday": its own


def without_standing(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """One event per fact: a standing state that a statement talks about (`standing_state`) is no event of a
    sentence that reports another ("stated that Western sanctions have lost all meaning and called for lifting
    them": the call)."""
    triggers = {w.i for d in drafts for w in [d.trigger, *d.words]}
    gone = {id(d) for d in drafts if standing_state(d, s, triggers)}
    if not gone or len(gone) == len(drafts):
        return drafts
    return [d for d in drafts if id(d) not in gone]


SETTING_OF_SPEECH = {"at", "during", "on"}  # "speaking at the summit", "told reporters on the sidelines of ..."
SPEAKING = {"speak", "talk"}  # verbs of speaking that frames.yaml's speech class (that-clauses) lacks


def speech_setting(draft: Draft, s: Parsed) -> bool:
    """A gathering named only as where someone spoke ("speaking at the Global Trade Summit, the minister said
    ...", "told reporters at the summit"), naming no party but itself, is the statement's setting: the
    sentence reports what was said, not the gathering. "Said at his meeting with X" names a partner and
    stays."""
    word = draft.trigger
    if word.pos not in ("NOUN", "PROPN") or draft.rule.type != EventType.CONSULT:
        return False
    node = stand_in(word, s)
    prep = s.head(node)
    if node.dep != "pobj" or prep is None or prep.text.lower() not in SETTING_OF_SPEECH:
        return False
    verb = s.head(prep)
    if prep.text.lower() == "on" and verb is not None and verb.lemma.lower() == "sideline":  # "on the sidelines of"
        verb = s.head(s.head(verb) or verb)
    speech = _speech_verbs()
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in speech | SPEAKING or \
            any(c.dep == "prep" and c.text.lower() == "with" for c in s.kids(verb)):
        return False  # "spoke with X at the summit": a meeting
    own = {s.mention_at[w.i] for w, _ in s.subtree(word) if w.i in s.mention_at}
    if set(draft.targets) <= own and not _names_a_partner(word, s):
        return True  # "he said at a meeting in Voskepar": the speaker was there, with nobody named
    return set(draft.actors) | set(draft.targets) <= own


def _names_a_partner(noun: Token, s: Parsed) -> bool:
    """'his meeting with X', 'talks between A and B', 'Putin's meeting': the gathering's own words name who
    took part in it."""
    return bool(s.kids(noun, "poss")) or any(p.text.lower() in ("with", "between") for p in s.kids(noun, "prep"))


def spoken_to_nobody(draft: Draft) -> bool:
    """'The minister spoke to the nation', 'talked to state television': a verb of speaking (`SPEAKING`) is a
    consultation only with a party spoken to ("spoke to her Kenyan counterpart") or between parties speaking
    together ("A and B spoke by phone"); spoken to no party it is a statement, no event."""
    return draft.rule.type == EventType.CONSULT and draft.trigger.pos == "VERB" and \
        draft.trigger.lemma.lower() in SPEAKING and not draft.targets and len(set(draft.actors)) < 2


def without_speech_settings(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """One event per fact: a gathering that is only where a statement was made adds no event
    (`speech_setting`)."""
    return [d for d in drafts if not speech_setting(d, s)]


def _negotiated(draft: Draft, s: Parsed, consults: dict[int, Draft]) -> bool:
    """The trigger is an infinitive that says what a discussion is for: hung on the discussion's verb ("negotiated
    with X to buy jets", "held talks to end the war") or on the verb whose phrase holds it ("has been in talks
    with X to deploy troops"): what is being negotiated, not something done."""
    word = draft.trigger
    if word.dep not in ("advcl", "xcomp", "acl") or not s.kids(word, "aux") or \
            not any(c.text.lower() == "to" for c in s.kids(word, "aux")):
        return False
    verb = s.head(word)
    if verb is None:
        return False
    discussing = frames().discussing
    if verb.i in consults and verb.lemma.lower() in discussing | NEGOTIATING:
        return True
    held = [o for p in s.kids(verb, "prep") for o in s.kids(p, "pobj")] + s.kids(verb, "dobj")
    return any(o.i in consults and o.lemma.lower() in discussing | NEGOTIATING for o in held)


NEGOTIATING = frozenset({"negotiate", "talk", "negotiation", "bargain"})  # "negotiated with X to buy jets"


def without_negotiated(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """One event per fact: what a discussion is held to achieve ("has been in talks with Addis Ababa to deploy
    troops") is its subject matter, no event of its own (and not one that happened): the sentence reports the
    talks (`_negotiated`)."""
    consults = {d.trigger.i: d for d in drafts if d.rule.type == EventType.CONSULT}
    if not consults:
        return drafts
    return [d for d in drafts if d.trigger.i in consults or not _negotiated(d, s, consults)]


CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})  # "..., a charge X rejected": X's answer
REJECTING = frozenset({"reject", "deny", "dismiss", "refute"})


def charges_rejected(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """'X said the envoy was being held hostage, a charge Y rejected': a statement the sentence names a charge (an
    accusation, an allegation) that another side rejects in a relative clause on that noun is an accusation of its
    own, the speaker's against the side that rejects it, beside the rejection (PLOVER codes both). Returns the
    drafts with the accusation added where none is told on that noun."""
    made = []
    for draft in drafts:
        noun = s.head(draft.trigger)
        if draft.rule.type != EventType.REJECT or draft.trigger.dep != "relcl" or noun is None or \
                noun.lemma.lower() not in CHARGES or draft.trigger.lemma.lower() not in REJECTING or \
                any(d.trigger.i == noun.i for d in drafts):
            continue
        verb = next((a for a in s.ancestors(noun) if a.lemma.lower() in SPEECH_VERBS), None)
        subject = subject_of(verb, s) if verb is not None else None
        speakers = [i for i in refer(subject, s, mentions) if i not in draft.actors] if subject is not None else []
        if verb is not None and speakers and draft.actors and all(d.trigger.i != verb.i for d in drafts):
            made.append(Draft(noun, Trigger(EventType.ACCUSE, None), [verb, noun], actors=speakers,
                              targets=list(draft.actors), modality=draft.modality))
    return drafts + made
