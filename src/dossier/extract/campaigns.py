"""Military campaigns told in passing: the rules that give a use of force told as a noun or a side clause its
parties, or its type when a verb fights it (issue 16).

Contract: `countered(drafts, s, mentions, lexicon)` types in place, after participants are set, a verb of
resisting (`lexicon/campaigns.yaml`) whose object is a use of force: ASSAULT, on whoever made that use of
force. `mark_fought(drafts, s, mentions)` marks (`Draft.fought`) each use of force naming both sides, which
`extract/facts.py` keeps when the sentence tells it only as background or as what a noun refers to (another
fact than the main one: "praised X after Y's troops took territory from Z"). The loser's side of a use of
force is `participants.losers`, with `group_named_before` from here. Pure functions of the parse, the drafts
and the lexicon.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.extract.drafts import Draft
from dossier.extract.syntax import Parsed, refer
from dossier.extract.trigger_words import outbreak
from dossier.lexicon import Trigger, TriggerLexicon, load_yaml
from dossier.models import ActorMention, EntityType, Token
from dossier.plover import EventType

FORCE_ACTORS = ("poss", "amod", "compound")  # "Croatia's offensive", "the rebel offensive", "a Serb assault"
PLACES = {EntityType.PLACE, EntityType.FACILITY}
GROUPS = {EntityType.GROUP, EntityType.ORG}


@lru_cache(maxsize=1)
def resisting() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (load_yaml("campaigns.yaml") or {}).get("resisting", ()))


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (load_yaml("campaigns.yaml") or {}).get("groups", ()))


def group_named_before(noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'The Kurdish-led force held the town after the group lost ...': a definite group noun naming nobody is
    the last organisation or group the sentence named before it."""
    if noun.lemma.lower() not in group_nouns() or noun.i in s.mention_at or not any(
            c.dep == "det" and c.text.lower() == "the" for c in s.kids(noun)):
        return []
    before = {i for t, i in s.mention_at.items() if t < noun.i and mentions[i].type in GROUPS}
    return [max(before, key=lambda i: mentions[i].start)] if before else []


def countered(drafts: list[Draft], s: Parsed, mentions: list[ActorMention], lexicon: TriggerLexicon) -> None:
    """'Repelled the rebel offensive', 'did not try to counter Croatia's offensive': a verb of resisting whose
    direct object is a noun of a use of force (ASSAULT in the trigger lexicon) is itself a use of force, against
    those who made it (the noun's own parties: "Croatia's", "by the rebels"). What is fought is no event of its
    own in that sentence: the object's words join the verb's (its makers are targets, not actors)."""
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB" or verb.lemma.lower() not in resisting():
            continue
        force = [o for o in s.kids(verb, "dobj") if _use_of_force(o, lexicon)]
        if not force:
            continue
        made = [i for o in force for i in makers_of(o, s, mentions)]
        makers = [i for i in made if i not in draft.actors]
        if made and not makers:
            continue  # "Turkey fought on with its offensive": its own
        draft.rule = Trigger(EventType.ASSAULT, None)
        draft.bare = False
        draft.targets = [*dict.fromkeys([*makers, *(t for t in draft.targets if t not in makers)])]
        draft.words += [o for o in force if o not in draft.words]
        for other in drafts:
            if other is not draft and other.trigger.i in {o.i for o in force}:
                other.targets += [a for a in other.actors if a not in other.targets]  # the makers are fought
                other.actors = list(draft.actors)


def _use_of_force(noun: Token, lexicon: TriggerLexicon) -> bool:
    rule = lexicon.nouns.get(noun.lemma.lower()) or lexicon.nouns.get(noun.text.lower())
    return noun.pos in ("NOUN", "PROPN") and rule is not None and rule.type == EventType.ASSAULT


def makers_of(noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who made a use of force, by its own words: "Croatia's", "rebel", "by the army", "led by X"."""
    found = [i for c in s.kids(noun, *FORCE_ACTORS) for i in refer(c, s, mentions)]
    found += [i for p in s.kids(noun, "prep") if p.text.lower() == "by" for o in s.kids(p, "pobj")
              for i in refer(o, s, mentions)]
    return [i for i in dict.fromkeys(found) if mentions[i].type not in PLACES]


def fought(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> bool:
    """A use of force (ASSAULT) whose own clause names who used it, against a side it names: another fact than
    the sentence's main event even where it is told as background ("after the army took the valley from the
    rebels") or as what a noun refers to ("in a reference to X's offensive against Y"), and one resolution can
    join to the campaign other articles tell. Ground alone is no side ("when rebels seized the capital, he fled":
    the capital taken is the setting of the flight), and a doer found outside the clause is no evidence ("after
    a landmine wounded five soldiers": who laid it is not told)."""
    if draft.rule.type != EventType.ASSAULT:
        return False
    clause = _clause_words(draft.trigger, s)
    if outbreak(draft.trigger, s):  # "after gunfire broke out between X and Y": both sides fight, in its words
        return len({a for a in draft.actors if a in clause}) >= 2
    return any(a in clause for a in draft.actors) and any(
        t not in draft.actors and mentions[t].type not in PLACES and not mentions[t].seat for t in draft.targets)


def _clause_words(trigger: Token, s: Parsed) -> set[int]:
    """The mentions of the trigger's own words: its subtree, and for a noun in the setting of a verb ("lost its
    ground in an offensive by the army", where the parser may hang "by the army" on the verb) that verb's."""
    root = trigger
    if trigger.pos in ("NOUN", "PROPN") and trigger.dep == "pobj" and (prep := s.head(trigger)) is not None:
        verb = s.head(prep)
        root = verb if verb is not None and verb.pos in ("VERB", "AUX") else trigger
    words = [w for w, _ in s.subtree(root)]  # with the parties words naming nobody refer to ("the two armies")
    named = {s.mention_at[w.i] for w in words if w.i in s.mention_at}
    return named | {i for w in words for i in s.referents.get(w.i, ())}


@lru_cache(maxsize=1)
def killings() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (load_yaml("campaigns.yaml") or {}).get("killings", ()))


def deadly(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> bool:
    """A killing (`lexicon/campaigns.yaml` killings) whose own clause or noun phrase names who did it or whom it
    was done to: a fact of its own even told as background ("a day after gunmen killed dozens", "the raiders who
    killed ten villagers", "last week's killing of pilgrims"). A place alone is no party ("the killings in the
    valley"), nor a doer found outside its words."""
    if draft.rule.type != EventType.ASSAULT or draft.trigger.lemma.lower() not in killings():
        return False
    clause = _clause_words(draft.trigger, s)
    described = s.head(draft.trigger) if draft.trigger.dep == "relcl" else None  # "the raiders who killed ..."
    if described is not None:
        clause |= {s.mention_at[w.i] for w, _ in s.subtree(described) if w.i in s.mention_at}
    return any(p in clause and mentions[p].type not in PLACES for p in [*draft.actors, *draft.targets])


def mark_fought(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """Set `Draft.fought` on each draft `fought` says is a use of force naming both sides, or `deadly` a
    killing naming a party."""
    for draft in drafts:
        draft.fought = fought(draft, s, mentions) or deadly(draft, s, mentions)
