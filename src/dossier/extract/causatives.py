"""Flight caused by someone: "the offensive forced thousands to flee", "retook the region, prompting Armenians to
flee". The PLOVER manual codes refugees "characterized fleeing a country or subnational location" as SANCTION
'expel' with the causative agent as the actor, not as a RETREAT of those who flee.

Contract: `caused_flight(drafts, s, mentions)` retypes, in place, each draft of a flight verb that is the
infinitive of a causative (`syntax.OBJECT_CONTROL`): SANCTION/expel, actors the causative's subject, targets
those who fled. A flight nobody is said to cause stays a RETREAT.
"""

from __future__ import annotations

from dossier.extract.drafts import Draft
from dossier.extract.syntax import OBJECT_CONTROL, Parsed, refer, subject_of
from dossier.lexicon import Trigger
from dossier.models import ActorMention
from dossier.plover import EventType, Mode

FLIGHT_VERBS = frozenset({"flee", "escape"})  # not troops made to leave a base: that is their RETREAT


def caused_flight(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    for draft in drafts:
        verb = draft.trigger
        cause = s.head(verb)
        if verb.pos != "VERB" or verb.lemma.lower() not in FLIGHT_VERBS or verb.dep != "xcomp" or cause is None \
                or cause.lemma.lower() not in OBJECT_CONTROL:
            continue
        causer = subject_of(cause, s)
        agents = refer(causer, s, mentions) if causer is not None else []
        if not agents:
            continue  # "the fighting forced thousands to flee": no actor to code the expulsion by
        fled = [i for o in s.kids(cause, "dobj") for i in refer(o, s, mentions)]
        draft.rule = Trigger(EventType.SANCTION, Mode.EXPEL)
        draft.actors = [a for a in agents if a not in fled]
        draft.targets = fled + [t for t in draft.targets if t not in fled and t not in draft.actors]
