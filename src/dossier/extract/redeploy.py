"""Forces moved to a destination: a redeployment, beside the withdrawal it may follow.

A movement of forces has an origin and a destination. Leaving the origin is a RETREAT ("withdrew its troops
from the airport"); moving, flying or redeploying forces to a base or a region is a military move that falls
short of force, MOBILIZE (PLOVER manual), at that destination; one sentence telling both ("withdrew its guns
from A by air to B") holds the two facts, the withdrawal at A and the redeployment at B. Going home to a state
("others would return to Russia") adds no fact. Words are data (`lexicon/movements.yaml`).

Contract:
- `moved_forces(drafts, s, mentions)`, with the triggers: a MOBILIZE draft for each movement verb that is no
  trigger ("some of the troops were to move to the base"), whose mover is forces and which has a destination;
- `at_destination(drafts, s, mentions)`, after participants are found: such a MOBILIZE, or a journey of a
  movement verb that moves forces ("flew its helicopters to the base": no visit), is a MOBILIZE at its
  destination, which is no target; its actor is who the mover names, else the destination's owner ("to
  France's base": France);
- `redeployed(drafts, s, mentions)`, once one event per fact is settled: each RETREAT of a movement verb with
  forces moved and a destination gives a second draft, the MOBILIZE at the destination (same actors, modality
  and time; undated, it is dated by the withdrawal's event: `Draft.time_ref`); the destination is no target of
  either.
Every redeployment is recorded under one word, `REDEPLOY`, whatever verb tells it: resolution joins a planned
move and the move made at the same named place by it (`rules.placed_match`, `rules.planned_move_made`) and keeps a
move apart from a show of force that tells none (`rules.same_movement`).
"""

from __future__ import annotations

from functools import cache

from dossier.extract.drafts import Draft
from dossier.extract.syntax import Parsed, refer, subject_of
from dossier.lexicon import REDEPLOY, Trigger, frames, load_yaml
from dossier.models import ActorMention, EntityType, Token
from dossier.plover import EventType, Mode

DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
MEANS = frozenset({"via", "by", "aboard", "on"})  # how forces travel: "via aircraft to the base" is still to it


@cache
def movement_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`movements.yaml`: the verbs that move forces, the nouns of what is moved, the words taking part of it."""
    data = load_yaml("movements.yaml") or {}
    return tuple(frozenset(str(w).lower() for w in data.get(key) or ())  # type: ignore[return-value]
                 for key in ("verbs", "movers", "partitive"))


def moved_forces(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """The MOBILIZE drafts of the sentence's movement verbs that are no trigger (participants not yet found)."""
    verbs, _, _ = movement_words()
    taken = {d.trigger.i for d in drafts}
    return [Draft(verb, Trigger(EventType.MOBILIZE, None), [verb], lemma=REDEPLOY) for verb in s.sentence.tokens
            if verb.pos == "VERB" and verb.i not in taken and verb.lemma.lower() in verbs and forces_moved(verb, s)
            and destination(verb, s, mentions) is not None]


def at_destination(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """A MOBILIZE of a movement verb takes place at its destination, which is no target; where the sentence names
    no one who moves, the destination's owner does ("troops moved to France's base": France's troops)."""
    verbs, _, _ = movement_words()
    for draft in drafts:
        verb = draft.trigger
        visit = draft.rule.mode == Mode.VISIT
        if (draft.rule.type != EventType.MOBILIZE and not visit) or verb.pos != "VERB" or \
                verb.lemma.lower() not in verbs or (visit and not forces_moved(verb, s)):
            continue
        found = destination(verb, s, mentions)
        if found is None:
            continue
        if visit:  # "flew its helicopters to the base": forces are moved, nobody visits
            draft.rule = Trigger(EventType.MOBILIZE, None)
        draft.lemma = REDEPLOY
        place, owner, described = found
        if not draft.actors and owner is not None:
            draft.actors = [owner]
        draft.targets = [t for t in draft.targets if t not in described and t not in draft.actors]
        draft.location = place if place is not None else draft.location


def redeployed(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    verbs, _, _ = movement_words()
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        verb = draft.trigger
        if draft.rule.type != EventType.RETREAT or verb.pos != "VERB" or verb.lemma.lower() not in verbs \
                or not forces_moved(verb, s):
            continue
        found = destination(verb, s, mentions)
        if found is None:
            continue
        place, _, described = found
        origin = draft.location if draft.location != place else None
        draft.location = origin
        draft.targets = [t for t in draft.targets if t not in described]
        undated = draft.time is None and draft.time_ref is None
        out.append(Draft(verb, Trigger(EventType.MOBILIZE, None), list(draft.words), list(draft.actors),
                         [t for t in draft.targets if t != origin], place, draft.time,
                         draft.modality, draft if undated else draft.time_ref, draft.restates,
                         lemma=REDEPLOY))  # dated by the withdrawal it continues
    return out


def forces_moved(verb: Token, s: Parsed) -> bool:
    """What the verb moves is forces: its object ("withdrew its troops"), else its passive subject, else its
    subject ("the troops moved"), or part of them ("some of the forces", "others")."""
    _, movers, partitive = movement_words()
    moved = s.kids(verb, "dobj") or s.kids(verb, "nsubjpass")
    if not moved and (subject := subject_of(verb, s)) is not None:
        moved = [subject]
    for word in moved:
        for noun in [word, *s.kids(word, "conj")]:
            lemma = noun.lemma.lower()
            if lemma in movers:
                return True
            if lemma in partitive and any(o.lemma.lower() in movers for p in s.kids(noun, "prep")
                                          if p.text.lower() == "of" for o in s.kids(p, "pobj")):
                return True
    return False


def destination(verb: Token, s: Parsed,
                mentions: list[ActorMention]) -> tuple[int | None, int | None, frozenset[int]] | None:
    """Where the verb moves forces to: a base ("to the air base": `frames.yaml`, bases), a facility or a region
    named after "to"; not a state nor a capital standing for one (going home). Returns the destination's
    mention (None for an unnamed base), its owner's ("to Russia's base": Russia) and every mention of the phrase
    that describes it ("the X base, Norvia's airfield on the coast": no party), None where there is none."""
    bases = frames().bases
    means = [p for c in s.kids(verb, "prep", "agent") if c.text.lower() in MEANS for p in s.kids(c, "pobj")]
    for prep in [*s.kids(verb, "prep"), *(p for m in means for p in s.kids(m, "prep"))]:  # "via aircraft to B"
        if prep.text.lower() not in DESTINATION_PREPS:
            continue
        for pobj in s.kids(prep, "pobj"):
            index = s.mention_at.get(pobj.i)
            if index is None:  # "the Hemeimeem base": the name before the noun
                index = next((s.mention_at[c.i] for c in s.kids(pobj, "compound") if c.i in s.mention_at), None)
            named = index is not None and (mentions[index].type is EntityType.FACILITY or (
                mentions[index].type is EntityType.PLACE and not mentions[index].seat
                and mentions[index].country is None))
            if not named and pobj.lemma.lower() not in bases:
                continue
            owners = [i for p in s.kids(pobj, "poss") for i in refer(p, s, mentions)]
            described = frozenset(s.mention_at[w.i] for w, _ in s.subtree(pobj) if w.i in s.mention_at)
            return (index if named else None), (owners[0] if owners else None), described
    return None


@cache
def on_the_move() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                           frozenset[str]]:
    """`movements.yaml`: advancing verbs, their prepositions and adverbs of direction; patrolling verbs and their
    prepositions; the words of armed groups whose moves are those of forces (with the movers)."""
    data = load_yaml("movements.yaml") or {}
    advancing, patrolling = data.get("advancing") or {}, data.get("patrolling") or {}

    def words(values: object) -> frozenset[str]:
        return frozenset(str(w).lower() for w in values or ())  # type: ignore[attr-defined]

    return (words(advancing.get("verbs")), words(advancing.get("preps")), words(advancing.get("adverbs")),
            words(patrolling.get("verbs")), words(patrolling.get("preps")),
            words(data.get("fighters")) | movement_words()[1])


def forces_on_the_move(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Rebel columns raced south from X', 'the army pushed deeper into the buffer zone', 'tanks advanced on the
    town': forces moving as an offensive are a use of force (ASSAULT); 'military police drove through three
    villages' is a patrol, a move short of force (MOBILIZE). The verb's subject is forces (`movements.yaml`
    fighters and movers) and the verb says where they go: for an advance a preposition of entering or approaching
    or an adverb of heading, for a patrol a preposition of passing through. A trigger of such a verb is retyped
    (the dictionary reads "push into" as coercion); a verb that is no trigger gives a new draft, returned
    (participants not yet found). Leaving ('pulled back', 'drove out of') is no advance."""
    advancing, to_preps, headings, patrolling, through, fighters = on_the_move()
    by_trigger = {d.trigger.i: d for d in drafts}
    added: list[Draft] = []
    for verb in s.sentence.tokens:
        lemma = verb.lemma.lower()
        if verb.pos != "VERB" or lemma not in advancing | patrolling or s.kids(verb, "dobj", "nsubjpass"):
            continue
        subject = subject_of(verb, s)
        if subject is None or not ({subject.lemma.lower(), subject.text.lower()} & fighters):
            continue
        preps = {p.text.lower() for p in s.kids(verb, "prep") if s.kids(p, "pobj")}
        adverbs = {a.text.lower() for a in s.kids(verb, "advmod")}
        if lemma in advancing and (preps & to_preps or adverbs & headings):
            rule = Trigger(EventType.ASSAULT, None)
        elif lemma in patrolling and preps & through:
            rule = Trigger(EventType.MOBILIZE, None)
        else:
            continue
        draft = by_trigger.get(verb.i)
        if draft is None:
            added.append(Draft(verb, rule, [verb]))
        elif draft.rule.type not in (EventType.ASSAULT, EventType.PROTEST):
            draft.rule, draft.bare = rule, False
    return added


PEACEKEEPING = ("peacekeep", "peace-keep")  # "peacekeepers", "peacekeeping troops"


def forces_arriving(drafts: list[Draft], s: Parsed) -> None:
    """'NATO troops arrived in Tuzla', 'a contingent of Russian soldiers landed at the airport': forces that
    arrive (the subject of a visit verb is forces, `movements.yaml` movers and fighters, or a group of them: 'the
    first deployment of troops') visit nobody: a military move short of force (MOBILIZE), or peacekeepers sent
    to keep the peace, military protection (AID: CAMEO 074 in the CAMEO-to-PLOVER table). Verbs that move
    forces to a destination are `at_destination`'s."""
    verbs, _, _ = movement_words()
    fighters = on_the_move()[5]
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.mode != Mode.VISIT or verb.pos != "VERB" or verb.lemma.lower() in verbs:
            continue
        subject = subject_of(verb, s)
        if subject is None:
            continue
        if carrying_goods(subject, s, verb):
            draft.rule = Trigger(EventType.AID, None)  # "a cargo plane landed": a delivery
            continue
        heads = [subject, *(o for p in s.kids(subject, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj"))]
        if not any(h.lemma.lower() in fighters or h.text.lower() in fighters for h in heads):
            continue
        keeping = any(w.lemma.lower().startswith(PEACEKEEPING) for h in heads for w, _ in s.subtree(h))
        draft.rule = Trigger(EventType.AID if keeping else EventType.MOBILIZE, None)


CRAFT = frozenset({"plane", "aircraft", "airplane", "jet", "flight", "ship", "vessel", "airliner", "freighter"})
CARGO = frozenset({"cargo", "transport", "supply", "freight"})
CARRYING = frozenset({"carry", "bring", "load", "transport", "ferry", "laden", "deliver"})
UNLOADING = frozenset({"unload", "offload", "discharge"})  # what the craft did with its load once there


def carrying_goods(subject: Token, s: Parsed, arrival: Token | None = None) -> bool:
    """'A cargo plane landed at the airport', 'two transport aircraft carrying rifles arrived': an aircraft or
    ship that brings a load, said by a word of cargo before it or a clause of carrying after it (not one carrying
    troops), arrives with a delivery (PLOVER AID, CAMEO 07: material aid, arms included), no visit nor a show
    of force. So does one whose load is told by what it did on arriving, the craft's own verb of unloading:
    'the planes that landed at the port on Monday unloaded tents', 'the ship docked and offloaded grain'
    (`arrival`: the verb of arriving, whose coordinated verbs are looked at)."""
    if subject.lemma.lower() not in CRAFT and subject.text.lower() not in CRAFT:
        return False
    if any(m.lemma.lower() in CARGO for m in s.kids(subject, "compound", "amod", "nmod")):
        return True
    for clause in s.kids(subject, "acl", "relcl"):
        if clause.lemma.lower() in CARRYING and _loads_goods(clause, s):
            return True
    after = [*([h] if subject.dep in ("nsubj", "nsubjpass") and (h := s.head(subject)) is not None else []),
             *(s.kids(arrival, "conj") if arrival is not None else [])]
    if any(v.lemma.lower() in UNLOADING | CARRYING and _loads_goods(v, s) for v in after):
        return True
    # the relative clause's date swallowing the main verb ("that landed on 9 May unloaded rifles": the parser may
    # read 'unloaded rifles' as a noun phrase inside the date's preposition): the word of unloading and its noun
    inside = [w for w, _ in s.subtree(arrival)] if arrival is not None and arrival.dep == "relcl" else []
    return any(w.lemma.lower() in UNLOADING and w.dep == "amod" and (load := s.head(w)) is not None
               and load.lemma.lower() not in TROOPS for w in inside)


def _loads_goods(verb: Token, s: Parsed) -> bool:
    """The verb names a load (its object, or what a preposition names) and the load is no troops."""
    loads = [*s.kids(verb, "dobj"), *(o for p in s.kids(verb, "prep") for o in s.kids(p, "pobj"))]
    return bool(loads) and not any(o.lemma.lower() in TROOPS for o in loads)


TROOPS = frozenset({"troop", "soldier", "personnel", "force", "unit", "contingent", "battalion", "brigade",
                    "commando", "paratrooper", "marine", "fighter", "officer"})  # a load of people: forces moved
