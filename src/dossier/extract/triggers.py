"""Verb patterns of the field's dictionary matched against the dependency parse.

A pattern names what must surround the verb: a particle ("set up"), an object head with modifiers
("ask for financial aid": object `aid` with `financial`), prepositional phrases ("appeal for calm"), a
subject ("troops ... exercises"). The passive turns around: "sanctions were imposed" has `sanctions` as its
object. Among the patterns that match, the most specific wins. Patterns are indexed by the word they need,
so a verb is compared only with the patterns its own dependents could satisfy.
"""

from __future__ import annotations

from dossier.extract.syntax import Parsed, relative_object, subject_of
from dossier.lexicon import Slot, TriggerLexicon, VerbPattern, references
from dossier.models import Token

OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}


class Surroundings:
    """What hangs from one verb, as a pattern sees it."""

    def __init__(self, verb: Token, s: Parsed) -> None:
        self.verb = verb
        kids = s.kids(verb)
        passive = any(k.dep in ("nsubjpass", "auxpass") for k in kids)
        self.objects = [k for k in kids if k.dep in OBJECT_DEPS or k.dep == "nsubjpass"]
        self.objects += [o for o in [relative_object(verb, s)] if o is not None]  # "the curbs that X imposed"
        self.objects += [q for o in self.objects for q in quantified(o, s)]  # "wrote off most of the debt"
        self.particles = {k.lemma.lower() for k in kids if k.dep == "prt"} | {
            k.text.lower() for k in kids if k.dep in ("prep", "advmod") and k.i == verb.i + 1}
        self.bare = [k for k in kids if k.dep == "prep" and 0 < k.i - verb.i <= 2 and not any(
            s.by_i[i].pos in ("NOUN", "PROPN", "PRON", "NUM") for i in range(verb.i + 1, k.i) if i in s.by_i)]
        self.preps: list[Token] = [k for k in kids if k.dep == "prep"]
        for obj in self.objects:
            self.preps += s.kids(obj, "prep")
        subject = None
        if passive:
            agent = next((k for k in kids if k.dep == "agent"), None)
            subject = next(iter(s.kids(agent, "pobj")), None) if agent is not None else None
        else:
            subject = subject_of(verb, s)
        self.subject = subject
        self.s = s

    def needs(self) -> set[str]:
        found = {f"p:{p}" for p in self.particles} | {f"r:{p.text.lower()}" for p in self.preps}
        for obj in self.objects:
            found |= {f"o:{w}" for w in _forms(obj)}
        if self.subject is not None:
            found |= {f"s:{w}" for w in _forms(self.subject)}
        return found

    def matches(self, pattern: VerbPattern) -> list[Token] | None:
        """The tokens a pattern covers (besides the verb) when it matches, else None."""
        words: list[Token] = []
        if pattern.particle is not None and pattern.particle not in self.particles:
            return None
        if pattern.object is not None:
            obj = next((o for o in self.objects if self._fits(o, pattern.object)), None)
            if obj is None:
                return None
            words.append(obj)
        if pattern.subject is not None and (self.subject is None or not self._fits(self.subject, pattern.subject)):
            return None
        for word, slot in pattern.preps:
            prep = next((p for p in self.preps if p.text.lower() == word and (
                any(self._fits(o, slot) for o in self.s.kids(p, "pobj")) if slot is not None
                else p in self.bare)), None)  # a bare preposition is the verb's own: "call on", not "call X on"
            if prep is None:
                return None
            words.append(prep)
        return words

    def _fits(self, token: Token, slot: Slot) -> bool:
        if not _forms(token) & slot.words:
            return False
        if not slot.modifiers:
            return True
        around = {w for k in self.s.kids(token) for w in _forms(k)}
        return all(around & wanted for wanted in slot.modifiers)


def quantified(obj: Token, s: Parsed) -> list[Token]:
    """'lifted most of the sanctions', 'suspended a set of restrictions', 'wrote off part of the debt': what an
    object that only takes a part or a quantity of something (`references.yaml` quantities) takes it of, its
    "of" phrase; a pattern or phrase of the verb and that noun types the verb as the noun alone would."""
    if obj.lemma.lower() not in references().quantities and obj.text.lower() not in references().quantities:
        return []
    return [o for p in s.kids(obj, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj")]


def _forms(token: Token) -> set[str]:
    return {token.lemma.lower(), token.text.lower()}


def dictionary_pattern(verb: Token, s: Parsed, lexicon: TriggerLexicon,
                       naming_only: bool = False) -> tuple[VerbPattern, list[Token]] | None:
    """The most specific dictionary pattern around this verb, with the tokens it covers (only patterns that
    name a thing when `naming_only`)."""
    by_key = lexicon.patterns.get(verb.lemma.lower())
    if not by_key:
        return None
    around = Surroundings(verb, s)
    candidates: dict[int, VerbPattern] = {}
    for key in around.needs():
        for pattern in by_key.get(key, ()):
            if pattern.names_a_thing or not naming_only:
                candidates.setdefault(id(pattern), pattern)
    best: tuple[VerbPattern, list[Token]] | None = None
    for pattern in sorted(candidates.values(), key=lambda p: (-p.specificity, p.rank)):
        if best is not None and pattern.specificity < best[0].specificity:
            break
        words = around.matches(pattern)
        if words is not None and best is None:
            best = (pattern, words)
    return best
