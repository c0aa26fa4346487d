"""A person described by the role they hold for a country: "Syria's interim president", "the Russian
leader", "the transitional president of Syria", "X, the country's ambassador to Y,".

A description names the person it stands in apposition to ("Ahmed al-Sharaa, Syria's interim president,
said"), else the person the same article introduces with a title of the same role for the same country
("Syrian President Ahmad al-Sharaa", "Russia's Foreign Minister Sergei Lavrov"). It then becomes a
mention of that person that keeps its own words as its surface form, so an actor or a speaker introduced
by role is that person. Roles and their words are data (lexicon `roles.yaml`: "leader" and "interim
president" are both the head of state). A description of another holder ("his predecessor", "the former
president") or of no country names nobody.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.extract.syntax import Parsed
from dossier.lexicon import gazetteer, roles, titles
from dossier.models import ActorMention, AnalysedArticle, EntityType, Token

_POSSESSIVE = {"'s", "’s", "'"}
_DETERMINERS = {"the", "a", "an", "its", "their"}
_TITLE_WORDS = frozenset(w.rstrip(".") for t in titles() for w in t.split()) - {"of", "the", "and"}
_Holder = tuple[str, str | None]  # (role, country)


def role_mentions(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the people that role descriptions of this article stand for."""
    tokens = {t.i: t for s in analysed.sentences for t in s.tokens}
    people = [i for i, m in enumerate(mentions) if m.type is EntityType.PERSON and not m.descriptor]
    introduced: dict[_Holder, list[int]] = {}
    for index in people:
        holder = introduced_as(mentions[index], tokens)
        if holder is not None:
            introduced.setdefault(holder, []).append(index)
    person_at = {i: index for index in people for i in range(mentions[index].token_start, mentions[index].token_end)}
    found = []
    for sentence in analysed.sentences:
        s = Parsed(sentence, [], [])
        for token in sentence.tokens:
            if token.i in person_at:
                continue
            described = description(token, s)
            if described is None:
                continue
            first, last, core, holder = described
            person = _apposed(first, last, s, person_at, mentions)
            if person is not None:  # "Chile's foreign minister, Tomas Rojas,": introduced with that role
                introduced.setdefault(holder, []).append(person)
            else:
                person = _holder_of(holder, introduced, mentions, first.idx)
            if person is None:
                continue
            named = mentions[person]
            start, end = first.idx, last.idx + len(last.text)
            # Its tokens are the role's own words: "Syria's" in "Syria's interim president" stays Syria's mention
            # (a party where it was one), while the surface form is the whole description.
            found.append(replace(named, sentence=sentence.index, start=start, end=end,
                                 text=analysed.article.text[start:end], token_start=core.i, token_end=token.i + 1,
                                 subject=False, weight=1.0))
    return found


def introduced_as(person: ActorMention, tokens: dict[int, Token]) -> _Holder | None:
    """The role and country a person's name is introduced with: 'Russian President Vladimir Putin' ->
    (head_of_state, Russia); "Syria's Foreign Minister X" -> (foreign_minister, Syria)."""
    start = person.token_start
    while start < person.token_end and (t := tokens.get(start)) is not None and _title_word(t):
        start += 1  # the title words the surface form kept
    words: list[Token] = []
    k = start - 1
    while (t := tokens.get(k)) is not None and (_title_word(t) or t.text.lower() in roles().modifiers) \
            and len(words) < 5:
        words.insert(0, t)
        k -= 1
    role = _role_of([w.text.lower() for w in words])
    if role is None:
        return None
    return role, _country_before(k, tokens)


def description(token: Token, s: Parsed) -> tuple[Token, Token, Token, _Holder] | None:
    """(first token, last token, first word of the role, (role, country)) when the token ends a role phrase
    that describes a person: "Syria's newly named transitional president", "the Russian leader", "the
    president of Syria"."""
    if token.pos not in ("NOUN", "PROPN") or token.dep in ("compound", "poss"):
        return None  # "President Putin": a title before a name
    lexicon = roles()
    words = [s.by_i.get(i) for i in range(token.i - 2, token.i + 1)]
    role, size = None, 0
    for n in (3, 2, 1):
        part = [w for w in words[3 - n:] if w is not None]
        if len(part) == n and (found := lexicon.role(" ".join(w.text.lower() for w in part))):
            role, size = found, n
            break
    if role is None:
        return None
    kids = s.kids(token)
    if any(k.dep == "det" and k.text.lower() in ("a", "an", "any", "every", "each", "no") for k in kids):
        return None  # "a president", "any leader": nobody in particular
    first = s.by_i[token.i - size + 1]
    country: str | None = None
    for k in sorted((k for k in kids if k.i < first.i), key=lambda k: k.i):
        if k.dep == "poss":
            country = _country(k, s) or country
        elif k.dep in ("amod", "compound", "nmod", "npadvmod") and (found_country := _country(k, s)):
            country = found_country
        elif k.dep not in ("det", "amod", "advmod", "compound", "punct", "case"):
            return None
    left = min([first.i, *(_edge(k, s) for k in kids if k.i < first.i)])
    every = [s.by_i[i] for i in range(left, token.i + 1) if i in s.by_i]
    if any(w.text.lower() in lexicon.not_current for w in every):
        return None  # "the former president", "his predecessor"
    last = token
    for prep in s.kids(token, "prep"):
        if prep.text.lower() == "of" and prep.i == token.i + 1:
            for pobj in s.kids(prep, "pobj"):
                if (found_country := _country(pobj, s)) is not None:
                    country, last = found_country, pobj
    if country is None:
        return None  # "the president", "the country's leader": which country is not said here
    return s.by_i[left], last, first, (role, country)


def _title_word(token: Token) -> bool:
    return token.text.lower().rstrip(".") in _TITLE_WORDS


def _role_of(words: list[str]) -> str | None:
    lexicon = roles()
    for k in range(len(words)):
        found = lexicon.role(" ".join(words[k:]))
        if found is not None:
            return found
    return None


def _country_before(k: int, tokens: dict[int, Token]) -> str | None:
    """'Russian' or "Russia's" right before a title."""
    places = gazetteer()
    token = tokens.get(k)
    if token is not None and token.text in _POSSESSIVE:
        token = tokens.get(k - 1)
    if token is None:
        return None
    country = places.country(token.text)
    return country.name if country is not None else None


def _country(token: Token, s: Parsed) -> str | None:
    places = gazetteer()
    words = [t for t in [*[k for k in s.kids(token, "compound") if k.i < token.i], token]]
    text = " ".join(w.text for w in words)
    country = places.country(text) or places.country(token.text)
    return country.name if country is not None else None


def _edge(token: Token, s: Parsed) -> int:
    left = token.i
    stack = [token]
    while stack:
        current = stack.pop()
        left = min(left, current.i)
        stack += [k for k in s.kids(current) if k.i < current.i]
    return left


def _apposed(first: Token, last: Token, s: Parsed, person_at: dict[int, int],
             mentions: list[ActorMention]) -> int | None:
    """The person a description stands beside: "Ahmed al-Sharaa, Syria's interim president,", "the
    transitional president of Syria, Ahmed al-Sharaa", "Syria's interim leader Ahmed al-Sharaa": the two are
    next to each other (a comma at most between them) and the parse ties one to the other."""
    span = range(first.i, last.i + 1)
    for side in (-1, 1):
        k = first.i - 1 if side < 0 else last.i + 1
        if (between := s.by_i.get(k)) is not None and between.text == ",":
            k += side
        person = person_at.get(k)
        if person is None:
            continue
        named = mentions[person]
        words = range(named.token_start, named.token_end)
        tied = any(s.by_i[i].head in words for i in span if i in s.by_i) or any(
            s.by_i[i].head in span for i in words if i in s.by_i)
        if tied:
            return person
    return None


def _holder_of(holder: _Holder, introduced: dict[_Holder, list[int]], mentions: list[ActorMention],
               before: int) -> int | None:
    """The person the article introduced with this role and country (or with this role and no country,
    when only one was)."""
    role, country = holder
    same = introduced.get((role, country), [])
    if not same:
        same = introduced.get((role, None), [])
        if len({mentions[i].name for i in same}) != 1:
            return None
    earlier = [i for i in same if mentions[i].start < before]
    return (earlier or same)[-1] if (earlier or same) else None
