"""Text normalisation for identity: the same article read twice, however it was saved, gets one id.

Also what makes any text storable: Python strings may hold lone surrogates (a JSON `"\\ud800"`) and NUL
characters, which cannot be encoded as UTF-8 (hashing fails) or stored (SQLite and PostgreSQL refuse them).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import TypeVar

_SPACE = re.compile(r"\s+")
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")
REPLACEMENT = "\ufffd"


def valid_text(text: str) -> str:
    """The text with every lone surrogate and NUL replaced by U+FFFD: always valid, storable Unicode."""
    return _UNSTORABLE.sub(REPLACEMENT, text) if _UNSTORABLE.search(text) else text


def shown_path(path: str | Path) -> str:
    """A path as valid Unicode (a file name that is not UTF-8 shows its odd bytes as `\\xe9`)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def identity_text(text: str) -> str:
    """Unicode-normalised, case-folded, whitespace-collapsed text: what 'the same article' means."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", valid_text(text))).strip().casefold()


def article_id(text: str) -> str:
    return hashlib.sha256(identity_text(text).encode("utf-8")).hexdigest()[:16]


def clean_body(text: str) -> str:
    """Strip trailing spaces on each line and blank runs at either end; keep paragraphs."""
    lines = [line.rstrip() for line in valid_text(text).split("\n")]
    return "\n".join(lines).strip("\n")


Record = TypeVar("Record")


def valid_record(record: Record) -> Record:
    """A dataclass record (an Article, its Sourced fields) with every string in it made valid Unicode."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, object] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        fixed = valid_text(value) if isinstance(value, str) else valid_record(value)
        if fixed is not value:
            changes[field.name] = fixed
    return dataclasses.replace(record, **changes) if changes else record
