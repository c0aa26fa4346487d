"""Naming and judging: a verb with an object and an object predicate ("called the decision a grave mistake",
"termed the vote illegitimate", "called the road the Peace Route") says what its subject thinks of, or calls,
the object. It is no phone call, meeting or visit, whatever the verb's own type.

A verb that is no event of its own ("described", "portrayed") with an "as" phrase does the same ("described the
visit as a sign of continuity"): `described_as` gives the label.

Contract: `judged(verb, s)` gives the object predicate of such a verb (else None); `extract/events.py` then types
it: no event when it only labels what the sentence tells of (`as_labelled`: "what he termed a distorted
logic"); else the field's verb dictionary's pattern when one matches (PETRARCH2: "call * liar" is 111,
criticise); else ACCUSE when the predicate's words are hostile (`hostile`: VADER, as `extract/tone.py` reads
tone); else no event (a name given, a neutral description).
"""

from __future__ import annotations

from dossier.extract.syntax import Parsed
from dossier.extract.tone import tone
from dossier.models import Token

FREE_RELATIVES = frozenset({"what", "which", "that", "whatever"})
HOSTILE = -0.3  # VADER compound at or below which a predicate judges its object ("a grave mistake": -0.57)


def judged(verb: Token, s: Parsed) -> Token | None:
    """The object predicate of a verb that also takes an object ('called [the move] [a provocation]'), or that is a
    common noun or an adjective ('called [Trump a dictator]', the object parsed inside the predicate); else None.
    'called Aliyev to congratulate him': a name alone, which the parse may label a predicate, is who was called.
    Passive, the predicate names the subject ('the route, to be called the Peace Road'); after a free relative
    the parse may make the label a second object ('what it calls [its security measures]')."""
    predicates = s.kids(verb, "oprd")
    if predicates and s.kids(verb, "auxpass") and not s.kids(verb, "dobj"):
        return predicates[0]  # "the road, to be called the Peace Route": the name given its subject, no call
    objects = s.kids(verb, "dobj")
    if not predicates and len(objects) > 1 and objects[0].text.lower() in FREE_RELATIVES:
        return objects[-1]  # "what it calls its security measures", parsed as two objects: the second its label
    if not predicates:  # 'called Haddad a dictator' parsed as an apposition of the object, with no comma between
        return next((a for o in s.kids(verb, "dobj") for a in s.kids(o, "appos") if a.i > o.i
                     and any(d.text.lower() in ("a", "an") for d in s.kids(a, "det"))
                     and not any(w.pos == "PUNCT" for w in s.sentence.tokens if o.i < w.i < a.i)), None)
    return predicates[0] if s.kids(verb, "dobj") or predicates[0].pos in ("NOUN", "ADJ") else None


def described_as(verb: Token, s: Parsed) -> Token | None:
    """What a verb with an object calls it through 'as': 'described [the visit] as [a sign] of continuity',
    'portrayed the deal as a surrender' (the phrase hangs from the verb or from its object); else None."""
    for obj in s.kids(verb, "dobj"):
        for prep in [*s.kids(verb, "prep"), *s.kids(obj, "prep")]:
            if prep.text.lower() == "as" and prep.i > obj.i:
                label = next((w for w in s.kids(prep, "pobj") if w.pos in ("NOUN", "PROPN", "ADJ")), None)
                if label is not None:
                    return label
    return None


def as_labelled(verb: Token, s: Parsed) -> bool:
    """'under what he termed a distorted logic', 'which she called a betrayal': the naming only labels something
    the sentence tells of (a free relative); the label is a way of speaking, no event of its own."""
    return any(o.text.lower() in FREE_RELATIVES for o in s.kids(verb, "dobj"))


def hostile(predicate: Token, s: Parsed) -> bool:
    """The predicate phrase's words are hostile: 'a grave mistake', 'a crime', 'illegitimate'."""
    words = [predicate, *(k for k in s.kids(predicate) if k.dep in ("amod", "compound", "advmod", "neg"))]
    return tone(" ".join(w.text for w in sorted(words, key=lambda w: w.i))) <= HOSTILE
