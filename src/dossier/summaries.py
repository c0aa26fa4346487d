"""One-line summaries of events, in plain words: 'Mikhail Bogdanov, Alexander Lavrentyev visit Damascus'.

Written into each event's row when its rows are derived (from its type, mode, modality, ranked participants
and place); wording only, no resolution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dossier.models import Modality

# (verb, preposition before the targets) per PLOVER type and mode, for one-line summaries.
PHRASES: dict[tuple[str, str | None], tuple[str, str]] = {
    ("CONSULT", "visit"): ("visit", ""),
    ("CONSULT", "phone"): ("speak by phone", "with"),
    ("CONSULT", "multilateral"): ("meet", "with"),
    ("CONSULT", None): ("meet", "with"),
    ("AGREE", None): ("agree", "with"),
    ("SUPPORT", None): ("support", ""),
    ("CONCEDE", None): ("make concessions", "to"),
    ("COOPERATE", None): ("cooperate", "with"),
    ("AID", "asylum"): ("give refuge", "to"),
    ("AID", None): ("send aid", "to"),
    ("RETREAT", None): ("withdraw", "from"),
    ("REQUEST", None): ("make demands", "of"),
    ("ACCUSE", None): ("accuse", ""),
    ("REJECT", None): ("reject", ""),
    ("THREATEN", None): ("threaten", ""),
    ("PROTEST", None): ("protest", "against"),
    ("SANCTION", "discontinue"): ("cancel dealings", "with"),
    ("SANCTION", "expel"): ("expel", ""),
    ("SANCTION", None): ("sanction", ""),
    ("MOBILIZE", None): ("mobilise", "against"),
    ("COERCE", None): ("coerce", ""),
    ("ASSAULT", None): ("attack", ""),
}
MODALITY_WORDS = {Modality.NEGATED: "did not ", Modality.FUTURE: "are to ", Modality.HYPOTHETICAL: "may "}


def summarise(event_type: str, mode: str | None, modality: Modality, actors: Sequence[str], targets: Sequence[str],
              location: str | None, name: Callable[[str], str],
              denotes: Callable[[str], str | None] = lambda _: None) -> str:
    """One line: 'Mikhail Bogdanov, Alexander Lavrentyev visit Syria in Damascus'. `name` gives an entity's
    name; an entity a participant stands for ('the Kremlin' for Russia) is not listed beside it."""
    def names(ids: Sequence[str]) -> str:
        standing_for = {denotes(i) for i in ids} - {None}
        shown = [name(i) for i in ids if i not in standing_for][:3]
        more = len([i for i in ids if i not in standing_for]) - len(shown)
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")

    verb, preposition = PHRASES.get((event_type, mode)) or PHRASES.get((event_type, None),
                                                                       (event_type.lower(), ""))
    text = f"{names(actors) or 'someone'} {MODALITY_WORDS.get(modality, '')}{verb}"
    if mode == "visit" and location:
        return f"{text} {name(location)}"  # "... visit Damascus"
    shown_targets = names(targets)
    if shown_targets:
        text += f" {preposition} {shown_targets}" if preposition else f" {shown_targets}"
    if location:
        text += f" in {name(location)}"
    return text
