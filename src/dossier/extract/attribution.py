"""Who a report is credited to: news organisations and unnamed sources are its attribution, not its parties.

News writing credits what it reports: "SANA reported", "according to AFP", "a source told Reuters",
"(AP) --", "Photo: EPA". The outlet, agency or source credited is where the report comes from; it is never
an actor or a target of the events the report tells (a quotation relayed by an agency is still its
speaker's). The names of news organisations are data (lexicon `news.yaml`: agencies, broadcasters, papers,
and the words that end an outlet's name, "Times", "TV", "News Agency"), plus the outlets of the corpus
itself (each article's own outlet).

Unnamed people credited for what they say ("a Syrian diplomatic source confirmed", "two officials told
Reuters", "the source said", "a member of the group told AFP") become mentions of their own: an unnamed
person is a speaker, never the state whose demonym describes them. A definite one ("the source") is the
unnamed source of the same kind the article introduced before it.

Everything here is a pure function of one sentence's parse and the article's mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dossier.extract.syntax import Parsed
from dossier.lexicon import gazetteer, news
from dossier.models import ActorMention, AnalysedArticle, EntityType, Token

UNNAMED = "unnamed"  # ActorMention.descriptor of an unnamed source
_DEFINITE = {"the", "this", "that", "these", "those"}
_COUNTS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
           "several", "many", "few", "multiple", "various", "numerous", "other", "another", "both"}
_OPEN = {"(", "[", "/"}
_CLOSE = {")", "]", "/"}
_RELAY_PREPS = {"by", "to", "with", "from", "via"}  # "cited by X", "confirmed to X", "an interview with X"


# --- news organisations ------------------------------------------------------------------------------


_ALSO_CREDITED = re.compile(r"\s*\(\s*(?:via\s+)?([^()]+?)\s*\)\s*$", re.IGNORECASE)


def outlet_names(credit: str) -> list[str]:
    """The news organisations an article's credit names: 'Reuters (via Harbour Gazette)' is both, 'Lake Times
    (AFP)' both, 'A News (anews.example)' the first only (an address is no name)."""
    found = _ALSO_CREDITED.search(credit)
    names = [(credit[: found.start()] if found else credit).strip()]
    if found and not re.search(r"[./:]", found.group(1)):
        names.append(found.group(1).strip())
    return [name for name in names if _LETTERS.search(name)]


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def outlet_shortened(name: str, outlets: Iterable[str]) -> str | None:
    """The article's outlet a name writes by its last words ('the Gazette', 'Harbour Gazette' in an article of the
    'Lake Harbour Gazette'): outlets name themselves so in their own texts. Never a country, capital or other name
    the lexicon knows ('Vale' of a 'Voice of Vale'), nor a word in lower case."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if not words or not words[0][:1].isupper() or gazetteer().country(" ".join(words)) \
            or " ".join(words).lower() in gazetteer().capitals:
        return None
    for outlet in outlets:
        full = outlet.strip().removeprefix("The ").split()
        if len(full) > len(words) and [w.lower() for w in full[-len(words):]] == [w.lower() for w in words]:
            return " ".join(full)
    return None


def is_outlet(name: str, outlets: Iterable[str] = ()) -> bool:
    """A news organisation's name: a known agency or outlet ('AFP', 'Syrian Arab News Agency'), one of the
    corpus's own outlets, or a name ending like one ('the Kyiv Post', 'Syria TV', 'Daily Sabah')."""
    lexicon = news()
    bare = name.strip()
    if bare.lower().startswith("the "):
        bare = bare[4:]
    if not bare:
        return False
    if lexicon.organisation(bare) is not None or lexicon.organisation(name.strip()) is not None:
        return True
    folded = bare.lower()
    if any(folded == o.strip().lower().removeprefix("the ") for o in outlets if o):
        return True
    words = folded.split()
    if len(words) < 2:
        return False
    if words[0] in lexicon.name_starts:
        return True
    return any(len(words) > len(end) and tuple(words[-len(end):]) == end for end in lexicon.name_endings)


def outlet_mentions(mentions: list[ActorMention], outlets: Iterable[str] = ()) -> frozenset[int]:
    """Indices of the mentions that name a news organisation (organisations and unlabelled names only: a
    person or a state is never one)."""
    known = tuple(outlets)
    return frozenset(i for i, m in enumerate(mentions)
                     if m.type in (EntityType.ORG, EntityType.GROUP, EntityType.FACILITY)
                     and not m.descriptor and not m.country and not m.seat
                     and (_known_outlet(m.name, known) or _known_outlet(m.text, known)))


@lru_cache(maxsize=4096)
def _known_outlet(name: str, outlets: tuple[str, ...]) -> bool:
    """`is_outlet`, kept: an article's names are asked about again by each extractor that looks for sources."""
    return is_outlet(name, outlets)


def source_mentions(mentions: list[ActorMention], outlets: Iterable[str] = ()) -> frozenset[int]:
    """Mentions that a report may be credited to: news organisations and unnamed sources."""
    return outlet_mentions(mentions, outlets) | {i for i, m in enumerate(mentions) if m.descriptor == UNNAMED}


# --- credit --------------------------------------------------------------------------------------------


def credited(s: Parsed, mentions: list[ActorMention], sources: frozenset[int]) -> tuple[int, ...]:
    """The source mentions this sentence credits for what it reports, in text order."""
    found = [i for i in sorted(set(s.mention_at.values()) & sources) if _in_credit_position(mentions[i], s)]
    return tuple(found)


def without(parties: Iterable[int], credits: Iterable[int]) -> list[int]:
    """The parties of an event once the report's attribution is taken out."""
    taken = set(credits)
    return [p for p in parties if p not in taken]


def _head(mention: ActorMention, s: Parsed) -> Token | None:
    inside = [s.by_i[i] for i in range(mention.token_start, mention.token_end) if i in s.by_i]
    for token in inside:
        if token.head == token.i or not (mention.token_start <= token.head < mention.token_end):
            return token
    return inside[-1] if inside else None


def _in_credit_position(mention: ActorMention, s: Parsed) -> bool:
    head = _head(mention, s)
    if head is None:
        return False
    if _bracketed(mention, s) or _after_credit_word(mention, s):
        return True
    lexicon = news()
    node = head
    if _reports(node, s):
        return True  # "..., a source confirmed to TASS" (parsed as a participle of the noun)
    # "the state news agency SANA reported": climb from the name to the noun it names
    while node.pos == "PROPN" and node.dep in ("appos", "compound", "flat") and (up := s.head(node)) is not None \
            and up.pos in ("NOUN", "PROPN"):
        node = up
    governor = s.head(node)
    if governor is None:
        return False
    lemma = governor.lemma.lower()
    if node.dep in ("nsubj", "nsubjpass") and lemma in lexicon.reporting_verbs:
        return True  # "SANA reported", "a source said", "Reuters quoted X as saying"
    if node.dep in ("dobj", "dative") and lemma in ("tell", "cite", "quote", "inform", "brief"):
        return True  # "told AFP", "citing Reuters"
    if node.dep in ("poss", "compound", "nmod") and lemma in lexicon.reporting_nouns:
        return True  # "Reuters' report", "AFP requests for comment", "a SANA statement"
    if node.dep == "pobj" and governor.dep in ("prep", "agent"):
        word = governor.text.lower()
        above = s.head(governor)
        if word == "to" and above is not None and above.text.lower() == "according":
            return True  # "according to AFP"
        if above is not None and word in _RELAY_PREPS and (
                above.lemma.lower() in lexicon.reporting_verbs or above.lemma.lower() in lexicon.reporting_nouns):
            return True  # "cited by Tass", "confirmed to TASS", "in an interview with X"
    return False


def _reports(noun: Token, s: Parsed) -> bool:
    """The noun has a reporting verb of its own hanging from it without a subject: ', a source confirmed'."""
    return any(v.lemma.lower() in news().reporting_verbs and v.tag in ("VBD", "VBZ", "VBP", "VBN")
               and not s.kids(v, "nsubj", "agent", "auxpass") for v in s.kids(noun, "acl", "relcl") if v.i > noun.i)


def _bracketed(mention: ActorMention, s: Parsed) -> bool:
    """'(AP)', '/TASS/', '[Reuters]': a credit in a dateline or under a picture."""
    before = s.by_i.get(mention.token_start - 1)
    after = s.by_i.get(mention.token_end)
    return before is not None and after is not None and before.text in _OPEN and after.text in _CLOSE


def _after_credit_word(mention: ActorMention, s: Parsed) -> bool:
    """'Photo: Reuters', 'Credit: EPA', 'Photograph by X/Getty'."""
    lexicon = news()
    window = [s.by_i.get(i) for i in range(mention.token_start - 3, mention.token_start)]
    words = [t.text.lower() for t in window if t is not None]
    for k, word in enumerate(words):
        if word in lexicon.credit_words and any(w in (":", "by", "/", "-", "|") for w in words[k + 1:]):
            return True
    return False


# --- unnamed sources -----------------------------------------------------------------------------------


def unnamed_source_mentions(analysed: AnalysedArticle, taken: Iterable[tuple[int, int]] = ()) -> list[ActorMention]:
    """Mentions for the unnamed people a report is credited to: 'a Syrian diplomatic source', 'two
    officials', 'the source', 'a member of the YPG-led SDF' - only where the sentence credits them
    (the subject of a reporting verb, 'according to ...'). `taken` are token ranges of names already
    found (a spokesman with a name is that person)."""
    names = [range(a, b) for a, b in taken]
    found: list[ActorMention] = []
    introduced: set[str] = set()
    for sentence in analysed.sentences:
        s = Parsed(sentence, [], [])
        for token in sentence.tokens:
            mention = _unnamed(analysed, s, token, names)
            if mention is None:
                continue
            head = unnamed_head(mention.name)
            if is_definite(mention.text) and head not in introduced:
                continue  # "the minister said": whoever the article named before, not an unnamed source
            introduced.add(head)
            found.append(mention)
    return found


def person_noun(token: Token) -> bool:
    """A noun for a person who speaks for others ('official', 'source', 'minister', 'spokesman')."""
    lexicon = news()
    word = token.text.lower()
    return word in lexicon.unnamed_singular or word in lexicon.unnamed_plural


def anonymous_noun(token: Token) -> bool:
    """A noun that describes an unnamed source and never stands for a named person ('source', 'official';
    not 'minister', which may be Lavrov's title)."""
    lexicon = news()
    word = token.text.lower()
    return (word in lexicon.unnamed_singular or word in lexicon.unnamed_plural) and \
        word.removesuffix("s") not in lexicon.unnamed_titles and word not in lexicon.unnamed_titles


def unnamed_head(name: str) -> str:
    """The noun an unnamed source is described by: 'Syrian diplomatic source' -> 'source',
    'member of the YPG-led SDF' -> 'member' (a definite 'the source' refers back to the last 'source')."""
    lexicon = news()
    words = name.lower().split()
    nouns = [w for w in words if w in lexicon.unnamed_singular or w in lexicon.unnamed_plural]
    if not nouns:
        return words[-1] if words else ""
    head = nouns[0] if nouns[0] in lexicon.partitive else nouns[-1]
    return head[:-1] if head in lexicon.unnamed_plural and head.endswith("s") else head


def is_definite(text: str) -> bool:
    first = text.lower().split(" ", 1)[0] if text else ""
    return first in _DEFINITE


def _unnamed(analysed: AnalysedArticle, s: Parsed, token: Token, names: list[range]) -> ActorMention | None:
    lexicon = news()
    word = token.text.lower()
    plural = word in lexicon.unnamed_plural
    if token.pos != "NOUN" or not (plural or word in lexicon.unnamed_singular):
        return None
    if token.dep in ("compound", "poss") or any(token.i in r for r in names):
        return None
    kids = s.kids(token)
    if any(k.dep in ("appos", "compound", "flat", "nmod") and any(k.i in r for r in names) for k in kids):
        return None  # "spokesman Dmitry Peskov", "the official, Ali Hassan,": a named person
    governor = s.head(token)
    if token.dep == "appos" and governor is not None and any(governor.i in r for r in names) \
            and not _reports(token, s):
        return None  # "Peskov, the Kremlin spokesman,"
    left = sorted((k for k in kids if k.i < token.i and k.dep in ("det", "amod", "compound", "nummod", "advmod",
                                                                     "quantmod", "npadvmod", "nmod", "punct")),
                  key=lambda k: k.i)
    if any(k.dep == "poss" for k in kids):
        return None  # "Russia's envoy": a role held for a country, not an unnamed source
    first = _left_edge(token, s, left)
    determiner = first.text.lower()
    definite = determiner in _DEFINITE
    if not (definite or determiner in _COUNTS or first.tag == "CD" or plural):
        return None  # "source of concern": a singular without a determiner is no person
    last = token
    if word in lexicon.partitive:
        of = next((k for k in kids if k.dep == "prep" and k.text.lower() == "of" and k.i > token.i), None)
        if of is None:
            return None
        last = _right_edge(of, s)
    start, end = first.idx, last.idx + len(last.text)
    text = analysed.article.text[start:end]
    fake = ActorMention(analysed.article.id, s.sentence.index, start, end, text, text, EntityType.PERSON,
                        first.i, token.i + 1)
    if not _in_credit_position(fake, s):
        return None
    name = text.split(" ", 1)[1] if determiner in _COUNTS | _DEFINITE and " " in text else text
    kind = EntityType.GROUP if plural else EntityType.PERSON
    return ActorMention(analysed.article.id, s.sentence.index, start, end, text, name, kind, first.i, last.i + 1,
                        descriptor=UNNAMED)


def _left_edge(token: Token, s: Parsed, left: list[Token]) -> Token:
    first = token
    stack = list(left)
    while stack:
        current = stack.pop()
        if current.i < first.i:
            first = current
        stack += [k for k in s.kids(current) if k.i < current.i]
    return first


def _right_edge(token: Token, s: Parsed) -> Token:
    last = token
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i > last.i and current.dep != "punct":
            last = current
        stack += [k for k in s.kids(current) if k.dep not in ("relcl", "acl", "punct")]
    return last
