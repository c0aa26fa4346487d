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
from collections.abc import Sequence
from dataclasses import replace

from dossier.extract.attribution import credited, outlet_mentions, source_mentions, without
from dossier.extract.causatives import caused_flight
from dossier.extract.drafts import Draft, absorb
from dossier.extract.facts import (
    fold_subordinates,
    force_described,
    merge_coordinated,
    merge_same_kind,
    nouns_in_place,
    stand_in,
    without_background_clauses,
    without_conditions,
    without_foils,
    without_topics,
)
from dossier.extract.naming import as_labelled, hostile, judged
from dossier.extract.syntax import LOCATIVE, SPEECH_VERBS, Mentioned, Parsed, refer, subject_of, without_dateline
from dossier.extract.time import parse_time, sentence_time, sequel_time
from dossier.extract.triggers import dictionary_pattern
from dossier.lexicon import Trigger, TriggerLexicon, frames, references
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
from dossier.plover import NOT_AN_EVENT, EventType, Mode

COMMITMENT = Trigger(EventType.AGREE, None)
FRAME_TYPES = {"commitment": EventType.AGREE, "request": EventType.REQUEST, "reject": EventType.REJECT,
               "threaten": EventType.THREATEN, "permission": EventType.CONCEDE}
GROUP_NOUNS = {"delegation", "team", "group", "mission", "entourage"}
ADDRESSEE_TYPES = {EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN, EventType.REJECT}
LIGHT_VERBS = {"hold", "have", "make", "pay", "conduct", "carry", "launch", "stage", "give", "receive", "express",
               "renew", "resume", "begin", "start", "undertake", "organize", "organise", "issue", "mount", "wage",
               "open", "announce", "continue", "step", "intensify", "deliver", "lead", "spearhead"}  # the object
# noun is the event
LEADING = LIGHT_VERBS | {"head", "host", "chair", "broker", "sponsor"}  # "an offensive led by X": X did it
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
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
DEONTIC_ADJECTIVES = {"essential", "necessary", "important", "vital", "crucial", "imperative", "needed",
                      "desirable", "urgent"}  # "it is essential that we maintain ...": wished, not done
# A date inside "since X", "after X" dates X, not the event it modifies.
FIRST_CLAIM = re.compile(r"\bfirst\b(?:\s+[\w-]+){0,3}?\s+(?:visit|trip|contact|engagement|meeting|talks|call|"
                         r"delegation|encounter)", re.IGNORECASE)
EVENT_TIME_PREPS = {"during", "following", "after", "at", "amid", "on"}  # "during the visit"
SETTING_PREPS = {"in", "at", "during", "under"}  # "said in a meeting with X", "put under investigation"
PERFECT = {"has", "have", "'ve", "’ve", "had"}
TIME_BARRIERS = {"since", "after", "before", "until", "following", "prior", "till", "ahead"}


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
    groups: dict[str, list[int]] = {}  # "delegation" -> the parties of the last delegation named with them
    sources = source_mentions(mentions, [analysed.article.outlet.value or ""])  # outlets, unnamed sources
    newsrooms = outlet_mentions(mentions, [analysed.article.outlet.value or ""])
    mentioned = Mentioned(mentions)  # pronouns found by binary search, not by scanning the article
    for whole in analysed.sentences:
        sentence, story = without_dateline(whole)  # "MOSCOW (AP) — ...": the place is no party
        named = [i for i in by_sentence.get(sentence.index, []) if mentions[i].start >= story]
        parsed = Parsed(sentence, mentions, named, mentioned)
        times = times_by_sentence.get(sentence.index, [])
        credits = credited(Parsed(whole, mentions, by_sentence.get(whole.index, []), mentioned)
                           if story > whole.start else parsed, mentions, sources)  # "(AP) —" credits AP
        found += _sentence_events(analysed, parsed, mentions, times, lexicon, found, groups, credits, newsrooms)
        _named_groups(parsed, mentions, groups)
    return found


# --- words that refer to parties named before ----------------------------------------------------------


def _referents(s: Parsed, mentions: list[ActorMention], found: list[EventMention],
               groups: dict[str, list[int]], here: list[Draft]) -> dict[int, list[int]]:
    """What the words of a sentence that name nobody refer to: 'both sides', 'the two presidents', 'the
    sides' are the two sides of an event told before them: a meeting earlier in the sentence ('following his
    meeting with X, he said the two sides agreed'), else the article's last event told with two sides; 'the
    delegation' is the last delegation the article named with its party."""
    words = references()
    referred: dict[int, list[int]] = {}
    for token in s.sentence.tokens:
        if token.pos != "NOUN" or token.i in s.mention_at:
            continue
        lemma = token.lemma.lower()
        if lemma in words.parties and _counted(token, s, lemma in words.parties_alone) and not (
                lemma in words.people and s.kids(token, "poss")):  # "our two presidents": not the speakers
            contact = [d for d in here if d.rule.type == EventType.CONSULT and d.trigger.i < token.i and len(
                _parties(d.actors, d.targets, mentions)) >= 2]  # "following his meeting with X, the two sides"
            sides = (contact[-1].actors, contact[-1].targets) if contact else _last_sides(found, mentions)
            parties = _one_per_side(*sides, mentions, people=lemma in words.people)
            if parties:
                referred[token.i] = parties
        elif lemma in words.groups and lemma in groups and _definite(token, s) and not any(
                w.i in s.mention_at for w, _ in s.subtree(token)):
            referred[token.i] = groups[lemma]
    return referred


def _counted(noun: Token, s: Parsed, alone: bool) -> bool:
    """'both sides', 'the two leaders', 'our two countries', and for some nouns 'the sides'."""
    if noun.tag != "NNS":
        return False
    kids = s.kids(noun)
    if any(c.text.lower() in references().counts and c.dep in ("det", "nummod", "predet", "preconj") for c in kids):
        return True
    return alone and any(c.dep == "det" and c.text.lower() == "the" for c in kids)


def _definite(noun: Token, s: Parsed) -> bool:
    return any(c.dep in ("det", "poss") and c.text.lower() in ANAPHORIC_DETERMINERS for c in s.kids(noun))


def _last_sides(found: list[EventMention], mentions: list[ActorMention]) -> tuple[Sequence[int], Sequence[int]]:
    """The two sides of the last event told with two (places left out): an actor and a target, parties met
    ('Putin and Sharaa spoke'), or parties between whom something happened ('fighting between X and Y')."""
    for event in reversed(found):
        actors, targets = _parties(event.actors, (), mentions), _parties(event.targets, (), mentions)
        if actors and targets:
            return actors, targets
        if event.type == EventType.CONSULT and len(actors) >= 2:
            return actors, ()
        if not actors and len(targets) >= 2:
            return targets, ()
    return (), ()


def _one_per_side(actors: Sequence[int], targets: Sequence[int], mentions: list[ActorMention],
                  people: bool) -> list[int]:
    """'The two presidents': a person of each side; 'both sides', 'the two countries': a state or body of each
    side (else whoever stands for it). Parties named only as actors ('Putin and Sharaa spoke') are the sides."""
    def fits(i: int) -> bool:
        return (mentions[i].type is EntityType.PERSON) == people

    if actors and targets:
        return list(dict.fromkeys(next((i for i in side if fits(i)), side[0]) for side in (actors, targets)))
    fitting = [i for i in actors if fits(i)]
    return fitting if len(fitting) >= 2 else list(actors)


def _parties(actors: Sequence[int], targets: Sequence[int], mentions: list[ActorMention]) -> list[int]:
    return [i for i in dict.fromkeys([*actors, *targets])
            if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)]


def _named_groups(s: Parsed, mentions: list[ActorMention], groups: dict[str, list[int]]) -> None:
    """Remember the parties of each group noun named with them: 'a Syrian delegation', 'the Russian side',
    "Russia's delegation", 'a delegation from Syria'."""
    words = references()
    for token in s.sentence.tokens:
        lemma = token.lemma.lower()
        if token.pos != "NOUN" or lemma not in words.groups:
            continue
        named = [s.mention_at[c.i] for c in s.kids(token) if c.i in s.mention_at and c.dep in (
            "amod", "compound", "poss", "nmod")]
        for prep in s.kids(token, "prep"):
            if prep.text.lower() in ("from", "of"):
                named += [s.mention_at[p.i] for p in s.kids(prep, "pobj") if p.i in s.mention_at]
        named = [i for i in dict.fromkeys(named) if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)]
        if named:
            groups[lemma] = named


def _sentence_events(analysed: AnalysedArticle, s: Parsed, mentions: list[ActorMention], times: list[Span],
                     lexicon: TriggerLexicon, before: list[EventMention],
                     groups: dict[str, list[int]] | None = None,
                     credits: tuple[int, ...] = (), newsrooms: frozenset[int] = frozenset()) -> list[EventMention]:
    """`before`: the events the article reported before this sentence; `groups`: the parties of the group
    nouns it named ("the Syrian delegation"); `credits`: the mentions the sentence's report is credited to,
    who are no parties; `newsrooms`: the mentions naming a news organisation (extract/attribution.py)."""
    seen = {e.type for e in before}
    first_index = len(before)
    drafts = [d for d in _triggers(s, lexicon) if not _refers_back(d, s, seen)]
    if not drafts or discarded(s, lexicon):
        return []
    for draft in drafts:
        _participants(draft, s, mentions)
    s.referents = _referents(s, mentions, before, groups or {}, drafts)
    for draft in drafts:
        if s.referents:  # "both sides agreed": again, now that the words naming nobody are known
            draft.actors, draft.targets, draft.location = [], [], None
            _participants(draft, s, mentions)
    _actors_of_event_subjects(drafts, s)
    _protests(drafts, s)
    caused_flight(drafts, s, mentions)
    _pacts_reported(drafts, s, mentions, before)
    for draft in drafts:
        draft.actors += _speaker(draft.trigger, s, mentions)
        draft.modality = _modality(draft.trigger, s)
    for draft in drafts:
        draft.actors, draft.targets = without(draft.actors, credits), without(draft.targets, credits)
    _attach_times(drafts, s, times)
    drafts = nouns_in_place(drafts, s)
    drafts = merge_coordinated(drafts, s, mentions)
    drafts = _one_fact_per_frame(drafts, s, mentions, lexicon)
    drafts = without_topics(without_foils(without_conditions(without_background_clauses(drafts, s), s), s), s)
    drafts = merge_same_kind(fold_subordinates(force_described(drafts, s), s))
    events = []
    kept = [d for d in drafts if ((d.actors and d.targets) or (not d.bare and (d.actors or d.targets)))
            and not _empty_promise(d, s, lexicon) and not newsgathering(d.actors, newsrooms)]
    position = {id(d): first_index + k for k, d in enumerate(kept)}
    for draft in kept:
        if draft.time is None and draft.time_ref is None and draft.restates is None:
            draft.restates = _restated_event(draft, s, mentions, before)  # dated by the event it names again
    for draft in kept:
        actors = tuple(dict.fromkeys(draft.actors))
        targets = tuple(dict.fromkeys(t for t in draft.targets if t not in actors))
        start = min(w.idx for w in draft.words)
        last = max(draft.words, key=lambda w: w.idx)
        end = last.idx + len(last.text)
        events.append(EventMention(
            analysed.article.id, s.sentence.index, analysed.article.text[start:end], start, end,
            EventType(draft.rule.type), draft.rule.mode, draft.modality, actors, targets, draft.location, draft.time,
            lemma=draft.trigger.lemma.lower(), tense=_tense(draft.trigger, s),
            time_ref=position.get(id(draft.time_ref)) if draft.time_ref is not None else draft.restates,
            first_claim=draft.rule.type == EventType.CONSULT and bool(FIRST_CLAIM.search(s.sentence.text)),
            attribution=credits))
    return events


def newsgathering(actors: Sequence[int], newsrooms: frozenset[int]) -> bool:
    """What only news organisations do ("agency reporters visited the base", "the broadcaster's crew toured
    the city") is how the story was gathered, not an event of the story; `newsrooms` are the mentions that
    name a news organisation (extract/attribution.py)."""
    return bool(actors) and all(a in newsrooms for a in actors)


def _empty_promise(draft: Draft, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """'willing to set aside past grievances', 'a willingness to build ties': a readiness by nobody, or to do
    nothing that is an event and with nobody, is an attitude, not a promise (AGREE names who promises what, or
    to whom); 'its commitment to all previous agreements' promises the agreements."""
    word = draft.trigger
    table = frames()
    readiness = (word.pos == "ADJ" and table.adjectives.get(word.lemma.lower()) == "commitment") or (
        word.pos == "NOUN" and table.nouns.get(word.lemma.lower()) == "commitment")
    if not readiness:
        return False
    about = [o for p in s.kids(word, "prep") for o in s.kids(p, "pobj")]
    governs = draft.governs or any(_event_noun(o, s, lexicon) for o in about)
    return not draft.actors or (not governs and not draft.targets)


# --- triggers ---------------------------------------------------------------------------------------


def _triggers(s: Parsed, lexicon: TriggerLexicon) -> list[Draft]:
    drafts: list[Draft] = []
    consumed: set[int] = set()
    for token in s.sentence.tokens:
        if token.pos == "VERB":
            draft = _verb_trigger(token, s, lexicon)
            if draft is not None:
                drafts.append(draft)
                consumed.update(w.i for w in draft.words)
    verbs = {d.trigger.i for d in drafts}
    for token in s.sentence.tokens:
        if token.i in consumed or token.pos not in ("NOUN", "PROPN", "ADJ"):
            continue
        draft = _noun_trigger(token, s, lexicon, verbs) if token.pos != "ADJ" else _adjective_trigger(token, s)
        if draft is not None:
            drafts.append(draft)
    for draft in drafts:  # "support an offensive": the event noun a verb takes is folded into the verb's event
        if draft.trigger.pos == "VERB":
            draft.folded |= {rule.type for o in s.kids(draft.trigger) if o.dep in OBJECT_DEPS
                             and (rule := lexicon.nouns.get(o.lemma.lower())) is not None}
    return sorted(drafts, key=lambda d: d.trigger.i)


ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our"}


def _refers_back(draft: Draft, s: Parsed, seen: set[EventType]) -> bool:
    """'The Kremlin described their conversation as constructive', 'Their discussions focused on ...': a
    noun with a definite or possessive determiner that names no party of its own, in an article that already
    reported an event of its type, is that event again, not a new one."""
    noun = draft.trigger
    if noun.pos not in ("NOUN", "PROPN") or draft.rule.type not in seen:
        return False
    if not any(c.dep in ("det", "poss") and c.text.lower() in ANAPHORIC_DETERMINERS for c in s.kids(noun)):
        return False
    head = s.head(noun)
    if head is not None and noun.dep in OBJECT_DEPS and head.lemma.lower() in LIGHT_VERBS:
        return False  # "Putin held his first phone call with X": the light verb reports it
    return not any(w.i in s.mention_at for w, _ in s.subtree(noun))


ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "latest", "previous", "next", "earlier",
            "later", "new", "another", "upcoming", "recent", "former", "initial", "final"}


def _party_keys(indices: Sequence[int], mentions: list[ActorMention]) -> set[str]:
    return {(mentions[i].pack_id or mentions[i].name).lower() for i in indices}


def _restated_event(draft: Draft, s: Parsed, mentions: list[ActorMention],
                    before: list[EventMention]) -> int | None:
    """'A Syrian delegation landed in Moscow on July 31 ... The visit of the Syrian delegation to Moscow
    underscored ...': a definite noun of an event of a named kind (a visit, a phone call) with no time of its
    own, whose parties are all parties of an event of its type and mode the article reported before, names
    that event again: the index of the latest such mention, so it is dated by it. Not a noun that tells which
    one ("the second visit", "the next round")."""
    noun = draft.trigger
    if noun.pos not in ("NOUN", "PROPN") or draft.modality is not Modality.ASSERTED or not _definite(noun, s) or \
            draft.rule.mode is None:
        return None
    if any(c.text.lower() in ORDINALS or c.dep == "nummod" for c in s.kids(noun)):
        return None
    own = _party_keys([*draft.actors, *draft.targets], mentions)
    if draft.location is not None:
        own |= _party_keys([draft.location], mentions)
    if not own:
        return None
    for index in range(len(before) - 1, -1, -1):
        earlier = before[index]
        if earlier.type != draft.rule.type or (draft.rule.mode is not None and earlier.mode != draft.rule.mode):
            continue
        if earlier.modality is not Modality.ASSERTED:
            continue
        theirs = _party_keys([*earlier.actors, *earlier.targets], mentions)
        if earlier.location is not None:
            theirs |= _party_keys([earlier.location], mentions)
        if own <= theirs:
            return index
    return None


def _adjective_trigger(token: Token, s: Parsed) -> Draft | None:
    """'Russia is ready to help', 'open to reviewing the agreements': a commitment (AGREE)."""
    if frames().adjectives.get(token.lemma.lower()) != "commitment" or _complement(token, s) is None:
        return None
    return Draft(token, COMMITMENT, [token])


def _complement(token: Token, s: Parsed) -> Token | None:
    """The clause a word governs: 'ready TO HELP', 'open to REVIEWING', 'agreed TO MEET', 'said THAT ...'."""
    for child in s.kids(token):
        if child.dep in ("xcomp", "ccomp"):
            return child
        if child.dep == "prep" and child.text.lower() == "to":
            found = next(iter(s.kids(child, "pcomp")), None)
            if found is not None:
                return found
        if child.dep == "acl" and any(a.dep == "aux" and a.text.lower() == "to" for a in s.kids(child)):
            return child
    return None


def _verb_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon) -> Draft | None:
    draft = _verb_rule(token, s, lexicon)
    if draft is not None and draft.rule.type == EventType.PROTEST and s.kids(token, "ccomp"):
        draft.rule = Trigger(EventType.ACCUSE, None)  # "the group protested that ...": words, not a demonstration
    return draft


def _verb_rule(token: Token, s: Parsed, lexicon: TriggerLexicon) -> Draft | None:
    """A verb Dossier's own list types: its phrases ("hold talks", "call for"), else its type. A verb the list
    knows only in phrases ("express gratitude"): its phrases, then the verb dictionary's patterns naming a
    thing. Any other verb: the dictionary's phrasal verbs and patterns, then its default for the verb, which
    makes an event only between two parties (as PETRARCH codes it). A NONE entry says no event. Verbs that
    govern another clause follow frames.yaml: a plan, an aspect or a statement is no event of its own; a
    promise, request, refusal or threat is one even when what it governs is none."""
    lemma = token.lemma.lower()
    classes = frames().verbs.get(lemma, ())
    governed = _complement(token, s)
    framing = next((c for c in classes if c in FRAME_TYPES), None)
    if framing == "permission" and s.kids(token, "nsubjpass", "auxpass"):
        return None  # "whether Russia will be allowed to keep the bases": who would allow it is not told
    if governed is not None and classes:
        infinitive = governed.dep in ("xcomp", "pcomp", "acl")
        if governed.dep == "ccomp" and "speech" in classes and framing not in ("threaten", "reject"):
            return None  # "Novak told reporters: ...", "agreed that ...": a statement; what it reports is the event
        if framing == "permission":
            infinitive = any(a.dep == "aux" and a.text.lower() == "to" for a in s.kids(governed))
        if framing is not None and (infinitive or framing not in ("commitment", "permission")):
            rule = lexicon.verbs.get(lemma)
            kind = FRAME_TYPES[framing]
            return Draft(token, rule if rule is not None and rule.type == kind else Trigger(kind, None), [token])
        if framing is None and (infinitive or "speech" in classes) and set(classes) & {"plan", "aspect", "speech"}:
            return None  # "plans to visit", "began withdrawing", "said that ...": the governed clause is the event
    if classes and set(classes) <= {"plan", "aspect"} and lemma not in lexicon.known:
        return None  # "decided", "continued": a plan or an aspect is no event of its own
    if (predicate := judged(token, s)) is not None:  # "called the move a provocation": a judgement, not a call
        if as_labelled(token, s):
            return None
        found = dictionary_pattern(token, s, lexicon)
        if found is not None and found[0].trigger.type != NOT_AN_EVENT:
            return Draft(token, found[0].trigger, [token, *found[1]])
        return Draft(token, Trigger(EventType.ACCUSE, None), [token, predicate]) if hostile(predicate, s) else None
    phrases = lexicon.phrases if lemma in lexicon.known else lexicon.dictionary_phrasal
    marks = [m for c in s.kids(token, "advcl", "xcomp", "ccomp") for m in s.kids(c, "mark") if m.i == token.i + 1]
    for child in [*s.kids(token, "prt", "prep", "dobj", "nsubjpass"), *marks]:  # marks: "calling for X to go"
        if child.dep in ("prt", "prep") and not _particle_of(child, token, s):
            continue  # "On February 13th, X was called", "called Erdogan on Monday": no "call on"
        key = child.lemma.lower() if child.dep not in ("prep", "mark") else child.text.lower()
        rule = phrases.get((lemma, key)) or phrases.get((lemma, child.text.lower()))  # "restore ties", not "tie"
        if rule is not None:
            return Draft(token, rule, [token, child]) if rule.type != NOT_AN_EVENT else None
    rule = lexicon.verbs.get(lemma)
    if rule is not None:  # Dossier's own type for the verb is final
        if lemma in frames().hosting and not _hosts_a_party(token, s):
            return None  # "Damascus has received positive signs": no visit
        if lemma in frames().hosting and rule.type != EventType.CONSULT and any(
                o.i in s.mention_at or o.lemma.lower() in GROUP_NOUNS | frames().guests for o in s.kids(token, "dobj")):
            rule = Trigger(EventType.CONSULT, Mode.VISIT)  # "welcomed his counterpart": a host receives
        return Draft(token, rule, [token]) if rule.type != NOT_AN_EVENT else None
    if lemma in LIGHT_VERBS and any(_event_noun(o, s, lexicon) for o in s.kids(token, "dobj")):
        return None  # "launched a mediation effort", "staged demonstrations": the noun is the event
    if token.dep == "amod":
        return None  # "the Israeli-occupied West Bank": a description, no event
    found = dictionary_pattern(token, s, lexicon, naming_only=lemma in lexicon.known)
    if found is not None:
        pattern, covered = found
        return Draft(token, pattern.trigger, [token, *covered]) if pattern.trigger.type != NOT_AN_EVENT else None
    rule = lexicon.dictionary_verbs.get(lemma)
    if rule is None or rule.type == NOT_AN_EVENT or lemma in lexicon.known:
        return None
    return Draft(token, rule, [token], bare=True)


def _particle_of(word: Token, verb: Token, s: Parsed) -> bool:
    """A particle or preposition that belongs to the verb: right after it, or after an adverb ('called
    urgently for'), not after its object ('called Erdogan on Monday')."""
    between = [s.by_i[i] for i in range(verb.i + 1, word.i) if i in s.by_i]
    return word.i > verb.i and all(t.pos in ("ADV", "PART") for t in between) and len(between) <= 1


def _event_noun(noun: Token, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """A noun Dossier's list types, or one with such a noun as its compound ("a mediation effort"), or one
    that counts such a noun ("ten days of war games")."""
    counted = [p for prep in s.kids(noun, "prep") if prep.text.lower() == "of" for p in s.kids(prep, "pobj")] \
        if noun.lemma.lower() in references().partitives else []
    return any(w.lemma.lower() in lexicon.nouns or w.text.lower() in lexicon.nouns
               for w in [noun, *s.kids(noun, "compound")]) or any(_event_noun(c, s, lexicon) for c in counted)


def _hosts_a_party(verb: Token, s: Parsed) -> bool:
    """'received the delegation', 'was received by Putin', 'hosted al-Sharaa', 'welcomed his counterpart': a
    party is received."""
    objects = s.kids(verb, "dobj")
    if not objects:
        return True
    return any(w.i in s.mention_at or w.lemma.lower() in GROUP_NOUNS for o in objects for w, _ in s.subtree(o)) \
        or any(o.lemma.lower() in frames().guests for o in objects)


def discarded(s: Parsed, lexicon: TriggerLexicon) -> bool:
    """A sentence holding a phrase of the dictionary's discards (sports, weather, entertainment)."""
    words = [t.text.lower() for t in s.sentence.tokens]
    for k, word in enumerate(words):
        for run in lexicon.discards.get(word, ()):
            if tuple(words[k:k + len(run)]) == run:
                return True
    return False


def _noun_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon, verbs: set[int]) -> Draft | None:
    lemma = token.lemma.lower()
    compound = next((c for c in s.kids(token, "compound") if c.i == token.i - 1), None)
    rule, words = None, [token]
    before = compound or next((c for c in s.kids(token, "amod") if c.i == token.i - 1), None)
    if before is not None:  # "phone call", "general strike", "military operation"
        rule = lexicon.nouns.get(f"{before.lemma.lower()} {lemma}") or lexicon.nouns.get(
            f"{before.text.lower()} {token.text.lower()}")
        words = [before, token]
    if rule is None:
        rule, words = lexicon.nouns.get(lemma) or lexicon.nouns.get(token.text.lower()), [token]
    if rule is None and compound is not None and token.dep in (*OBJECT_DEPS, "nsubj", "nsubjpass", "ROOT"):
        rule = lexicon.nouns.get(compound.lemma.lower())  # "a mediation effort", "an aid shipment"
        words = [compound, token]
    if rule is None:
        return None
    place = stand_in(token, s)
    head = s.head(place)
    if head is not None and head.i in verbs and place.dep in OBJECT_DEPS and head.lemma.lower() not in LIGHT_VERBS:
        return None  # "demanded the return of X": the verb is the event
    return Draft(token, rule, words)


# --- participants ------------------------------------------------------------------------------------


def _participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    trigger = draft.trigger
    if trigger.pos == "VERB":
        _verb_participants(draft, s, mentions)
    elif trigger.pos == "ADJ":
        _adjective_participants(draft, s, mentions)
    else:
        _noun_participants(draft, s, mentions)
    places = [i for i in draft.targets if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
    if draft.location is None and places and draft.rule.mode == Mode.VISIT:
        draft.location = places[0]
    draft.targets = [i for i in draft.targets if i != draft.location]


def _verb_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    verb = draft.trigger
    subject = subject_of(verb, s) if not s.kids(verb, "nsubjpass") else None  # a passive's actor is its agent
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


def _object(draft: Draft, obj: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    referred = refer(obj, s, mentions)
    if obj.lemma.lower() in GROUP_NOUNS and draft.rule.mode == Mode.VISIT:
        draft.actors += referred  # "X led a delegation that included Y": Y travelled too
        return
    if draft.rule.mode == Mode.VISIT:
        places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
        if places and draft.location is None:
            draft.location = places[0]
    draft.targets += referred
    for prep in s.kids(obj, "prep"):  # "held talks with X", "made a visit to Y"
        if obj.i in {w.i for w in draft.words}:
            _prepositional(draft, prep, s, mentions)


def _prepositional(draft: Draft, prep: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    """Partners after with/to/against/between...; the place after in/at/to; a state after in/at (the country
    visited or struck), not the people or bodies named inside the phrase ('ousted in an offensive led by X',
    'in the war on ISIS'); the place left after 'from' ('withdrew from the airport') is where, not whom."""
    word = prep.text.lower()
    for pobj in s.kids(prep, "pobj"):
        if word == "with" and pobj.lemma.lower() in references().means:
            for other in s.kids(pobj, "prep"):  # "fled with the assistance of X to Russia": still to Russia
                if other.text.lower() not in ("of", "by", "from"):
                    _prepositional(draft, other, s, mentions)
            continue  # "fled with the assistance of Russian forces": helpers, neither actor nor target
        referred = refer(pobj, s, mentions)
        places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
        if word == "from":
            left = [i for i in places if not mentions[i].seat and mentions[i].country is None]
            if left and draft.location is None:
                draft.location = left[0]
            referred = [i for i in referred if i not in left]
        if word in PLACE_PREPS and places and draft.location is None:
            draft.location = places[0]
            referred = [i for i in referred if i != places[0]]
            if word in LOCATIVE:
                continue
        if word in LOCATIVE:
            referred = [i for i in referred if mentions[i].type in (EntityType.STATE, EntityType.PLACE,
                                                                     EntityType.FACILITY)]
        if word in PARTNER_PREPS or word in PLACE_PREPS:
            draft.targets += referred


def _adjective_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    """'Russia is ready to help', 'officials said they were willing to ...': the subject of the copula."""
    adjective = draft.trigger
    copula = s.head(adjective) if adjective.dep == "acomp" else None
    subject = subject_of(copula, s) if copula is not None else None
    if subject is not None:
        draft.actors += refer(subject, s, mentions)
    for prep in s.kids(adjective, "prep"):
        if prep.text.lower() in ("with", "for"):
            _prepositional(draft, prep, s, mentions)


def _noun_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    noun = draft.trigger
    undergone = noun.lemma.lower() in frames().undergone  # "Assad's fall", "the ouster of Assad"
    done_by = undergone or any(p.text.lower() == "by" for p in s.kids(noun, "prep"))
    for child in s.kids(noun):
        if child.dep == "poss" and done_by:
            draft.targets += refer(child, s, mentions)  # "Assad's ouster by the rebels": Assad was ousted
            continue
        if child.dep == "prep" and undergone and child.text.lower() == "of":
            draft.targets += [i for p in s.kids(child, "pobj") for i in refer(p, s, mentions)]
            continue
        if child.dep == "poss" or (child.dep in ("amod", "compound") and child.i in s.mention_at):
            referred = refer(child, s, mentions)  # "Putin's call", "Russian airstrikes"
            places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
            if draft.rule.mode == Mode.VISIT and places and draft.location is None:
                draft.location = places[0]  # "the Moscow visit"
                referred = [i for i in referred if i != places[0]]
            draft.actors += referred
        elif child.dep == "prep" and child.text.lower() in ACTOR_PREPS:
            draft.actors += [i for pobj in s.kids(child, "pobj") for i in refer(pobj, s, mentions)]
        elif child.dep == "prep":
            _prepositional(draft, child, s, mentions)  # "talks with X", "a visit to Y", "withdrawal from Z"
        elif child.dep == "acl" and child.lemma.lower() in LEADING:
            for agent in s.kids(child, "agent"):  # "an offensive led by X", "talks hosted by Y"
                draft.actors += [i for pobj in s.kids(agent, "pobj") for i in refer(pobj, s, mentions)]
    place = stand_in(noun, s)
    head = s.head(place)
    if head is not None and head.lemma.lower() in LIGHT_VERBS and place.dep in OBJECT_DEPS:
        subject = subject_of(head, s)  # "Putin held a phone call with ..."
        if subject is not None:
            draft.actors += refer(subject, s, mentions)
        for prep in s.kids(head, "prep"):
            _prepositional(draft, prep, s, mentions)
    elif head is not None and place.dep in ("nsubj", "nsubjpass"):
        for prep in s.kids(head, "prep"):  # "the visit ... marked": nothing; "talks took place in X"
            if prep.text.lower() in PLACE_PREPS:
                _prepositional(draft, prep, s, mentions)
    elif not draft.actors:
        _setting_parties(draft, s, mentions)


def _actors_of_event_subjects(drafts: list[Draft], s: Parsed) -> None:
    """'He led an offensive that ousted Assad', 'a campaign by X forced Y out': a verb whose subject is an event
    is done by that event's actors."""
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos in ("NOUN", "PROPN")}
    for draft in drafts:
        if draft.trigger.pos == "VERB" and not draft.actors and not s.kids(draft.trigger, "nsubjpass"):
            subject = subject_of(draft.trigger, s)
            if subject is not None and subject.i in nouns:
                draft.actors += nouns[subject.i].actors


def _pacts_reported(drafts: list[Draft], s: Parsed, mentions: list[ActorMention],
                    before: list[EventMention]) -> None:
    """'He also noted an agreement to set up a joint commission': a pact a speaker reports naming no party of its
    own was made by the two sides of the last event the article told with two sides (after talks, the agreement
    is the talks' parties'), one party per side, and dated by that event."""
    for draft in drafts:
        noun = draft.trigger
        if draft.rule.type != EventType.AGREE or noun.lemma.lower() not in references().pacts or \
                draft.actors or draft.targets or noun.dep not in OBJECT_DEPS:
            continue
        verb = s.head(noun)
        if verb is None or "speech" not in frames().verbs.get(verb.lemma.lower(), ()) or \
                any(w.i in s.mention_at for w, _ in s.subtree(noun)):
            continue
        sides = _last_sides(before, mentions)
        draft.actors += _one_per_side(*sides, mentions, people=False)
        if draft.actors and draft.time is None:  # dated by the event whose sides made it
            draft.restates = next((k for k in range(len(before) - 1, -1, -1) if _last_sides(before[k:k + 1], mentions)
                                   == sides), None)


def _protests(drafts: list[Draft], s: Parsed) -> None:
    """'Protesters tore down the border fence', 'demonstrators stormed the embassy': force used by the people of
    a protest is that protest (PLOVER: PROTEST, a violent riot), not an assault by a party."""
    force = frames().force
    for draft in drafts:
        if draft.trigger.pos != "VERB" or draft.rule.type not in force or draft.rule.type == EventType.PROTEST:
            continue
        subject = subject_of(draft.trigger, s) if not s.kids(draft.trigger, "nsubjpass") else None
        if subject is not None and subject.lemma.lower() in frames().protesters:
            draft.rule = Trigger(EventType.PROTEST, None)


def _setting_parties(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    """'Putin said in a meeting with X', 'X spoke during a conference with Y', 'forces were engaged in ethnic
    cleansing': whoever the verb tells of took part in the event its phrase names, unless the verb tells what
    they suffered ('lost his brother in an air strike'); 'X was put under investigation': X is investigated."""
    noun = draft.trigger
    prep = s.head(noun)
    verb = s.head(prep) if prep is not None and noun.dep == "pobj" else None
    if prep is None or verb is None or prep.text.lower() not in SETTING_PREPS or verb.pos not in ("VERB", "AUX"):
        return
    patients = s.kids(verb, "nsubjpass")
    if patients and verb.lemma.lower() in frames().engaged:  # "forces were engaged in ethnic cleansing"
        draft.actors += [i for p in patients for i in refer(p, s, mentions) if i not in draft.actors]
    elif patients and prep.text.lower() == "under":
        draft.targets += [i for p in patients for i in refer(p, s, mentions) if i not in draft.targets]
    elif not patients and verb.lemma.lower() not in frames().suffering:
        draft.actors += _subject_refs(verb, s, mentions)  # not "X, who lost his brother in an air strike"


def _said(trigger: Token, s: Parsed) -> bool:
    """What a speech verb reports ('X said that Y has agreed', 'Y has agreed, a source said'): the trigger is what
    is said, or inside it."""
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep == "ccomp" and governor.lemma.lower() in SPEECH_VERBS:
            return True
        if node.dep not in ("conj", "ccomp", "xcomp"):
            break
        node = governor
    for kid in s.kids(trigger, "ccomp", "parataxis", "npadvmod", "advcl"):  # "X has arrived, a source confirmed"
        if kid.i > trigger.i and (kid.lemma.lower() in SPEECH_VERBS or any(
                g.lemma.lower() in SPEECH_VERBS for g in s.kids(kid, "acl", "relcl"))):
            return True
    return False


def _speaker(trigger: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Al-Shaibani added that Syria sought partners': a statement's source is one of its actors."""
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep in ("ccomp", "xcomp", "advcl") and governor.lemma.lower() in SPEECH_VERBS:
            subject = subject_of(governor, s)
            return refer(subject, s, mentions) if subject is not None else []
        if node.dep not in ("conj", "ccomp", "xcomp", "advcl", "relcl", "acomp"):
            return []
        node = governor
    return []


def _tense(trigger: Token, s: Parsed) -> str:
    """past, present or (present) perfect. 'had asked' is past; 'have agreed' inside a quote is the
    speaker's news, so past too."""
    auxiliaries = {c.text.lower() for c in s.kids(trigger, "aux", "auxpass")}
    if auxiliaries & {"has", "have", "'ve", "’ve"}:
        quoted = any(mark in s.sentence.text for mark in ('"', "“", "”"))
        return "past" if quoted or _said(trigger, s) else "perfect"  # "X said Russia has backed Y": X's news
    if trigger.tag in ("VBZ", "VBP") or (trigger.tag == "VB" and not auxiliaries):
        return "present"
    return "past"


# --- modality and time ----------------------------------------------------------------------------


def _modality(trigger: Token, s: Parsed) -> Modality:
    head = s.head(trigger)
    subject_of_verb = head is not None and head.pos in ("VERB", "AUX") and trigger.dep in (
        "nsubj", "nsubjpass", "dobj", "attr")  # "shipments may resume", "it would tighten the blockade"
    if trigger.pos != "VERB" and subject_of_verb and head is not None:
        verb_says = _modality(head, s)  # "wheat shipments may resume": the shipments are hypothetical
        if verb_says is not Modality.ASSERTED:
            return verb_says
    own = s.kids(trigger)
    if any(c.dep == "neg" for c in own) or any(c.dep == "det" and c.text.lower() == "no" for c in own) or any(
            c.text.lower() in ("longer", "more") and any(n.text.lower() == "no" for n in s.kids(c)) for c in own):
        return Modality.NEGATED  # "did not", "no talks", "no longer guarantees"
    auxiliaries = {c.text.lower() for c in own if c.dep in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUX:
        return Modality.FUTURE
    if auxiliaries & HYPOTHETICAL_AUX:
        return Modality.HYPOTHETICAL
    if any(c.dep == "amod" and c.text.lower() in FUTURE_MODIFIERS for c in own):
        return Modality.FUTURE
    if any(c.dep in ("relcl", "acl") and c.lemma.lower() in FUTURE_GOVERNORS and not s.kids(c, "prt") for c in own):
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
        contrast = any(c.dep == "cc" and c.text.lower() in ("but", "yet", "although", "though")
                       for c in s.kids(governor))
        if any(c.dep == "neg" for c in s.kids(governor)) and node.dep == "conj" and not contrast:
            return Modality.NEGATED  # "did not meet or call him"; not "didn't try ... but gave asylum"
        if node.dep == "xcomp" and _performed(trigger, governor, s):
            return Modality.ASSERTED  # "I want to congratulate you": a congratulation
        if node.dep == "xcomp":  # "will continue to provide", "could start to withdraw"
            governing = {c.text.lower() for c in s.kids(governor) if c.dep in ("aux", "auxpass")}
            if governing & FUTURE_AUX:
                return Modality.FUTURE
            if governing & HYPOTHETICAL_AUX:
                return Modality.HYPOTHETICAL
        if lemma in FUTURE_GOVERNORS and node.dep in ("xcomp", "ccomp", "prep", "pobj", "acl"):
            return Modality.FUTURE
        if lemma in HYPOTHETICAL_GOVERNORS and node.dep in ("xcomp", "ccomp"):
            return Modality.HYPOTHETICAL
        if node.dep in ("xcomp", "ccomp", "csubj") and (lemma in DEONTIC_ADJECTIVES or any(
                c.dep == "acomp" and c.lemma.lower() in DEONTIC_ADJECTIVES for c in s.kids(governor))):
            return Modality.HYPOTHETICAL
        if node.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in s.kids(node)):
            return Modality.HYPOTHETICAL
        node = governor
    return Modality.ASSERTED


def _performed(act: Token, governor: Token, s: Parsed) -> bool:
    """'I want to congratulate you', 'we would like to thank': a speaker who says they want to do a speech act
    does it by saying so."""
    return act.lemma.lower() in references().performatives and governor.lemma.lower() in ("want", "like", "wish") \
        and any(c.text.lower() in ("i", "we") for c in s.kids(governor, "nsubj"))


def _attach_times(drafts: list[Draft], s: Parsed, times: list[Span]) -> None:
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
        if node is not None and _scheduled_for(head, node, s):
            parsed = replace(parsed, ahead=True)
        if node is not None and (node.i not in at_node or _more_telling(parsed, at_node[node.i])):
            at_node[node.i] = parsed  # "on Tuesday, 28 January 2025": the date, not the weekday
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
                break
            if node.i in triggers and node.i != draft.trigger.i and triggers[node.i].time is not None:
                draft.time = triggers[node.i].time
                break
        if draft.time is None and len(at_node) == 1 and len(drafts) == 1:
            draft.time = next(iter(at_node.values()))
    main_dates = [t for i, t in at_node.items() if _main_line(s.by_i[i], s) and not _behind_barrier(s.by_i[i], s)]
    for draft in drafts:
        if draft.time is None:
            draft.time_ref = _dated_by(draft, s, triggers)
            draft.time = draft.time or _sibling_time(draft, s, triggers)
        if draft.time is None and draft.time_ref is None and id(draft) not in barred and _main_line(draft.trigger, s):
            draft.time = sentence_time(main_dates)  # its clause states no date: its sentence's
        if draft.time is None and draft.time_ref is None:
            verb = _verb_of(draft.trigger, s)
            draft.time = sequel_time([c.text for c in s.kids(verb, "advmod")] if verb else [])  # "X then did Y"


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


def _dated_by(draft: Draft, s: Parsed, triggers: dict[int, Draft]) -> Draft | None:
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


def _more_telling(new: TimeExpr, old: TimeExpr) -> bool:
    rank = [TimeKind.ABSOLUTE, TimeKind.MONTH_DAY, TimeKind.MONTH]
    return new.kind in rank and (old.kind not in rank or rank.index(new.kind) < rank.index(old.kind))


def _time_host(head: Token, s: Parsed, triggers: dict[int, Draft]) -> Token | None:
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
            return _began(step, head, s, triggers)
    return next((a for a in path[1:] if a.pos in ("VERB", "AUX")), path[-1])


def _began(prep: Token, head: Token, s: Parsed, triggers: dict[int, Draft]) -> Token | None:
    """'The US has backed the group since 2015': a date right after 'since' on a verb dates when what the verb
    tells began; not 'the first visit since 2011' (a noun) nor 'for the first time since 2011'."""
    owner = s.head(prep)
    if prep.text.lower() != "since" or s.head(head) is not prep or owner is None or owner.i not in triggers \
            or owner.pos not in ("VERB", "AUX"):
        return None
    between = range(min(owner.i, prep.i), max(owner.i, prep.i))
    return None if any(i in s.by_i and s.by_i[i].text.lower() == "first" for i in between) else owner


def _span_head(span: Span, s: Parsed) -> Token | None:
    inside = [s.by_i[i] for i in range(span.token_start, span.token_end) if i in s.by_i]
    for token in inside:
        if token.head == token.i or not (span.token_start <= token.head < span.token_end):
            return token
    return inside[0] if inside else None


# --- one event per fact --------------------------------------------------------------------------------


def _governor(draft: Draft, s: Parsed) -> tuple[Token, str] | None:
    """The word whose clause this event is ('agreed TO HELP', 'ready to help', 'said THAT ...', 'deployed
    troops TO SUPPORT'), with how it is linked: 'to' (an infinitive), 'that' (a clause) or 'purpose'."""
    node = draft.trigger
    if node.pos in ("NOUN", "PROPN") and node.dep in ("dobj", "nsubj", "nsubjpass", "attr", "oprd") and (
            verb := s.head(node)) is not None and verb.pos in ("VERB", "AUX"):
        node = verb  # "said it would tighten the blockade": the noun's clause is its verb's
    while node.dep == "conj" and (first := s.head(node)) is not None:
        node = first  # "agreed to revise and adapt": both verbs hang from "agreed"
    if node.dep == "acomp" and (copula := s.head(node)) is not None:
        node = copula  # "(said that) Russia is ready to ...": the clause is the copula's
    head = s.head(node)
    if head is None:
        return None
    if node.dep == "ccomp" or (node.dep == "xcomp" and any(c.dep == "mark" for c in s.kids(node))):
        return head, "that"  # "said that ...", "told reporters that Russia would not hand him over"
    if node.dep == "xcomp":
        return head, "to"
    if node.dep == "pcomp" and head.dep == "prep" and head.text.lower() == "to" and (owner := s.head(head)):
        return owner, "to"  # "open to reviewing"
    if node.dep == "pcomp" and head.dep == "prep" and head.text.lower() == "for" and (owner := s.head(head)) and \
            "request" in frames().verbs.get(owner.lemma.lower(), ()):
        return owner, "to"  # "called for lifting the sanctions": what is asked
    has_to = any(c.dep == "aux" and c.text.lower() == "to" for c in s.kids(node))
    if node.dep == "acl" and has_to and head.pos == "NOUN":
        return head, "to"  # "his readiness to help"
    if node.dep == "advcl" and has_to:
        return head, "purpose"  # "deployed troops to support X"
    return None


def _infinitive_under(word: Token, trigger: Token, s: Parsed) -> bool:
    """The clause of `word` that holds `trigger` is an infinitive ("allowed X TO hold a rally")."""
    for node in [trigger, *s.ancestors(trigger)]:
        head = s.head(node)
        if head is not None and head.i == word.i:
            return any(a.dep == "aux" and a.text.lower() == "to" for a in s.kids(node))
    return False


def _through_aspect(draft: Draft, s: Parsed, by_i: dict[int, Draft]) -> tuple[Token, str] | None:
    """The governor, looking through aspect verbs that are no event ('readiness to CONTINUE supporting',
    'agreed to BEGIN withdrawing')."""
    found = _governor(draft, s)
    for _ in range(4):
        if found is None or found[0].i in by_i or found[1] == "purpose":
            return found
        word = found[0]
        if word.pos != "VERB" or "aspect" not in frames().verbs.get(word.lemma.lower(), ()):
            return found
        found = _governor(Draft(word, COMMITMENT, [word]), s)
    return found


def _frame_class(word: Token, link: str, by_i: dict[int, Draft]) -> str | None:
    lexicon = frames()
    lemma = word.lemma.lower()
    if word.pos == "ADJ":
        return lexicon.adjectives.get(lemma)
    if word.pos in ("NOUN", "PROPN"):
        return lexicon.nouns.get(lemma)
    classes = lexicon.verbs.get(lemma, ())
    if link == "that" and "speech" in classes:
        return "speech"
    found = next((c for c in classes if c != "speech"), None) or (classes[0] if classes else None)
    if found is None and word.i in by_i:  # a trigger of those kinds governs like them: "vowed to attack"
        found = next((k for k, t in FRAME_TYPES.items() if by_i[word.i].rule.type == t), None)
    return found


def _one_fact_per_frame(drafts: list[Draft], s: Parsed, mentions: list[ActorMention],
                        lexicon: TriggerLexicon) -> list[Draft]:
    """What is promised, asked, refused or threatened is one event with the promise, the request, the
    refusal or the threat ("agreed to provide aid": AGREE; "urged Moscow to withdraw": REQUEST); a purpose
    ("deployed troops to support X") is part of its action; plans and aspect verbs only set the time of the
    event they govern; what a statement reports is the event, and a promise of cooperation there is an
    AGREE, an announced use of force a THREATEN, an obligation laid on another a REQUEST."""
    table = frames()
    by_i = {d.trigger.i: d for d in drafts}
    gone: set[int] = set()
    for draft in sorted(drafts, key=lambda d: -len(s.ancestors(d.trigger))):  # the deepest clause first
        if id(draft) in gone:
            continue
        found = _through_aspect(draft, s, by_i)
        if found is None:
            continue
        word, link = found
        if word.i == draft.trigger.i:
            continue
        if link == "to" and word.i in by_i and by_i[word.i].modality is Modality.NEGATED and \
                _frame_class(word, link, by_i) is None and word.pos == "VERB" and draft.trigger.pos == "VERB":
            link = "purpose"  # "did not intervene to halt the advance": what an act not done was for is not done
        if link == "purpose":
            owner = by_i.get(word.i) or next((by_i[o.i] for o in s.kids(word, "dobj") if o.i in by_i), None)
            if owner is not None and id(owner) not in gone and owner is not draft:
                absorb(owner, draft)  # "staged demonstrations to demand reforms": one protest
                gone.add(id(draft))
            continue
        kind = _frame_class(word, link, by_i)
        if kind == "permission" and (not _infinitive_under(word, draft.trigger, s) or
                                     s.kids(word, "nsubjpass", "auxpass")):
            continue  # "X will be allowed to keep the bases": who would allow it is not told; a permission
            # governs an infinitive ("allowed X to hold"), not a clause
        if kind in FRAME_TYPES:
            owner = by_i.get(word.i)
            if owner is None or id(owner) in gone:
                owner = Draft(word, Trigger(FRAME_TYPES[kind], None), [word])
                _participants(owner, s, mentions)
                owner.modality = _modality(word, s)
                owner.time = draft.time
                drafts.append(owner)
                by_i[word.i] = owner
            if kind == "commitment" and draft.rule.type in table.force:
                owner.rule = Trigger(EventType.THREATEN, None)  # "vowed to strike back"
            elif kind == "commitment" and owner.rule.type != EventType.AGREE:
                owner.rule = COMMITMENT
            elif kind != "commitment" and owner.rule.type != FRAME_TYPES[kind]:
                owner.rule = Trigger(FRAME_TYPES[kind], None)
            absorb(owner, draft, as_targets=kind != "commitment")
            owner.governs = True
            gone.add(id(draft))
        elif kind == "plan":
            if draft.rule.type in table.promised_when_future:
                draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED
            elif draft.rule.type in table.force:
                draft.rule, draft.modality = Trigger(EventType.THREATEN, None), Modality.ASSERTED
            draft.actors += [a for a in _subject_refs(word, s, mentions) if a not in draft.actors]
        elif kind == "speech":
            _reported(draft, word, s, mentions)
    kept = [d for d in drafts if id(d) not in gone]
    for draft in kept:
        condition = next((c for c in s.kids(draft.trigger, "advcl") if any(
            m.text.lower() == "unless" for m in s.kids(c, "mark"))), None)
        if draft.modality is Modality.FUTURE and condition is not None:
            draft.rule, draft.modality = Trigger(EventType.THREATEN, None), Modality.ASSERTED  # "will withdraw unless"
            for other in kept:  # "... unless Somalia holds elections": what is demanded, of whom
                if other is not draft and (other.trigger.i == condition.i or condition.i in {
                        a.i for a in s.ancestors(other.trigger)}):
                    absorb(draft, other, as_targets=True)
                    gone.add(id(other))
        elif draft.modality is Modality.FUTURE and draft.rule.type in table.promised_when_future:
            draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED  # "Russia will provide aid": a promise
        elif draft.modality is Modality.NEGATED and draft.rule.type in table.cooperation and \
                {c.text.lower() for c in s.kids(draft.trigger) if c.dep == "aux"} & {"will", "would", "wo"}:
            draft.rule, draft.modality = Trigger(EventType.REJECT, None), Modality.ASSERTED  # "would not hand him over"
    return sorted((d for d in kept if id(d) not in gone), key=lambda d: d.trigger.i)


def _subject_refs(word: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who does what a word says: its subject, or for a noun its possessor ("Russia's decision to ...")."""
    if word.pos in ("NOUN", "PROPN"):
        return [i for p in s.kids(word, "poss") for i in refer(p, s, mentions)]
    subject = subject_of(word, s)
    return refer(subject, s, mentions) if subject is not None else []


def _reported(draft: Draft, verb: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    """'X said it would send aid' (a promise: AGREE), 'X said it would strike' (THREATEN), 'X said Y must
    leave' (X's REQUEST of Y)."""
    table = frames()
    speaker = _subject_refs(verb, s, mentions)
    clause = draft.trigger
    if clause.dep == "acomp" and (copula := s.head(clause)) is not None:
        clause = copula
    elif clause.pos in ("NOUN", "PROPN") and clause.dep in ("dobj", "nsubj", "nsubjpass", "attr") and (
            verb_of := s.head(clause)) is not None and verb_of.pos in ("VERB", "AUX"):
        clause = verb_of  # "it would tighten the blockade": the noun's clause is its verb's
    auxiliaries = {c.text.lower() for c in s.kids(clause) if c.dep in ("aux", "auxpass")}
    governor = s.head(clause)
    obliged = bool(auxiliaries & {o[0] for o in table.obligation if len(o) == 1}) or (
        clause.dep == "xcomp" and governor is not None and governor.lemma.lower() in ("have", "need"))
    subject = subject_of(clause, s)
    doer = refer(subject, s, mentions) if subject is not None else []
    conditioned = any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in s.kids(clause)) or any(
        c.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in CONDITION_MARKS for m in s.kids(c))
        for c in s.kids(clause))
    if draft.modality is Modality.HYPOTHETICAL and "would" in auxiliaries and not conditioned and \
            verb.tag in ("VBD", "VBN"):
        draft.modality = Modality.FUTURE  # "he said Moscow would support ...": the future seen from the past
        if draft.rule.type in table.promised_when_future:
            draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED
    if obliged and speaker and not set(doer) & set(speaker):
        draft.rule, draft.modality = Trigger(EventType.REQUEST, None), Modality.ASSERTED
        draft.targets = [t for t in [*doer, *draft.targets] if t not in speaker]
        draft.actors = list(speaker)
    elif draft.modality in (Modality.FUTURE, Modality.HYPOTHETICAL) and draft.rule.type in table.force and \
            auxiliaries & (FUTURE_AUX | {"would", "may", "might", "could"}):
        draft.rule, draft.modality = Trigger(EventType.THREATEN, None), Modality.ASSERTED  # "said it would strike"
