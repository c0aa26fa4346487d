"""Text normalisation for identity: the same article read twice, however it was saved, gets one id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def identity_text(text: str) -> str:
    """Unicode-normalised, case-folded, whitespace-collapsed text: what 'the same article' means."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def article_id(text: str) -> str:
    return hashlib.sha256(identity_text(text).encode("utf-8")).hexdigest()[:16]


def clean_body(text: str) -> str:
    """Strip trailing spaces on each line and blank runs at either end; keep paragraphs."""
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
