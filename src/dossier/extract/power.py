"""Power changing hands, told from the side of whom it brings in: "X came to power", "the army seized power", "the
change of power in Y", "a change in leadership". The other face of a ruler's removal (`lexicon/once.yaml`, the
kind `removal from power`, and its `power` lists): the phrase is a trigger of that kind, worded by what changes
hands (its noun, 'power', 'leadership', the event's lemma), never a visit ("came to" is one elsewhere).
Resolution joins it to the store's one removal in its state (resolve/events/recurring.py, `power_changes_in`).

Contract: `power_changes(drafts, s)` returns the drafts with each such phrase made one COERCE draft whose words are
the phrase (the verb's own draft, "came to" as a visit or "seized" alone, gives way to it) and whose trigger is
the noun of what changes hands; for 'the change of power' it is the noun of change, recorded under 'power'
(`Draft.lemma`), so that the phrase stands where that noun stands (after 'following', with 'in Y' as the state
it was done to, with a time of its own). Whom it brings in (the verb's subject, the noun's possessor) stands as
its actors, read from the sentence's mentions (`Parsed.mention_at`) before the participants are found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dossier.extract.drafts import Draft
from dossier.extract.syntax import Parsed, subject_of
from dossier.lexicon import Trigger, once_table
from dossier.models import Token
from dossier.plover import EventType

POWER = Trigger(EventType.COERCE, None)


@dataclass(frozen=True, slots=True)
class PowerWords:
    nouns: frozenset[str]  # what changes hands: power, leadership
    coming: frozenset[str]  # "came to power"
    taking: frozenset[str]  # "took power"
    changes: frozenset[str]  # "the change of power"


@lru_cache(maxsize=1)
def power_words() -> PowerWords:
    data = once_table().get("power") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return PowerWords(words("nouns"), words("coming"), words("taking"), words("changes"))


def power_phrase(noun: Token, s: Parsed, table: PowerWords) -> list[Token] | None:
    """The words of a phrase telling power changing hands around its noun: 'came to/into power' (a verb of
    `coming`), 'took power' (of `taking`), 'the change of/in power' (a noun of `changes`); else None."""
    if noun.pos != "NOUN" or noun.lemma.lower() not in table.nouns:
        return None
    head = s.head(noun)
    if head is None:
        return None
    if noun.dep == "dobj" and head.pos == "VERB" and head.lemma.lower() in table.taking:
        return [head, noun]
    owner = s.head(head) if noun.dep == "pobj" else None
    if owner is None:
        return None
    prep = head.text.lower()
    if prep in ("to", "into") and owner.pos == "VERB" and owner.lemma.lower() in table.coming:
        return [owner, head, noun]
    if prep in ("of", "in") and owner.pos == "NOUN" and owner.lemma.lower() in table.changes:
        return [owner, head, noun]
    return None


def power_changes(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """Each phrase of power changing hands as one draft of the removal's kind (see the module's contract)."""
    table = power_words()
    found: list[Draft] = []
    for token in s.sentence.tokens:
        words = power_phrase(token, s, table)
        if words is None:
            continue
        head = words[0]
        # "the change of power in Y": the noun of change holds the phrase's place in the sentence (what it is
        # the object of, the state it is in, its time), recorded under what changes hands
        noun = head.pos == "NOUN"
        draft = Draft(head, POWER, words, lemma=token.lemma.lower()) if noun else Draft(token, POWER, words)
        bringer = subject_of(head, s) if head.pos == "VERB" else next(iter(s.kids(head, "poss")), None)
        if bringer is not None:
            draft.actors = list(dict.fromkeys(s.mention_at[w.i] for w, _ in s.subtree(bringer) if w.i in s.mention_at))
        found.append(draft)
    if not found:
        return drafts
    taken = {w.i for d in found for w in d.words}
    return sorted([d for d in drafts if d.trigger.i not in taken] + found, key=lambda d: d.trigger.i)
