"""Standing relations of backing told in passing: who backs whom, as a state rather than an act of a day.

"X was a key backer of Y throughout the war", "X, Y's main sponsor, ...", "X's forces, which backed Y until his
ouster, took ...", "Y, who enjoyed X's support for years as his government fought a war": each tells one fact, X
backing Y, whatever else its sentence reports. Such words hang in a copula's predicate, an apposition or a
relative clause, where the rules of one event per fact (`facts.py`) rightly drop acts told as background; a
relation stays. The words are data (`lexicon/relations.yaml`).

Contract: `standing_relations(s, mentions, kept)` reads one parsed sentence and the drafts its pipeline kept, and
returns the new drafts (one per relation whose trigger no kept draft has), participants set: the patron acting,
the client its target. A kept draft on a relation's trigger is that relation: it gets the client as target and
the relation's type, and no new draft is made. Type: AID for backing in a war named in its clause or by a state's
military, else SUPPORT (`relation_type`). Modality from the governing verb (`modality.modality_of`); time only
from the relation's own "since" phrase ("has backed Y since 2015"), else none: "throughout the war", "for years",
"until his ouster" give no date.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier.extract.drafts import Draft
from dossier.extract.modality import modality_of
from dossier.extract.syntax import Parsed, refer, subject_of
from dossier.extract.time import parse_time
from dossier.lexicon import Trigger, frames, load_yaml
from dossier.models import ActorMention, Span, TimeExpr, Token
from dossier.plover import EventType

COPULAS = {"be", "remain", "become", "stay"}
RECORDED_AS = "backer"  # the word every relation of backing is recorded under: resolution knows it by it
# (`lexicon/once.yaml`, the kinds marked `standing`), and two sources' wordings ("backer", "backed") are one word
WAR_PREPS = {"in", "during", "throughout", "through"}


@dataclass(frozen=True, slots=True)
class RelationWords:
    """`relations.yaml`: the words that tell a relation of backing."""

    patrons: frozenset[str]  # "backer", "patron": the noun names the patron, its "of" phrase the client
    backing: frozenset[str]  # "back", "support": a relative clause on the patron
    received: frozenset[str]  # "enjoy", "have": the subject has the backing ...
    support: frozenset[str]  # ... that its object names ("X's support", "the backing of X")
    military: frozenset[str]  # "forces", "army": a patron that is a state's armed force


@lru_cache(maxsize=1)
def relation_words() -> RelationWords:
    data = load_yaml("relations.yaml")
    received = data.get("received") or {}
    return RelationWords(frozenset(data.get("patrons") or ()), frozenset(data.get("backing") or ()),
                         frozenset(received.get("verbs") or ()), frozenset(received.get("support") or ()),
                         frozenset(data.get("military") or ()))


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation found: its trigger (the word a kept draft would have), the words saying it, the clause's verb
    (modality, war, "since"), and the phrases naming the patron and the client."""

    trigger: Token
    words: tuple[Token, ...]
    verb: Token
    patron: tuple[int, ...]
    client: tuple[int, ...]


def standing_relations(s: Parsed, mentions: list[ActorMention], kept: list[Draft],
                       times: Sequence[Span] = ()) -> list[Draft]:
    """The drafts of the sentence's relations of backing that `kept` lacks (see the module's contract)."""
    by_trigger = {d.trigger.i: d for d in kept}
    found: list[Draft] = []
    for relation in relations_in(s, mentions):
        rule = Trigger(relation_type(relation, s, mentions), None)
        draft = by_trigger.get(relation.trigger.i)
        if draft is not None:  # the pipeline kept it: it is this relation
            if draft.rule.type in (EventType.SUPPORT, EventType.AID):
                draft.rule = rule
                draft.actors += [a for a in relation.patron if a not in draft.actors]
                draft.targets += [c for c in relation.client if c not in draft.targets and c not in draft.actors]
                draft.lemma, draft.standing = RECORDED_AS, draft.time is None
            continue
        draft = Draft(relation.trigger, rule, sorted(relation.words, key=lambda w: w.i), list(relation.patron),
                      [c for c in relation.client if c not in relation.patron])
        draft.modality = modality_of(relation.verb, s)
        draft.time = since(relation.verb, s, times)
        draft.lemma, draft.standing = RECORDED_AS, draft.time is None
        found.append(draft)
        by_trigger[relation.trigger.i] = draft
    return found


def relations_in(s: Parsed, mentions: list[ActorMention]) -> Iterator[Relation]:
    """Each relation of backing the sentence tells with both a patron and a client named."""
    words = relation_words()
    for token in s.sentence.tokens:
        lemma = token.lemma.lower()
        relation = None
        if token.pos in ("NOUN", "PROPN") and lemma in words.patrons:
            relation = _patron_noun(token, s, mentions)
        elif token.pos == "VERB" and lemma in words.backing and token.dep == "relcl":
            relation = _backing_clause(token, s, mentions)
        elif token.pos == "VERB" and lemma in words.received:
            relation = _backing_had(token, s, mentions)
        if relation is not None and relation.patron and relation.client:
            yield relation


def _patron_noun(noun: Token, s: Parsed, mentions: list[ActorMention]) -> Relation | None:
    """'X was a key backer of Y', 'X remained Y's patron', 'X, a backer of Y,', 'Y's backer, X,'."""
    client = [i for p in s.kids(noun, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj")
              for i in _named(o, s, mentions)]
    client += [i for o in s.kids(noun, "poss") for i in _named(o, s, mentions) if i not in client]
    head = s.head(noun)
    if head is None:
        return None
    if noun.dep in ("attr", "acomp") and head.lemma.lower() in COPULAS:
        if _describes_a_thing(head, s):
            return None  # "ending an era when X had been Y's backer": what the era was, told of the era
        subject = subject_of(head, s)
        patron = _named(subject, s, mentions) if subject is not None else []
        return Relation(noun, (noun,), head, tuple(patron), tuple(client))
    if noun.dep == "appos" and head.i in s.mention_at:  # "X, a backer of Y,"
        return Relation(noun, (noun,), _clause_verb(head, s), (s.mention_at[head.i],), tuple(client))
    named = [s.mention_at[a.i] for a in s.kids(noun, "appos") if a.i in s.mention_at]
    if named and noun.i not in s.mention_at:  # "Y's main backer, X,"
        return Relation(noun, (noun,), _clause_verb(noun, s), tuple(named), tuple(client))
    return None


def _backing_clause(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Relation | None:
    """'Russian forces, which backed Y until 2024, took ...': a relative clause on the patron."""
    head = s.head(verb)
    if head is None or head.i not in s.mention_at or s.kids(verb, "nsubjpass"):
        return None
    patron = _named(head, s, mentions)  # "Russian forces": the forces, and Russia in them
    client = [i for o in s.kids(verb, "dobj") for i in _named(o, s, mentions) if i not in patron]
    return Relation(verb, (verb,), verb, tuple(patron), tuple(client))


def _backing_had(verb: Token, s: Parsed, mentions: list[ActorMention]) -> Relation | None:
    """'Y, who enjoyed X's support for years', 'Y had the backing of X': the subject is the client, the
    possessor or the "of"/"from" phrase of the backing the patron."""
    words = relation_words()
    subject = subject_of(verb, s)
    if subject is None:
        return None
    client = _named(subject, s, mentions)
    for obj in s.kids(verb, "dobj"):
        if obj.lemma.lower() not in words.support:
            continue
        patron = [i for o in s.kids(obj, "poss") for i in _named(o, s, mentions)]
        patron += [i for p in [*s.kids(obj, "prep"), *s.kids(verb, "prep")] if p.text.lower() in ("of", "from")
                   for o in s.kids(p, "pobj") for i in _named(o, s, mentions) if i not in patron]
        return Relation(obj, (verb, obj), verb, tuple(patron), tuple(c for c in client if c not in patron))
    return None


def _named(token: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """The parties a phrase names; a possessor of a noun that is no party names someone else ("Y's
    predecessor, Z": Z, not Y)."""
    found = refer(token, s, mentions)
    others = {s.mention_at[w.i] for w, _ in s.subtree(token) if w.dep == "poss" and w.i in s.mention_at
              and w.i != token.i
              and (owner := s.head(w)) is not None and s.mention_at.get(owner.i) != s.mention_at[w.i]}
    return [i for i in found if i not in others]


def _describes_a_thing(verb: Token, s: Parsed) -> bool:
    """A clause describing a noun that names no party ('an era when ...', 'the fact that ...'): it tells what
    that time or thing was, not a relation of its own."""
    noun = s.head(verb)
    return verb.dep in ("relcl", "acl") and noun is not None and noun.i not in s.mention_at


def _clause_verb(token: Token, s: Parsed) -> Token:
    """The verb of the clause a noun stands in (its modality and its phrases are the relation's)."""
    for node in [token, *s.ancestors(token)]:
        if node.pos in ("VERB", "AUX"):
            return node
    return token


def relation_type(relation: Relation, s: Parsed, mentions: list[ActorMention]) -> EventType:
    """AID where the backing is military help: in a war its clause names ("throughout the war", "as his
    government fought a civil war") or given by a state's military ("Russian forces, which backed Y"); else
    SUPPORT (PLOVER: political, non-material support)."""
    wars = frames().wars
    military = relation_words().military
    for node in {relation.trigger.i: relation.trigger, relation.verb.i: relation.verb}.values():
        if any(o.lemma.lower() in wars for p in s.kids(node, "prep") if p.text.lower() in WAR_PREPS
               for o in s.kids(p, "pobj")):
            return EventType.AID
        if any(w.lemma.lower() in wars for c in s.kids(node, "advcl")
               for w in [*s.kids(c, "dobj", "nsubj", "attr"),
                         *(o for p in s.kids(c, "prep") for o in s.kids(p, "pobj"))]):
            return EventType.AID
    for index in relation.patron:
        mention = mentions[index]
        if mention.descriptor == "military" or (mention.text.split() or [""])[-1].lower() in military:
            return EventType.AID
    return EventType.SUPPORT


def since(verb: Token, s: Parsed, times: Sequence[Span]) -> TimeExpr | None:
    """The date a relation began, where its own words give it: 'has backed Y since 2015'."""
    starts = {o.i for p in s.kids(verb, "prep") if p.text.lower() == "since" for o in s.kids(p, "pobj")}
    for span in times:
        if any(i in starts for i in range(span.token_start, span.token_end)):
            return parse_time(span.text)
    return None
