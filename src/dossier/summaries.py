"""One-line summaries of events, in plain words: 'Mikhail Bogdanov, Alexander Lavrentyev visit Damascus'.

Written into each event's row when its rows are derived (from its type, mode, modality, ranked participants
and place); wording only, no resolution. Each type's phrase is in dossier/plover.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dossier.models import Modality
from dossier.plover import EventType, Mode

MODALITY_WORDS = {Modality.NEGATED: "did not ", Modality.FUTURE: "are to ", Modality.HYPOTHETICAL: "may "}


def summarise(kind: EventType, mode: Mode | None, modality: Modality, actors: Sequence[str], targets: Sequence[str],
              location: str | None, name: Callable[[str], str],
              denotes: Callable[[str], str | None] = lambda _: None) -> str:
    """One line: 'Mikhail Bogdanov, Alexander Lavrentyev visit Syria in Damascus'. `name` gives an entity's
    name; an entity a participant stands for ('the Kremlin' for Russia) is not listed beside it."""
    def names(ids: Sequence[str]) -> str:
        standing_for = {denotes(i) for i in ids} - {None}
        shown = [name(i) for i in ids if i not in standing_for][:3]
        more = len([i for i in ids if i not in standing_for]) - len(shown)
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")

    phrase = kind.phrase(mode)
    verb, preposition = phrase.verb, phrase.preposition
    text = f"{names(actors) or 'someone'} {MODALITY_WORDS.get(modality, '')}{verb}"
    if mode == Mode.VISIT and location:
        return f"{text} {name(location)}"  # "... visit Damascus"
    shown_targets = names(targets)
    if shown_targets:
        text += f" {preposition} {shown_targets}" if preposition else f" {shown_targets}"
    if location:
        text += f" in {name(location)}"
    return text
