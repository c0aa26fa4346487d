"""Political acts PLOVER does not type: who is given a post ("named X prime minister", "X was sworn in as
president", "promoted X to the rank of general"), who proclaims himself or a state ("declared himself head of the
council", "declared independence"), who forms a government. Such an event has no PLOVER type; it names its act by
a kind of `lexicon/acts.yaml` (its `Trigger.kind`, type `UNTYPED_ACT`; `EventMention.type` None).

A verb of appointing tells an act only where it names the post ('as' a post, a post as its predicate, 'to' a post
or rank: `posts`), so that "chose the venue" or "named the bridge after him" is none; a participle before a noun
("the newly appointed envoy") is a title, no act. What a verb of our lexicons already types keeps its type (a
resignation is RETREAT, a seizure of power COERCE): a verb Dossier's own list types (`TriggerLexicon.known`) is
never an act; one only the field's verb dictionary types (CAMEO codes "appoint X as" as cooperation, "declare
independence" as a demand) is the act where its words tell one.

Contract: `acts_told(drafts, s, known)` returns the drafts with each act's draft added (or put in place of the
verb's draft from the dictionary); `doers_of_acts(drafts, s)`, once participants are found, makes the subject of a
passive act done by oneself ("X was sworn in") its actor, and the body an act forms ("formed its own government")
no party of it.
"""

from __future__ import annotations

from dossier.extract.drafts import Draft
from dossier.extract.syntax import Parsed
from dossier.lexicon import UNTYPED_ACT, Acts, Trigger, acts
from dossier.models import Token

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# acts done by the one they make (sworn in, proclaimed, forming a government): the subject of a passive does them
SELF_KINDS = frozenset({"inauguration", "proclamation", "government formation"})
TITLE_DEPS = frozenset({"amod", "compound", "acl"})  # "the newly appointed envoy": a participle used as a title


def acts_told(drafts: list[Draft], s: Parsed, known: frozenset[str]) -> list[Draft]:
    """Each verb of the sentence that tells an act of `acts.yaml` as one draft of its kind (see the contract)."""
    table = acts()
    found: list[Draft] = []
    by_verb = {d.trigger.i: d for d in drafts}
    for token in s.sentence.tokens:
        if token.pos != "VERB" or token.dep in TITLE_DEPS:
            continue
        if token.i in by_verb and token.lemma.lower() in known:
            continue  # what our own lexicon types keeps its type
        kind, words = act_of(token, s, table)
        if kind is not None:
            found.append(Draft(token, Trigger(UNTYPED_ACT, None, kind), [token, *words]))
    if not found:
        return drafts
    taken = {d.trigger.i for d in found}
    return sorted([d for d in drafts if d.trigger.i not in taken] + found, key=lambda d: d.trigger.i)


def act_of(verb: Token, s: Parsed, table: Acts) -> tuple[str | None, list[Token]]:
    """The kind of act a verb tells, with the words it covers beside the verb; (None, []) for none."""
    lemma = verb.lemma.lower()
    kids = s.kids(verb)
    objects = [k for k in kids if k.dep in ("dobj", "nsubjpass")]
    for obj in objects:
        kind = table.objects.get((lemma, obj.lemma.lower()))
        if kind is not None:
            return kind, [obj]  # "declared independence", "formed a cabinet", "a government was formed"
    if lemma in table.sworn:
        kind, needs = table.sworn[lemma]
        particles = [k for k in kids if k.dep in ("prt", "prep") and k.text.lower() in needs and k.i == verb.i + 1]
        objs = [o for o in objects if o.lemma.lower() in needs]
        if particles or objs:
            return kind, [*particles, *objs]  # "was sworn in", "took the oath"
        if not needs and (s.kids(verb, "nsubjpass") or post_named(verb, s, table.posts)):
            return kind, []  # "was inaugurated", "inaugurated X as president"
    if lemma in table.reflexive and _proclaims_self(verb, s, table.posts):
        return table.reflexive[lemma], []  # "declared himself head of the council"
    if lemma in table.verbs and (objects or predicate_names(verb, s)) and post_named(verb, s, table.posts):
        return table.verbs[lemma], []  # "named X prime minister", "X was promoted to general"
    return None, []


def predicate_names(verb: Token, s: Parsed) -> list[int]:
    """'named Carlos Mendez prime minister', parsed as one predicate: the mentions named before its post noun."""
    nouns = [k for k in s.kids(verb) if k.dep in ("oprd", "attr")]
    return list(dict.fromkeys(s.mention_at[w.i] for n in nouns for w, _ in s.subtree(n)
                              if w.i < n.i and w.i in s.mention_at))


def post_named(verb: Token, s: Parsed, posts: frozenset[str]) -> bool:
    """The verb names a post: 'as' a post (hanging from it or from its object), a post as its predicate ("named
    him prime minister", "was named deputy head"), or 'to' a post or rank ("promoted to the rank of general")."""
    return bool(post_nouns(verb, s, posts))


def post_nouns(verb: Token, s: Parsed, posts: frozenset[str]) -> list[Token]:
    """The nouns naming the post a verb gives or takes (`post_named`)."""
    holders = [verb, *(k for k in s.kids(verb) if k.dep in ("dobj", "nsubjpass"))]
    nouns = [o for h in holders for p in s.kids(h, "prep") if p.text.lower() == "as" for o in s.kids(p, "pobj")]
    nouns += [o for p in s.kids(verb, "prep") if p.text.lower() == "to" for o in s.kids(p, "pobj")]
    nouns += [k for k in s.kids(verb) if k.dep in ("oprd", "attr", "ccomp", "xcomp") and k.pos in ("NOUN", "PROPN")]
    return [n for n in nouns if is_post(n, s, posts)]


def post_holders(verb: Token, s: Parsed, posts: frozenset[str]) -> list[int]:
    """'sworn in as president of Y', 'declared himself head of Y': the mentions the post is of (after its noun)."""
    return list(dict.fromkeys(s.mention_at[w.i] for n in post_nouns(verb, s, posts) for w, _ in s.subtree(n)
                              if w.i > n.i and w.i in s.mention_at))


def is_post(noun: Token, s: Parsed, posts: frozenset[str]) -> bool:
    """A noun naming a post or rank, by its head or a word before it ("prime minister", "field marshal")."""
    words = {noun.lemma.lower(), noun.text.lower()}
    words |= {k.lemma.lower() for k in s.kids(noun) if k.dep in ("compound", "amod") and k.i < noun.i}
    return bool(words & posts)


def _proclaims_self(verb: Token, s: Parsed, posts: frozenset[str]) -> bool:
    """'declared himself head of the council', 'proclaimed itself the government': a reflexive object (or the
    subject of the clause it governs) and a post."""
    clauses = [verb, *(k for k in s.kids(verb) if k.dep in ("ccomp", "oprd", "xcomp"))]
    reflexive = any(k.text.lower() in REFLEXIVES for c in clauses for k in s.kids(c) if k.dep in ("dobj", "nsubj"))
    posted = any(is_post(c, s, posts) for c in clauses[1:]) or post_named(verb, s, posts)
    return reflexive and posted


def doers_of_acts(drafts: list[Draft], s: Parsed) -> None:
    """'X was sworn in': an act done by the one it makes has its passive subject as its actor, not its target
    (participants read a passive's subject as the one acted on), and whom the post is of ('as president of Y')
    its target; 'formed its own government': the body formed is what the act makes, no party of it."""
    for draft in drafts:
        if draft.rule.kind is None:
            continue
        made = {s.mention_at[w.i] for w in draft.words[1:] if w.i in s.mention_at}
        draft.actors = [a for a in draft.actors if a not in made]
        draft.targets = [t for t in draft.targets if t not in made]
        if not draft.targets and not s.kids(draft.trigger, "dobj", "nsubjpass"):
            draft.targets = [m for m in predicate_names(draft.trigger, s) if m not in draft.actors]
        if draft.rule.kind in SELF_KINDS and not draft.actors and draft.targets:
            draft.actors, draft.targets = draft.targets, []
        if draft.rule.kind in SELF_KINDS:  # "sworn in as president of Y": the post is Y's
            held = post_holders(draft.trigger, s, acts().posts)
            draft.targets += [m for m in held if m not in draft.actors and m not in draft.targets]
