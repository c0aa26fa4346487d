"""Talks told as hosted: the guests who meet are the ones acting, never the host.

'X hosted A and B', 'X hosted talks between A and B', 'X hosted the leaders of A and B', 'talks between A and
B, hosted by X': the fact other outlets tell as 'A and B met' or 'A and B came to X' is the guests' meeting
(PLOVER CONSULT, the guests acting, the host whom they came to, a target). Making the host the actor splits the
hosted telling from every telling of the parties' meeting. Recast only where two or more guests are named;
'X hosted Y' (one guest) stays the visit the trigger's rule makes of it, 'X hosted talks' naming no party
keeps its host; 'A and B held talks hosted by X' is the talks, the hosting participle no event of its own.

Which verbs host is data (`lexicon/frames.yaml` hosting).
"""

from __future__ import annotations

from dossier.extract.drafts import Draft
from dossier.extract.syntax import Parsed, refer, subject_of
from dossier.lexicon import frames
from dossier.models import ActorMention, EntityType, Token
from dossier.plover import EventType

PLACES = (EntityType.PLACE, EntityType.FACILITY)


def _hosting(word: Token) -> bool:
    return word.lemma.lower() in frames().hosting


def hosts_of(verb: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who hosts, by a hosting verb: its subject ('X hosted ...'), or its agent ('... hosted by X')."""
    agents = [i for a in s.kids(verb, "agent") for p in s.kids(a, "pobj") for i in refer(p, s, mentions)]
    if agents or (verb.tag == "VBN" and verb.dep in ("acl", "relcl")):
        return agents
    subject = subject_of(verb, s)
    return refer(subject, s, mentions) if subject is not None else []


def guests(parties: list[int], hosts: list[int], mentions: list[ActorMention]) -> list[int]:
    """The parties that are neither a host nor a place, in order, once each."""
    return list(dict.fromkeys(p for p in parties if p not in hosts and mentions[p].type not in PLACES))


def hosted_meetings(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """Recast each meeting told as hosted as its parties' meeting (see the module's doc); a hosting participle
    on a meeting noun that is an event of its own ('held talks hosted by X') is folded into that meeting.
    Returns the drafts kept, changed in place."""
    by_word = {w.i: d for d in drafts for w in d.words}
    kept = []
    for draft in drafts:
        word = draft.trigger
        if draft.rule.type != EventType.CONSULT:
            kept.append(draft)
            continue
        if word.pos == "VERB" and _hosting(word):
            noun = s.head(word) if word.dep == "acl" else None
            meeting = by_word.get(noun.i) if noun is not None else None
            hosts = hosts_of(word, s, mentions)
            if meeting is not None and meeting.rule.type == EventType.CONSULT and meeting is not draft:
                _recast(meeting, hosts, mentions)  # "held talks hosted by X": the talks, X no party
                continue
            patients = s.kids(word, "nsubjpass")  # "A and B were hosted by X"; "the talks were ...": its parties
            hosted = [i for o in patients or s.kids(word, "dobj") for i in refer(o, s, mentions)]
            if patients and not hosted:
                _recast(draft, hosts, mentions)  # "the talks were hosted by X": the talks' own parties
            else:
                _recast(draft, hosts, mentions, hosted)  # the guests: whom it hosts
        elif word.pos in ("NOUN", "PROPN"):
            hosts = [i for c in s.kids(word, "acl") if _hosting(c) for i in hosts_of(c, s, mentions)]
            if hosts:
                _recast(draft, hosts, mentions)  # "talks between A and B, hosted by X"
        kept.append(draft)
    return kept


def _recast(draft: Draft, hosts: list[int], mentions: list[ActorMention], hosted: list[int] | None = None) -> bool:
    """The guests acting together, the host their counterpart (whom they came to, never a side acting), where a
    host is among the draft's parties and two or more others are named; True when recast."""
    named = draft.actors + draft.targets
    parties = guests(named if hosted is None else hosted, hosts, mentions)
    if not set(hosts) & set(named) or len(parties) < 2:
        return False  # no host among its parties, or a host and one guest (a visit)
    places = [p for p in named if mentions[p].type in PLACES and p not in hosts]
    if draft.location is None and places:
        draft.location = places[0]
    others = [p for p in draft.targets if p not in parties and p not in hosts and p not in places]  # a topic
    draft.actors = parties + [a for a in draft.actors if a not in parties and a not in hosts and a not in places
                              and a not in others]
    draft.targets = list(dict.fromkeys([*(h for h in hosts if mentions[h].type not in PLACES), *others]))
    return True
