"""Who went along: a clause naming the companions of a visit, a meeting or talks ("the delegation included A and B",
"Also present on the Syrian side was C", "D attended the meeting", "E travelled with him", "F accompanied the
president", "the Russian side was represented by G").

Contract: `gone_along(s, mentions)` finds such clauses in a sentence (`Along`: the word saying it, the people
named, whom they went with, the side or gathering named, whether they came only as observers), words in
`lexicon/companions.yaml`. `joined(along, drafts, s, mentions, before)` then adds those people to the sentence's own
meeting where it tells one ("Putin, accompanied by Lavrov, met X"), else makes one draft per clause that names the
gathering told before again: the one it names ("the talks", "the recent Moscow talks"), else the article's current
visit or meeting (a few sentences back at most). That draft has the earlier mention's type, mode, place and parties,
with the companions added on the side they went with, and restates it (`Draft.restates`), so it is dated by it and
joins its event: the clause is no event of its own. Observers ("attended the talks as observers") are no parties:
they are kept as the mention's companions (`Draft.along`), which conflicts compare between sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dossier.extract.attach_time import ordinal_of
from dossier.extract.drafts import Draft
from dossier.extract.syntax import PRONOUNS, Parsed, refer, subject_of
from dossier.lexicon import Trigger, along_words
from dossier.models import ActorMention, EntityType, EventMention, Modality, Token
from dossier.plover import EventType, Mode

NEAR = 5  # an unnamed gathering is the article's current one: told at most this many sentences before
DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their"}


@dataclass(frozen=True, slots=True)
class Along:
    """One clause naming companions: `word` says it, `people` went along (mention indices), with `whom` (a party
    they accompanied) or on the side of `side` (the party a "Syrian side" or "Syrian delegation" names), to the
    gathering `gathering` names where it names one; `observers`: they came as observers, no party."""

    word: Token
    people: tuple[int, ...]
    whom: tuple[int, ...] = ()
    side: tuple[int, ...] = ()
    gathering: Token | None = None
    observers: bool = False


def gone_along(s: Parsed, mentions: list[ActorMention]) -> list[Along]:
    """The sentence's clauses naming who went along to a gathering (see the module's docstring)."""
    found = []
    for token in s.sentence.tokens:
        along = _clause(token, s, mentions)
        if along is not None and (along.people or along.observers):
            found.append(along)
    return found


def _clause(token: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """The companions a clause tells, by the kind of its word (`lexicon/companions.yaml`)."""
    if token.pos not in ("VERB", "ADJ"):  # every kind's word is a verb or an adjective: most tokens end here
        return None
    lemma = token.lemma.lower()
    readers = (("VERB", "attend", _attended), ("ADJ", "present", _present), ("VERB", "accompany", _accompanied),
               ("VERB", "travel", _travelled_with), ("VERB", "include", _included),
               ("VERB", "represent", _represented))
    for pos, kind, read in readers:
        if token.pos == pos and lemma in along_words(kind):
            return read(token, s, mentions)
    return None


def _attended(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """'D (also) attended the meeting', 'the envoys attended the talks as observers': the object is a gathering."""
    gathering = next((o for o in s.kids(verb, "dobj") if _gathering(o)), None)
    if gathering is None:
        return None
    subject = subject_of(verb, s)
    people = _people(subject, s, mentions) if subject is not None else ()
    as_what = [o for w in (verb, gathering) for p in s.kids(w, "prep") if p.text.lower() == "as"
               for o in s.kids(p, "pobj")]
    observers = any(o.lemma.lower() in along_words("observers") or o.text.lower() in along_words("observers")
                    for o in as_what)
    return Along(verb, () if observers else people, gathering=gathering, observers=observers)


def _present(adjective: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """'Also present on the Syrian side was C', 'C was also present at the talks': the copula's subject."""
    head = s.head(adjective)
    if adjective.dep not in ("acomp", "ROOT") or (head is not None and head.lemma.lower() != "be"):
        return None
    clause = head if head is not None else adjective
    subjects = [c for w in (clause, adjective) for c in s.kids(w, "nsubj", "attr") if c.i != adjective.i]
    people = tuple(i for subject in subjects for i in _people(subject, s, mentions))
    side, gathering = _side_and_gathering(adjective, s, mentions)
    return Along(adjective, people, side=side, gathering=gathering)


def _accompanied(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """'F accompanied the president'; 'Lavrov was accompanied by G': who went along, with whom."""
    agents = [p for a in s.kids(verb, "agent") for p in s.kids(a, "pobj")]
    if agents:
        whom = [c for c in s.kids(verb, "nsubjpass")]
        if not whom and verb.dep == "acl" and (noun := s.head(verb)) is not None:
            whom = [noun]  # "Putin, accompanied by G, met X"
        return Along(verb, tuple(i for a in agents for i in _people(a, s, mentions)),
                     whom=tuple(i for w in whom for i in refer(w, s, mentions)))
    subject = subject_of(verb, s)
    objects = s.kids(verb, "dobj")
    if subject is None or not objects:
        return None
    return Along(verb, _people(subject, s, mentions), whom=tuple(i for o in objects for i in refer(o, s, mentions)))


def _travelled_with(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """'E travelled with him': a journey made with a person named before."""
    partners = [o for p in s.kids(verb, "prep") if p.text.lower() == "with" for o in s.kids(p, "pobj")]
    whom = tuple(i for o in partners for i in refer(o, s, mentions) if mentions[i].type is EntityType.PERSON)
    subject = subject_of(verb, s)
    if not partners or subject is None or (partners and all(o.pos != "PRON" for o in partners) and not whom):
        return None
    people = _people(subject, s, mentions)
    return Along(verb, people, whom=tuple(i for i in whom if i not in people))  # "him" read as the subject: unknown


def _included(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """'The (Syrian) delegation included A and B': a definite group noun as subject, its members as objects
    ('a delegation that included ...' introduces the group: `participants` reads it as the visit's members)."""
    subject = next(iter(s.kids(verb, "nsubj")), None)
    if subject is None or subject.lemma.lower() not in along_words("groups") or not _definite(subject, s):
        return None
    members = tuple(i for o in s.kids(verb, "dobj") for i in _people(o, s, mentions))
    return Along(verb, members, side=_named_side(subject, s, mentions))


def _represented(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Along | None:
    """'During the talks, the Russian side was represented by G' (also '... not only by A but also by G')."""
    sides = [c for c in s.kids(verb, "nsubjpass") if c.lemma.lower() in along_words("groups")]
    if not sides:
        return None
    agents = list(s.kids(verb, "agent"))
    agents += [c for a in agents for c in s.kids(a, "conj")]
    people = tuple(i for a in agents for p in s.kids(a, "pobj") for i in _people(p, s, mentions))
    _, gathering = _side_and_gathering(verb, s, mentions)
    return Along(verb, people, side=_named_side(sides[0], s, mentions), gathering=gathering)


def _side_and_gathering(word: Token, s: Parsed,
                        mentions: list[ActorMention]) -> tuple[tuple[int, ...], Token | None]:
    """'on the Syrian side' (the side's party), 'at the talks', 'during the recent Moscow talks' (the gathering)."""
    side: tuple[int, ...] = ()
    gathering = None
    for prep in s.kids(word, "prep"):
        for noun in s.kids(prep, "pobj"):
            if noun.lemma.lower() in along_words("groups"):
                side = _named_side(noun, s, mentions)
            elif _gathering(noun) and prep.text.lower() in ("at", "during", "in", "for"):
                gathering = noun
    return side, gathering


def _named_side(noun: Token, s: Parsed, mentions: list[ActorMention]) -> tuple[int, ...]:
    """The party a group noun names with it: 'the Syrian side', "Russia's delegation"."""
    return tuple(s.mention_at[c.i] for c in s.kids(noun, "amod", "compound", "poss", "nmod") if c.i in s.mention_at)


def _gathering(noun: Token) -> bool:
    return noun.pos in ("NOUN", "PROPN") and noun.lemma.lower() in along_words("gatherings")


def _definite(noun: Token, s: Parsed) -> bool:
    return any(c.dep in ("det", "poss") and c.text.lower() in DEFINITE for c in s.kids(noun)) or any(
        c.dep == "poss" for c in s.kids(noun))


def _people(token: Token, s: Parsed, mentions: list[ActorMention]) -> tuple[int, ...]:
    """The people a companion argument names: its own name and its conjuncts' ('A, B and C'), or the name set
    beside a description ("the president's elder brother C"); not who an apposition or a phrase inside it
    names ('C, brother of leader D': only C)."""
    found: list[int] = []
    stack = [token]
    while stack:
        current = stack.pop()
        index = s.mention_at.get(current.i)
        if index is None:
            index = next((s.mention_at[c.i] for c in s.kids(current, "appos", "compound") if c.i in s.mention_at
                          and mentions[s.mention_at[c.i]].type is EntityType.PERSON), None)
        if index is None and current.pos == "PRON" and current.text.lower() in PRONOUNS:
            index = next(iter(refer(current, s, mentions)), None)
        if index is not None and mentions[index].type is EntityType.PERSON and index not in found:
            found.append(index)
        stack += reversed(s.kids(current, "conj"))
    return tuple(found)


def joined(along: Sequence[Along], drafts: list[Draft], s: Parsed, mentions: list[ActorMention],
           before: Sequence[EventMention]) -> list[Draft]:
    """Companions given to the gathering they went to: the sentence's own meeting (`drafts`, changed in place; no
    new draft), else one draft per clause restating the gathering told before (see the module's docstring)."""
    made: list[Draft] = []
    own = [d for d in drafts if d.rule.type == EventType.CONSULT and not named_again(d, along)]
    for clause in along:
        if own:
            _add(own[0], clause, mentions)
            continue
        index = referred_gathering(clause, s, mentions, before)
        if index is None:
            continue
        earlier = before[index]
        draft = Draft(clause.word, Trigger(EventType.CONSULT, earlier.mode), [clause.word],
                      actors=list(earlier.actors), targets=list(earlier.targets), location=earlier.location,
                      modality=Modality.ASSERTED, restates=index, joins=True)
        _add(draft, clause, mentions)
        made.append(draft)
    return made


def delegation_of_the_visit(drafts: Sequence[Draft], s: Parsed, mentions: list[ActorMention],
                            before: Sequence[EventMention]) -> None:
    """'The ministers' visit to Kessel was the first since the war. Vell led a delegation that included Oda and
    Ruiz.': a visit told only by who went (`told_by_who_went`: people acting, no place, no one visited, no time of
    its own) says who made up the visit the article is telling: it restates the article's current visit or meeting
    (`referred_gathering`, a few sentences back at most) and joins its event, its people the visit's; a visit the
    sentence numbers ("the second visit of X", `attach_time.ordinal_of`) is one of a series, never the one before.
    Changed in place."""
    for draft in drafts:
        if ordinal_of(draft.trigger, s) is not None:
            continue  # "the second visit of X to Y": one of a series, a visit of its own
        if draft.restates is None and draft.time is None and draft.time_ref is None and told_by_who_went(
                draft.rule, draft.modality, [mentions[i].type for i in draft.actors], draft.targets, draft.location):
            index = referred_gathering(Along(draft.trigger, ()), s, mentions, before)
            if index is not None:
                draft.restates, draft.joins = index, True


def told_by_who_went(rule: Trigger, modality: Modality, actors: Sequence[EntityType], targets: Sequence[int],
                     location: int | None) -> bool:
    """A visit naming people who went and neither where they went nor whom they visited ('X led a high-level
    delegation that included Y and Z'), asserted: it tells the make-up of a visit, not a visit of its own."""
    return rule.type == EventType.CONSULT and rule.mode is Mode.VISIT and modality is Modality.ASSERTED and \
        EntityType.PERSON in actors and not targets and location is None


def named_again(draft: Draft, along: Sequence[Along]) -> bool:
    """A draft of the gathering a companion clause names ('during the recent talks, the Russian side was
    represented by X'): that gathering told before, no meeting of the sentence's own."""
    return any(clause.gathering is not None and draft.trigger.i == clause.gathering.i for clause in along)


def _add(draft: Draft, clause: Along, mentions: list[ActorMention]) -> None:
    """The companions on the side they went with: that of whom they accompanied, else of the party their side
    names (added with them where the gathering lacks it), else the actors'."""
    if clause.observers:
        draft.along = (*draft.along, "observers")
        return
    with_them = _keys(clause.whom or clause.side, mentions)
    if with_them and _keys(draft.targets, mentions) & with_them and not _keys(draft.actors, mentions) & with_them:
        side = draft.targets
    elif with_them and not (_keys(draft.actors, mentions) | _keys(draft.targets, mentions)) & with_them:
        side = draft.targets
        side += [i for i in clause.side if mentions[i].type is EntityType.STATE]
    else:
        side = draft.actors
    side += [i for i in clause.people if i not in draft.actors and i not in draft.targets]


def referred_gathering(clause: Along, s: Parsed, mentions: list[ActorMention],
                       before: Sequence[EventMention]) -> int | None:
    """The article's earlier mention of the gathering a companion clause refers to: an asserted visit or meeting
    (not a call, nor a summit: who attends one is a party of its own); the one at the place it names ('the
    recent Moscow talks'), else the last one where it names one ('the talks'), else the last one told in the
    sentences just before (`NEAR`)."""
    places = set()
    if clause.gathering is not None:
        places = _keys([s.mention_at[c.i] for c in s.kids(clause.gathering, "compound", "amod", "nmod")
                        if c.i in s.mention_at], mentions, countries=False)
    for index in range(len(before) - 1, -1, -1):
        earlier = before[index]
        if earlier.type != EventType.CONSULT or earlier.mode not in (None, Mode.VISIT) or \
                earlier.modality is not Modality.ASSERTED:
            continue
        if clause.gathering is None and s.sentence.index - earlier.sentence > NEAR:
            return None
        if places and not places & _keys([*earlier.actors, *earlier.targets, *(
                [earlier.location] if earlier.location is not None else [])], mentions, countries=False):
            continue
        return index
    return None


def _keys(indices: Sequence[int], mentions: list[ActorMention], countries: bool = True) -> set[str]:
    """Who mentions name, across the article's sentences: the pack's id, else the name, or the country a
    demonym or a capital stands for ('Syrian', 'Syria' and 'Damascus' are one side)."""
    keys = set()
    for i in indices:
        m = mentions[i]
        keys.add((m.pack_id or m.name).lower())
        if m.country and countries:
            keys.add(m.country.lower())
    return keys
