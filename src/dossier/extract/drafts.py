"""A trigger being made into an event mention (`Draft`), and the one operation every rule of one event per fact
uses: folding one draft into another (`absorb`).

Contract: a `Draft` is mutable and lives for one sentence of one article; `extract/events.py` makes the drafts
(trigger, participants, modality, time) and `extract/facts.py` folds those that report the same fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.lexicon import Trigger
from dossier.models import Modality, TimeExpr, Token
from dossier.plover import EventType


@dataclass
class Draft:
    """One trigger of a sentence on its way to an `EventMention`: its rule (PLOVER type and mode), the words that
    say it, its parties (indices into the article's actor mentions), place, time and modality."""

    trigger: Token
    rule: Trigger
    words: list[Token]
    actors: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    location: int | None = None
    time: TimeExpr | None = None
    modality: Modality = Modality.ASSERTED
    time_ref: Draft | None = None  # the event this one is dated by ("during the visit")
    restates: int | None = None  # the article's earlier mention (index) it names again ("the visit by X")
    bare: bool = False  # typed only by the dictionary's default for the verb: needs an actor and a target
    governs: bool = False  # what it promises, asks, refuses or threatens is an event folded into it
    folded: set[str] = field(default_factory=set)  # the types of the events folded into it
    hoped: Token | None = None  # an invitation's: the clause of the coming hoped for (extract/invitations.py)
    lemma: str | None = None  # the word it is recorded under, where not its trigger's (an invitation: 'invite')
    fought: bool = False  # a use of force naming both sides (extract/campaigns.py): a fact even as background
    passing: bool = False  # a once-only fact told as the background of another (extract/facts.py `recalled`)
    standing: bool = False  # a relation told as a state (extract/relations.py): recorded as lasting, no day's news
    due: bool = False  # its time is a date it is due by ("told to leave by May 2"): not that of what it is folded into
    along: tuple[str, ...] = ()  # who came along but is no party ("as observers": extract/companions.py)
    joins: bool = False  # a companion clause: one event with the gathering it restates (extract/companions.py)


def absorb(into: Draft, draft: Draft, as_targets: bool = False) -> None:
    """`draft` reports the same fact as `into`: its parties join (as targets when it is what is asked,
    promised or refused), and its place and time where `into` has none. A show of force that serves a use of
    force is that use of force (PLOVER manual: a MOBILIZE in the context of an ASSAULT is coded ASSAULT)."""
    for index in draft.actors:
        if as_targets:
            if index not in into.actors and index not in into.targets:
                into.targets.append(index)
        elif index not in into.actors:
            into.actors.append(index)
    if not as_targets or set(draft.actors) <= set(into.actors):  # "refused to extradite them to Uganda";
        # but "demanded that Moscow hand over X": Moscow is the one asked
        into.targets += [t for t in draft.targets if t not in into.targets and t not in into.actors]
    if into.rule.type == draft.rule.type and into.rule.mode is None and draft.rule.mode is not None:
        into.rule = draft.rule  # "discussed ... during a phone call": a phone consultation
    into.location = into.location if into.location is not None else draft.location
    into.targets = [t for t in into.targets if t != into.location]
    into.time = into.time or (None if draft.due else draft.time)
    into.folded |= {draft.rule.type} | draft.folded
    if into.rule.type == EventType.MOBILIZE and EventType.ASSAULT in into.folded:
        into.rule = Trigger(EventType.ASSAULT, None)  # "deployed troops to back an offensive": the assault
