"""Descriptions that name an actor without a proper name: "the new Syrian government",
"Assad's regime", "the transitional government", "opposition forces".

Found from the dependency parse: a head noun from a small domain-neutral list, with its
left modifiers. The country (a demonym or a possessive: "Syrian", "Syria's") or the person
it is named after ("the Assad regime") qualifies it; an unqualified one ("the new
government") is resolved later to the qualified one the article or the corpus talks about.
"""

from __future__ import annotations

from collections import defaultdict

from dossier.lexicon import gazetteer
from dossier.models import ActorMention, AnalysedArticle, EntityType, Sentence, Span, Token

# Head noun (as written, lower case) -> kind of actor it describes.
HEADS = {
    "government": "government", "authorities": "government",
    "leadership": "government", "administration": "government", "cabinet": "government",
    "regime": "regime",
    "opposition": "opposition", "rebels": "opposition", "insurgents": "opposition",
    "army": "military", "military": "military",
    "people": "people",
}
# "forces", "troops": a state's military only with a country ("Russian forces", "Syria's troops") or a
# government ("government forces").
MILITARY_HEADS = {"forces", "troops", "soldiers"}
# "forces", "groups": only with one of these modifiers ("opposition forces", "rebel groups").
GROUP_HEADS = {"forces", "groups", "fighters", "factions", "movement"}
GROUP_MODIFIERS = {"opposition": "opposition", "rebel": "opposition", "revolutionary": "opposition",
                   "insurgent": "opposition"}
KIND_TYPES = {"government": EntityType.ORG, "regime": EntityType.ORG, "opposition": EntityType.GROUP,
              "military": EntityType.ORG, "people": EntityType.GROUP}
# "the Syrian people": a nation's people only with its country.
NEEDS_COUNTRY = {"people"}
FORMER = {"former", "previous", "old", "ousted", "deposed", "fallen", "toppled"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_MODIFIER_DEPS = {"det", "amod", "compound", "poss", "nmod", "advmod", "npadvmod", "case", "punct"}


def descriptor_mentions(analysed: AnalysedArticle, entities: tuple[Span, ...]) -> list[ActorMention]:
    covered = {i for span in entities for i in range(span.token_start, span.token_end)}
    found = []
    for sentence in analysed.sentences:
        found += _in_sentence(analysed.article.id, analysed.article.text, sentence, covered)
    return found


def describe_kind(phrase: str) -> str | None:
    """The kind of a descriptor phrase, from its last word: 'Assad regime' -> 'regime'."""
    words = phrase.lower().split()
    if not words:
        return None
    if words[-1] in GROUP_HEADS:
        return next((GROUP_MODIFIERS[w] for w in words[:-1] if w in GROUP_MODIFIERS), None)
    return HEADS.get(words[-1])


def _in_sentence(article_id: str, text: str, sentence: Sentence, covered: set[int]) -> list[ActorMention]:
    children: dict[int, list[Token]] = defaultdict(list)
    for token in sentence.tokens:
        if token.head != token.i:
            children[token.head].append(token)
    by_index = {t.i: t for t in sentence.tokens}
    found = []
    for head in sentence.tokens:
        if head.i in covered or head.pos not in ("NOUN", "PROPN"):
            continue
        kind = _kind(head, children)
        if kind is None:
            continue
        start = _left_edge(head, children)
        words = [by_index[i] for i in range(start, head.i + 1) if i in by_index]
        while (words and words[0].dep in ("case", "punct")) or (words and words[0].text.lower() in ("'s", "’s")):
            words = words[1:]
        if not words:
            continue
        if not _refers(words, head, children):
            continue
        country, owner = _qualifiers(words[:-1])
        if kind == "government" and any(w.text.lower() in FORMER for w in words[:-1]):
            kind = "regime"  # "the previous government" is the old regime, not the new one
        begin, end = words[0].idx, head.idx + len(head.text)
        surface = text[begin:end]
        name = surface.split(" ", 1)[1] if surface.lower().split(" ", 1)[0] in ("the", "a", "an") else surface
        # A state's military ("Russian forces") is the military and, as the texts use it, its state acting: the
        # country's words stay the country's mention, the description's tokens are its head noun.
        first = head.i if kind == "military" and country else words[0].i
        found.append(ActorMention(article_id, sentence.index, begin, end, surface, name, KIND_TYPES[kind],
                                  first, head.i + 1, country=country, descriptor=kind, owner=owner))
    return found


def _refers(words: list[Token], head: Token, children: dict[int, list[Token]]) -> bool:
    """Definite ('the government'), possessed ("Syria's government") or named ('Syrian authorities');
    not 'any government' or 'a government that ...'."""
    first = words[0].text.lower()
    if first in _DEFINITE or any(c.dep == "poss" for c in children.get(head.i, [])):
        return True
    if first in ("a", "an", "any", "every", "no", "each", "another", "some", "such"):
        return False
    return len(words) > 1 or head.text.lower() in ("opposition", "rebels", "authorities")


def _kind(head: Token, children: dict[int, list[Token]]) -> str | None:
    word = head.text.lower()
    own = children.get(head.i, [])
    if head.dep == "compound":
        return None  # "government forces": the description is of the forces
    if word == "opposition" and any(c.dep == "poss" or (c.dep == "prep" and c.text.lower() == "to") for c in own):
        return None  # "Russia's opposition to the strikes": a stance, not a group
    if word == "regime" and any(c.dep == "compound" and c.pos == "NOUN" for c in own):
        return None  # "the sanctions regime": a set of rules
    if word in HEADS and HEADS[word] not in NEEDS_COUNTRY:
        return HEADS[word] if head.pos == "NOUN" or HEADS[word] != "military" else None
    modifiers = [c for c in own if c.i < head.i and c.dep in ("amod", "compound", "poss", "nmod")]
    armed = ("government", "army")
    if word in MILITARY_HEADS and not any(c.text.lower() in GROUP_MODIFIERS for c in modifiers) and any(
            _is_country(c) or c.text.lower() in armed for c in modifiers) and not any(
            c.dep == "compound" and c.pos == "NOUN" and c.text.lower() not in armed for c in modifiers):
        return "military"  # "Russian forces", "government troops"; not "Russian police forces"
    if word in HEADS and HEADS[word] in NEEDS_COUNTRY:
        return HEADS[word] if any(_is_country(c) for c in modifiers) else None
    if word in GROUP_HEADS:
        for child in children.get(head.i, []):
            if child.i < head.i and child.text.lower() in GROUP_MODIFIERS:
                return GROUP_MODIFIERS[child.text.lower()]
    return None


def _is_country(token: Token) -> bool:
    places = gazetteer()
    return places.country(token.text) is not None or places.capitals.get(token.text.lower()) is not None


def _left_edge(head: Token, children: dict[int, list[Token]]) -> int:
    """The first token of the head's left modifiers (and of their own subtrees)."""
    start = head.i
    stack = [c for c in children.get(head.i, []) if c.i < head.i and c.dep in _MODIFIER_DEPS]
    while stack:
        token = stack.pop()
        start = min(start, token.i)
        stack += [c for c in children.get(token.i, []) if c.i < token.i]
    return start


def _name_part(token: Token, started: bool) -> bool:
    """A word of a person's name inside a description: 'Assad', or 'al' and '-' once a name began."""
    if token.pos == "PROPN" and token.text[:1].isupper():
        return True
    return started and (token.text.lower() in ("al", "el") or token.text == "-")


def _qualifiers(modifiers: list[Token]) -> tuple[str | None, str | None]:
    """The country ('Syrian', "Syria's") and the person ('Assad') a description names, if any."""
    places = gazetteer()
    country = owner = None
    names: list[str] = []
    for token in modifiers:
        if token.text.lower() in ("'s", "’s"):
            continue
        found = places.country(token.text) or places.capitals.get(token.text.lower())  # "the Damascus government"
        if found is not None:
            country = found.name
        elif _name_part(token, started=bool(names)):
            names.append(token.text)
    if names:
        owner = " ".join(names).replace(" - ", "-")
    return country, owner
