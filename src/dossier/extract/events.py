"""Event mentions from the dependency parse: who did what to whom, where and when, coded in PLOVER.

For each sentence: triggers come from the lexicon (verbs, nouns, "verb object" phrases); actors
are the subject (or the agent of a passive: "was called by Putin"), targets the object, the
passive subject or the partner ("met with X", "talks between X and Y"); the location is a place
after in/at/to; the time is the date expression attached to the trigger or to the clause above
it. Coordinated triggers of one type ("arrived in Damascus and met with ...") make one mention.
Modality marks what did not happen as reported: negated, future, hypothetical.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from dossier.extract.attribution import credited, source_mentions, without
from dossier.extract.syntax import SPEECH_VERBS, Parsed, refer, subject_of
from dossier.extract.time import parse_time
from dossier.lexicon import Trigger, TriggerLexicon
from dossier.models import (
    ActorMention,
    AnalysedArticle,
    EntityType,
    EventMention,
    Modality,
    Span,
    TimeExpr,
    TimeKind,
    Token,
)

NOT_AN_EVENT = "NONE"  # lexicon type of phrases that look like triggers but are not ("strike a tone")
GROUP_NOUNS = {"delegation", "team", "group", "mission", "entourage"}
ADDRESSEE_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}
LIGHT_VERBS = {"hold", "have", "make", "pay", "conduct", "carry", "launch", "stage", "give", "receive", "express"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
PARTNER_PREPS = {"with", "to", "against", "on", "between", "among", "toward", "towards", "from", "for"}
PLACE_PREPS = {"in", "at", "to", "into", "inside", "near", "outside"}
ACTOR_PREPS = {"by", "of", "between", "among"}  # for nominal triggers: "the visit by X", "a call between X and Y"
FUTURE_AUX = {"will", "shall", "'ll"}
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "should", "can", "must"}
FUTURE_GOVERNORS = {"plan", "expect", "schedule", "intend", "set", "prepare", "aim", "due", "going", "arrange"}
HYPOTHETICAL_GOVERNORS = {"hope", "want", "wish", "seek", "try", "consider", "propose", "suggest", "ask", "urge",
                          "demand", "call", "push", "press", "would", "like", "need", "threaten", "refuse", "offer"}
FUTURE_MODIFIERS = {"upcoming", "planned", "scheduled", "forthcoming", "future", "next", "expected"}
HYPOTHETICAL_MODIFIERS = {"potential", "possible", "proposed", "hypothetical", "prospective", "likely"}
CONDITION_MARKS = {"if", "unless", "whether", "should"}
# A date inside "since X", "after X" dates X, not the event it modifies.
FIRST_CLAIM = re.compile(r"\bfirst\b(?:\s+[\w-]+){0,3}?\s+(?:visit|trip|contact|engagement|meeting|talks|call|"
                         r"delegation|encounter)", re.IGNORECASE)
EVENT_TIME_PREPS = {"during", "following", "after", "at", "amid", "on"}  # "during the visit"
TIME_BARRIERS = {"since", "after", "before", "until", "following", "prior", "till", "ahead"}
@dataclass
class _Draft:
    trigger: Token
    rule: Trigger
    words: list[Token]
    actors: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    location: int | None = None
    time: TimeExpr | None = None
    modality: Modality = Modality.ASSERTED
    time_ref: _Draft | None = None  # the event this one is dated by ("during the visit")


def event_mentions(analysed: AnalysedArticle, mentions: list[ActorMention],
                   lexicon: TriggerLexicon) -> list[EventMention]:
    """Every event mention of an article; `mentions` are its actor mentions (indices are kept)."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    found: list[EventMention] = []
    times_by_sentence: dict[int, list[Span]] = defaultdict(list)
    for span in analysed.times:
        times_by_sentence[span.sentence].append(span)
    sources = source_mentions(mentions, [analysed.article.outlet.value or ""])  # outlets, unnamed sources
    for sentence in analysed.sentences:
        parsed = Parsed(sentence, mentions, by_sentence.get(sentence.index, []))
        times = times_by_sentence.get(sentence.index, [])
        found += _sentence_events(analysed, parsed, mentions, times, lexicon, len(found), sources)
    return found


def _sentence_events(analysed: AnalysedArticle, s: Parsed, mentions: list[ActorMention], times: list[Span],
                     lexicon: TriggerLexicon, first_index: int,
                     sources: frozenset[int] = frozenset()) -> list[EventMention]:
    drafts = _triggers(s, lexicon)
    if not drafts:
        return []
    for draft in drafts:
        _participants(draft, s, mentions)
        draft.actors += _speaker(draft.trigger, s, mentions)
        draft.modality = _modality(draft.trigger, s)
    credits = credited(s, mentions, sources)  # who the report is credited to is no party (extract/attribution.py)
    for draft in drafts:
        draft.actors, draft.targets = without(draft.actors, credits), without(draft.targets, credits)
    _attach_times(drafts, s, times)
    drafts = _merge_same_kind(_fold_subordinates(_merge_coordinated(drafts, s), s))
    events = []
    kept = [d for d in drafts if d.actors or d.targets]
    position = {id(d): first_index + k for k, d in enumerate(kept)}
    for draft in kept:
        actors = tuple(dict.fromkeys(draft.actors))
        targets = tuple(dict.fromkeys(t for t in draft.targets if t not in actors))
        start = min(w.idx for w in draft.words)
        last = max(draft.words, key=lambda w: w.idx)
        end = last.idx + len(last.text)
        events.append(EventMention(
            analysed.article.id, s.sentence.index, analysed.article.text[start:end], start, end,
            draft.rule.type, draft.rule.mode, draft.modality, actors, targets, draft.location, draft.time,
            lemma=draft.trigger.lemma.lower(), tense=_tense(draft.trigger, s),
            time_ref=position.get(id(draft.time_ref)) if draft.time_ref is not None else None,
            first_claim=draft.rule.type == "CONSULT" and bool(FIRST_CLAIM.search(s.sentence.text)),
            attribution=credits))
    return events


# --- triggers ---------------------------------------------------------------------------------------


def _triggers(s: Parsed, lexicon: TriggerLexicon) -> list[_Draft]:
    drafts: list[_Draft] = []
    consumed: set[int] = set()
    for token in s.sentence.tokens:
        if token.pos == "VERB":
            draft = _verb_trigger(token, s, lexicon)
            if draft is not None:
                drafts.append(draft)
                consumed.update(w.i for w in draft.words)
    verbs = {d.trigger.i for d in drafts}
    for token in s.sentence.tokens:
        if token.i in consumed or token.pos not in ("NOUN", "PROPN"):
            continue
        draft = _noun_trigger(token, s, lexicon, verbs)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _verb_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon) -> _Draft | None:
    lemma = token.lemma.lower()
    for child in s.kids(token, "prt", "prep", "dobj"):
        if child.dep in ("prt", "prep") and not 0 < child.i - token.i <= 2:
            continue  # "On February 13th, X was called": "on" is not "call on"
        key = child.lemma.lower() if child.dep != "prep" else child.text.lower()
        rule = lexicon.phrases.get((lemma, key))
        if rule is not None:
            return _Draft(token, rule, [token, child]) if rule.type != NOT_AN_EVENT else None
    rule = lexicon.verbs.get(lemma)
    return _Draft(token, rule, [token]) if rule is not None else None


def _noun_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon, verbs: set[int]) -> _Draft | None:
    lemma = token.lemma.lower()
    compound = next((c for c in s.kids(token, "compound") if c.i == token.i - 1), None)
    rule, words = None, [token]
    if compound is not None:
        rule = lexicon.nouns.get(f"{compound.lemma.lower()} {lemma}") or lexicon.nouns.get(
            f"{compound.text.lower()} {token.text.lower()}")
        words = [compound, token]
    if rule is None:
        rule, words = lexicon.nouns.get(lemma) or lexicon.nouns.get(token.text.lower()), [token]
    if rule is None:
        return None
    head = s.head(token)
    if head is not None and head.i in verbs and token.dep in OBJECT_DEPS and head.lemma.lower() not in LIGHT_VERBS:
        return None  # "demanded the return of X": the verb is the event
    return _Draft(token, rule, words)


# --- participants ------------------------------------------------------------------------------------


def _participants(draft: _Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    trigger = draft.trigger
    if trigger.pos == "VERB":
        _verb_participants(draft, s, mentions)
    else:
        _noun_participants(draft, s, mentions)
    places = [i for i in draft.targets if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
    if draft.location is None and places and draft.rule.mode == "visit":
        draft.location = places[0]
    draft.targets = [i for i in draft.targets if i != draft.location]


def _verb_participants(draft: _Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    verb = draft.trigger
    subject = subject_of(verb, s)
    if subject is not None:
        draft.actors += refer(subject, s, mentions)
    for child in s.kids(verb):
        if child.dep == "nsubjpass":
            draft.targets += refer(child, s, mentions)
        elif child.dep == "agent":
            for pobj in s.kids(child, "pobj"):
                draft.actors += refer(pobj, s, mentions)
        elif child.dep in OBJECT_DEPS:
            _object(draft, child, s, mentions)
        elif child.dep == "prep":
            _prepositional(draft, child, s, mentions)
        elif child.dep == "ccomp" and draft.rule.type in ADDRESSEE_TYPES:
            addressee = subject_of(child, s)  # "demanded that Moscow hand over Assad": demanded of Moscow
            if addressee is not None:
                draft.targets += refer(addressee, s, mentions)
    if verb.dep == "acl" and (noun := s.head(verb)) is not None and verb.tag == "VBN":
        draft.targets += refer(noun, s, mentions)  # "an agreement signed in 2019": the agreement's parties
        governor = s.head(noun)
        if not draft.actors and governor is not None and any(p.text.lower() == "with" for p in s.kids(verb, "prep")):
            subject = subject_of(governor, s)  # "Syria annulled an agreement signed with X": Syria was a party
            if subject is not None:
                draft.actors += refer(subject, s, mentions)


def _object(draft: _Draft, obj: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    referred = refer(obj, s, mentions)
    if obj.lemma.lower() in GROUP_NOUNS and draft.rule.mode == "visit":
        draft.actors += referred  # "X led a delegation that included Y": Y travelled too
        return
    if draft.rule.mode == "visit":
        places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
        if places and draft.location is None:
            draft.location = places[0]
    draft.targets += referred
    for prep in s.kids(obj, "prep"):  # "held talks with X", "made a visit to Y"
        if obj.i in {w.i for w in draft.words}:
            _prepositional(draft, prep, s, mentions)


def _prepositional(draft: _Draft, prep: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    word = prep.text.lower()
    for pobj in s.kids(prep, "pobj"):
        referred = refer(pobj, s, mentions)
        places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
        if word in PLACE_PREPS and places and draft.location is None:
            draft.location = places[0]
            referred = [i for i in referred if i != places[0]]
            if word in ("in", "at", "near", "inside", "outside"):
                continue
        if word in PARTNER_PREPS or word in PLACE_PREPS:
            draft.targets += referred


def _noun_participants(draft: _Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    noun = draft.trigger
    for child in s.kids(noun):
        if child.dep == "poss" or (child.dep in ("amod", "compound") and child.i in s.mention_at):
            referred = refer(child, s, mentions)  # "Putin's call", "Russian airstrikes"
            places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
            if draft.rule.mode == "visit" and places and draft.location is None:
                draft.location = places[0]  # "the Moscow visit"
                referred = [i for i in referred if i != places[0]]
            draft.actors += referred
        elif child.dep == "prep":
            word = child.text.lower()
            for pobj in s.kids(child, "pobj"):
                referred = refer(pobj, s, mentions)
                places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
                if word in PLACE_PREPS and places and draft.location is None:
                    draft.location = places[0]
                elif word in ACTOR_PREPS:
                    draft.actors += referred
                elif word in PARTNER_PREPS:
                    draft.targets += referred
    head = s.head(noun)
    if head is not None and head.lemma.lower() in LIGHT_VERBS and noun.dep in OBJECT_DEPS:
        subject = subject_of(head, s)  # "Putin held a phone call with ..."
        if subject is not None:
            draft.actors += refer(subject, s, mentions)
        for prep in s.kids(head, "prep"):
            _prepositional(draft, prep, s, mentions)
    elif head is not None and noun.dep in ("nsubj", "nsubjpass"):
        for prep in s.kids(head, "prep"):  # "the visit ... marked": nothing; "talks took place in X"
            if prep.text.lower() in PLACE_PREPS:
                _prepositional(draft, prep, s, mentions)


def _speaker(trigger: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Al-Shaibani added that Syria sought partners': a statement's source is one of its actors."""
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep in ("ccomp", "xcomp", "advcl") and governor.lemma.lower() in SPEECH_VERBS:
            subject = subject_of(governor, s)
            return refer(subject, s, mentions) if subject is not None else []
        if node.dep not in ("conj", "ccomp", "xcomp", "advcl", "relcl"):
            return []
        node = governor
    return []


def _tense(trigger: Token, s: Parsed) -> str:
    """past, present or (present) perfect. 'had asked' is past; 'have agreed' inside a quote is the
    speaker's news, so past too."""
    auxiliaries = {c.text.lower() for c in s.kids(trigger, "aux", "auxpass")}
    if auxiliaries & {"has", "have", "'ve", "’ve"}:
        quoted = any(mark in s.sentence.text for mark in ('"', "“", "”"))
        return "past" if quoted else "perfect"
    if trigger.tag in ("VBZ", "VBP") or (trigger.tag == "VB" and not auxiliaries):
        return "present"
    return "past"


# --- modality and time ----------------------------------------------------------------------------


def _modality(trigger: Token, s: Parsed) -> Modality:
    head = s.head(trigger)
    subject_of_verb = head is not None and head.pos in ("VERB", "AUX") and trigger.dep in ("nsubj", "nsubjpass")
    if trigger.pos != "VERB" and subject_of_verb and head is not None:
        verb_says = _modality(head, s)  # "wheat shipments may resume": the shipments are hypothetical
        if verb_says is not Modality.ASSERTED:
            return verb_says
    own = s.kids(trigger)
    if any(c.dep == "neg" for c in own) or any(c.dep == "det" and c.text.lower() == "no" for c in own):
        return Modality.NEGATED
    auxiliaries = {c.text.lower() for c in own if c.dep in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUX:
        return Modality.FUTURE
    if auxiliaries & HYPOTHETICAL_AUX:
        return Modality.HYPOTHETICAL
    if any(c.dep == "amod" and c.text.lower() in FUTURE_MODIFIERS for c in own):
        return Modality.FUTURE
    if any(c.dep in ("relcl", "acl") and c.lemma.lower() in FUTURE_GOVERNORS for c in own):
        return Modality.FUTURE  # "the summit, which is scheduled for October 15"
    if any(c.dep == "amod" and c.text.lower() in HYPOTHETICAL_MODIFIERS for c in own):
        return Modality.HYPOTHETICAL
    if any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in own):
        return Modality.HYPOTHETICAL
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep not in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "prep", "acl", "dobj"):
            break
        lemma = governor.lemma.lower()
        if any(c.dep == "neg" for c in s.kids(governor)) and node.dep == "conj":
            return Modality.NEGATED
        if lemma in FUTURE_GOVERNORS and node.dep in ("xcomp", "ccomp", "prep", "pobj", "acl"):
            return Modality.FUTURE
        if lemma in HYPOTHETICAL_GOVERNORS and node.dep in ("xcomp", "ccomp"):
            return Modality.HYPOTHETICAL
        if node.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in s.kids(node)):
            return Modality.HYPOTHETICAL
        node = governor
    return Modality.ASSERTED


def _attach_times(drafts: list[_Draft], s: Parsed, times: list[Span]) -> None:
    """Each time expression goes to the trigger it hangs from, or to the triggers under the clause it
    hangs from ("On January 29th, first contact was made when a delegation arrived")."""
    triggers = {d.trigger.i: d for d in drafts}
    at_node: dict[int, TimeExpr] = {}
    for span in times:
        parsed = parse_time(span.text)
        if parsed is None:
            continue
        head = _span_head(span, s)
        if head is None:
            continue
        node = _time_host(head, s, triggers)
        if node is not None and (node.i not in at_node or _more_telling(parsed, at_node[node.i])):
            at_node[node.i] = parsed  # "on Tuesday, 28 January 2025": the date, not the weekday
    for draft in drafts:
        for node in [draft.trigger, *s.ancestors(draft.trigger)]:
            if node.dep == "prep" and node.text.lower() in TIME_BARRIERS:
                break  # "after Assad's fall, on January 28, a delegation visited": the fall is not dated
            if node is not draft.trigger and node.i not in at_node and _temporal_clause(node, s):
                break
            if node is draft.trigger and _temporal_clause(node, s) and node.i not in at_node:
                break  # "After the contract was cancelled, the concession went to X in May": not May
            if node.i in at_node:
                draft.time = at_node[node.i]
                break
            if node.i in triggers and node.i != draft.trigger.i and triggers[node.i].time is not None:
                draft.time = triggers[node.i].time
                break
        if draft.time is None and len(at_node) == 1 and len(drafts) == 1:
            draft.time = next(iter(at_node.values()))
    for draft in drafts:
        if draft.time is None:
            draft.time_ref = _dated_by(draft, s, triggers)
            draft.time = draft.time or _sibling_time(draft, s, triggers)


def _temporal_clause(node: Token, s: Parsed) -> bool:
    return node.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in TIME_BARRIERS for c in s.kids(node))


def _dated_by(draft: _Draft, s: Parsed, triggers: dict[int, _Draft]) -> _Draft | None:
    """'During the Moscow visit, X met Y'; 'Following his meeting with Lavrov, X confirmed ...': the
    event in the phrase dates this one."""
    node = draft.trigger
    for clause in [node, *s.ancestors(node)]:
        for prep in s.kids(clause, "prep"):
            if prep.text.lower() in EVENT_TIME_PREPS:
                for pobj in s.kids(prep, "pobj"):
                    other = triggers.get(pobj.i)
                    if other is not None and other is not draft:
                        return other
        if clause is not node and clause.dep not in ("ccomp", "xcomp", "conj", "advcl"):
            break
        if clause.i in triggers and clause is not node:
            break  # the governing event has its own date
    return None


def _sibling_time(draft: _Draft, s: Parsed, triggers: dict[int, _Draft]) -> TimeExpr | None:
    """'the collapse of the government in March 2021 and the minister's escape abroad': coordinated
    subjects of one verb share the date the first one states."""
    if draft.trigger.dep not in ("nsubj", "nsubjpass", "conj"):
        return None
    for other in triggers.values():
        if other is not draft and other.time is not None and other.trigger.head == draft.trigger.head \
                and other.trigger.dep == draft.trigger.dep and other.trigger.i < draft.trigger.i:
            return other.time
    return None


def _more_telling(new: TimeExpr, old: TimeExpr) -> bool:
    rank = [TimeKind.ABSOLUTE, TimeKind.MONTH_DAY, TimeKind.MONTH]
    return new.kind in rank and (old.kind not in rank or rank.index(new.kind) < rank.index(old.kind))


def _time_host(head: Token, s: Parsed, triggers: dict[int, _Draft]) -> Token | None:
    """The trigger a time expression dates, or the clause it dates; None when it sits in a 'since X',
    'after X' phrase ("the first visit since the collapse of the government in March 2021" dates the
    collapse)."""
    path = [head, *s.ancestors(head)]
    owner = s.head(head)
    if head.dep in ("compound", "amod", "nummod") and owner is not None and owner.i not in triggers:
        return None  # "the 1974 ceasefire line", "the 2019 contract": the date belongs to that noun
    for step in path:
        if step.i in triggers:
            return step
        if step.dep == "prep" and step.text.lower() in TIME_BARRIERS:
            return None
    return next((a for a in path[1:] if a.pos in ("VERB", "AUX")), path[-1])


def _span_head(span: Span, s: Parsed) -> Token | None:
    inside = [s.by_i[i] for i in range(span.token_start, span.token_end) if i in s.by_i]
    for token in inside:
        if token.head == token.i or not (span.token_start <= token.head < span.token_end):
            return token
    return inside[0] if inside else None


def _merge_coordinated(drafts: list[_Draft], s: Parsed) -> list[_Draft]:
    """'arrived in Damascus and met with X': one event, the participants of both verbs."""
    by_trigger = {d.trigger.i: d for d in drafts}
    kept = []
    for draft in drafts:
        head = s.head(draft.trigger)
        first = by_trigger.get(head.i) if head is not None and draft.trigger.dep == "conj" else None
        if first is not None and first.rule.type == draft.rule.type and first.modality == draft.modality:
            first.actors += [a for a in draft.actors if a not in first.actors]
            first.targets += [t for t in draft.targets if t not in first.targets]
            first.location = first.location if first.location is not None else draft.location
            first.time = first.time or draft.time
            first.words += draft.words
            continue
        kept.append(draft)
    return kept


def _fold_subordinates(drafts: list[_Draft], s: Parsed) -> list[_Draft]:
    """A trigger inside another's clause with no new party and no own time is part of that event:
    'X was called by Putin, who congratulated him' is one call."""
    by_trigger = {d.trigger.i: d for d in drafts}
    kept = []
    for draft in drafts:
        main = next((by_trigger[a.i] for a in s.ancestors(draft.trigger) if a.i in by_trigger), None)
        if main is not None and main.modality == draft.modality:
            parties = set(main.actors) | set(main.targets)
            if set(draft.actors) <= parties and set(draft.targets) <= parties and draft.time in (None, main.time):
                main.words += draft.words
                continue
        kept.append(draft)
    return kept


def _merge_same_kind(drafts: list[_Draft]) -> list[_Draft]:
    """'The visit by the ministers marked the first official trip to Russia': two words for one visit.
    Only for triggers with the same type and mode (a visit, a phone call), and no second place."""
    kept: list[_Draft] = []
    for draft in drafts:
        twin = next((k for k in kept if k.rule == draft.rule and draft.rule.mode and k.modality == draft.modality
                     and (k.location is None or draft.location is None or k.location == draft.location)), None)
        if twin is None:
            kept.append(draft)
            continue
        twin.actors += [a for a in draft.actors if a not in twin.actors]
        twin.targets += [t for t in draft.targets if t not in twin.targets]
        twin.location = twin.location if twin.location is not None else draft.location
        twin.time = twin.time or draft.time
        twin.words += draft.words
    return kept
