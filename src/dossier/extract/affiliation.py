"""A person's country, where the text ties it to the name: a demonym or a country's possessive on the name or its
title ("Russian President Vladimir Putin", "Ruritania's foreign minister Ann Lee", "Russia's Lavrov"), the same on
a noun in apposition ("Sergei Lavrov, the Russian foreign minister"), or "of" a country after the title ("the
president of Turkey, X").

Contract: reads a mention and the article's tokens (records, no spaCy), returns the mention with `affiliation` set
to the country's name, or unchanged when the text names no country, or more than one, for the person. Resolution
counts these per person (`Entity.affiliations`); summaries then do not list a state beside its own people
("Vladimir Putin and Ahmed al-Sharaa speak by phone", not "Vladimir Putin, Russia and ...").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from dossier.models import ActorMention, EntityType, Token

# The dependencies by which a country word qualifies a name or a title noun: "Russian President" (amod),
# "Ruritania's minister" (poss), "US envoy" (compound), "Syria foreign minister" (nmod).
_QUALIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})


def children_of(tokens: Mapping[int, Token]) -> dict[int, list[Token]]:
    """Each token's dependants, in text order."""
    children: dict[int, list[Token]] = {}
    for token in sorted(tokens.values(), key=lambda t: t.i):
        if token.head != token.i:
            children.setdefault(token.head, []).append(token)
    return children


def person_affiliation(mention: ActorMention, tokens: Mapping[int, Token], children: Mapping[int, Sequence[Token]],
                       country: Callable[[str], str | None]) -> str | None:
    """The one country the text ties a person mention to (`country`: a word's country name, for a country's name
    or demonym), else None."""
    if mention.type is not EntityType.PERSON:
        return None
    inside = range(mention.token_start, mention.token_end)
    heads = [tokens[i] for i in inside if i in tokens and (tokens[i].head not in inside or tokens[i].head == i)]
    described = list(heads)
    for head in heads:  # "X, the Russian foreign minister" and "the Russian foreign minister, X": a common noun
        # (a name in apposition is most often another person the parser joined to this one: "A and B, C")
        described += [c for c in children.get(head.i, ()) if c.dep == "appos" and c.pos == "NOUN"]
        if head.dep == "appos" and head.head in tokens and tokens[head.head].pos == "NOUN":
            described.append(tokens[head.head])
    nouns = described + [c for noun in described for c in children.get(noun.i, ()) if c.dep == "compound"]
    found: set[str] = set()
    for noun in nouns:
        for child in children.get(noun.i, ()):
            if not child.text[:1].isupper() and child.dep != "prep":
                continue  # a country is written with a capital ("the island's leader" names none)
            if child.dep in _QUALIFIERS and child.i < noun.i:
                words = [c.text for c in children.get(child.i, ()) if c.dep == "compound" and c.i < child.i]
                name = country(" ".join([*words, child.text])) or country(child.text)  # "United States"
            elif child.dep == "prep" and child.text.lower() == "of" and child.i > noun.i:
                objects = [c for c in children.get(child.i, ()) if c.dep == "pobj"]
                name = country(objects[0].text) if objects else None
            else:
                continue
            if name is not None:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def with_affiliation(mention: ActorMention, tokens: Mapping[int, Token], children: Mapping[int, Sequence[Token]],
                     country: Callable[[str], str | None]) -> ActorMention:
    found = person_affiliation(mention, tokens, children, country)
    return replace(mention, affiliation=found) if found is not None else mention
