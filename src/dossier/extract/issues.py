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
    found: dict[int, tuple[str, ...]] = {}
    for sentence in sentences:
        text = sentence.text.lower().replace("’", "'")
        ids = [issue.id for issue in pack.issues
               if set(issue.anchors) & actors_in[sentence.index] or _keywords(tuple(issue.keywords)).search(text)]
        if ids:
            found[sentence.index] = tuple(ids)
    return found


@lru_cache(maxsize=256)
def _keywords(keywords: tuple[str, ...]) -> re.Pattern[str]:
    if not keywords:
        return re.compile(r"(?!x)x")  # matches nothing
    alternatives = "|".join(re.escape(k.lower()) for k in sorted(keywords, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
