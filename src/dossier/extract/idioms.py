"""Idioms of the verb dictionary's blind spot: a verb whose event is said by a fixed run of words after it,
wherever the parse puts them, articles aside ("declared the envoy persona non grata": an expulsion; "called
the raid an act of war": an accusation).

Contract: `idiom_trigger(verb, s)` gives a `Draft` typed by `triggers.yaml`'s `idioms` ("verb word word ..."
-> mode, under its PLOVER type) when the run follows the verb in its own clause, else None. The parse of such
runs varies ("persona" as the object, or as a clause of its own): only the words and the clause are read.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.extract.drafts import Draft
from dossier.extract.naming import as_labelled
from dossier.extract.syntax import Parsed
from dossier.lexicon import Trigger, load_yaml
from dossier.models import Token
from dossier.plover import EventType, Mode

CLAUSE_POS = ("VERB", "AUX")
ARTICLES = {"a", "an", "the"}  # skipped in the run: "an act of war" is the idiom's "act of war"


@lru_cache(maxsize=1)
def idioms() -> dict[str, tuple[tuple[tuple[str, ...], Trigger], ...]]:
    """verb lemma -> (word run, trigger) of every idiom of `triggers.yaml`."""
    found: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for event_type, groups in load_yaml("triggers.yaml").items():
        for phrase, mode in ((groups or {}).get("idioms") or {}).items():
            verb, *run = phrase.lower().split()
            trigger = Trigger(EventType(event_type), Mode(mode) if mode else None)
            found.setdefault(verb, []).append((tuple(run), trigger))
    return {verb: tuple(entries) for verb, entries in found.items()}


def idiom_trigger(verb: Token, s: Parsed) -> Draft | None:
    """The idiom a verb opens, when its run of words follows the verb and belongs to the verb's clause (the
    nearest verb above the run's first word is this one)."""
    entries = idioms().get(verb.lemma.lower())
    if not entries:
        return None
    if as_labelled(verb, s):
        return None  # "what it called an act of war": a label of what the sentence tells (extract/naming.py)
    tokens = [t for t in s.sentence.tokens if t.i > verb.i and t.text.lower() not in ARTICLES]
    words = [t.text.lower() for t in tokens]
    for run, trigger in entries:
        for k in range(len(words) - len(run) + 1):
            if tuple(words[k:k + len(run)]) == run and _clause_of(tokens[k], s) == verb.i:
                return Draft(verb, trigger, [verb, *tokens[k:k + len(run)]])
    return None


def _clause_of(word: Token, s: Parsed) -> int | None:
    """The index of the nearest verb above a word (a noun parsed as a clause of its own counts as none)."""
    return next((a.i for a in s.ancestors(word) if a.pos in CLAUSE_POS), None)
