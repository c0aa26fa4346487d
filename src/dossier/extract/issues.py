"""Which issues under negotiation a sentence concerns: the pack's keywords, and its anchor actors
(the bases issue is anchored by Hmeimim and Tartus: naming either ties a sentence to it)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from dossier.models import ActorMention, Sentence
from dossier.packs import Pack


def sentence_issues(sentences: tuple[Sentence, ...], mentions: list[ActorMention],
                    pack: Pack) -> dict[int, tuple[str, ...]]:
    """Sentence index -> ids of the issues it concerns."""
    if not pack.issues:
        return {}
    actors_in: dict[int, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.pack_id:
            actors_in[mention.sentence].add(mention.pack_id)
    finder = _finder(tuple((issue.id, tuple(issue.keywords)) for issue in pack.issues))
    anchors = [(issue.id, set(issue.anchors)) for issue in pack.issues]
    found: dict[int, tuple[str, ...]] = {}
    for sentence in sentences:
        named = finder.issues(sentence.text.lower().replace("’", "'"))
        ids = [issue for issue, anchored in anchors if issue in named or anchored & actors_in[sentence.index]]
        if ids:
            found[sentence.index] = tuple(ids)
    return found


class _Finder:
    """The issues whose keywords a text names, in one pass over it for all the issues: the same as searching it
    with each issue's `_keywords` pattern. The pass finds, at each place where a word may start, the longest
    keyword of any issue that stands there as whole words; a shorter keyword standing at the same place is a
    prefix of it followed by a non-word character, so each keyword carries the issues of those prefixes too."""

    def __init__(self, issues: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        of: dict[str, set[str]] = {}  # keyword (lower case) -> the issues naming it
        for issue, keywords in issues:
            for keyword in keywords:
                of.setdefault(keyword.lower(), set()).add(issue)
        self.pattern = _keywords(tuple(of), capture=True)
        self.issues_of = {keyword: frozenset(issue for shorter, named in of.items()
                                             if keyword.startswith(shorter) and (
                                                 len(shorter) == len(keyword) or not _WORD.match(keyword, len(shorter)))
                                             for issue in named) for keyword in of}

    def issues(self, text: str) -> set[str]:
        found: set[str] = set()
        for match in self.pattern.finditer(text):
            found |= self.issues_of[match.group(1)]
        return found


_WORD = re.compile(r"\w")


@lru_cache(maxsize=16)
def _finder(issues: tuple[tuple[str, tuple[str, ...]], ...]) -> _Finder:
    return _Finder(issues)


@lru_cache(maxsize=256)
def _keywords(keywords: tuple[str, ...], capture: bool = False) -> re.Pattern[str]:
    """Any of the keywords as whole words; `capture`: at every place, the longest one standing there (group 1,
    lower case), without consuming it (a keyword inside or overlapping another is found too)."""
    if not keywords:
        return re.compile(r"(?!x)x")  # matches nothing
    alternatives = "|".join(re.escape(k.lower()) for k in sorted(keywords, key=len, reverse=True))
    if capture:
        return re.compile(rf"(?<!\w)(?=({alternatives})(?!\w))")
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
