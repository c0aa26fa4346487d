"""Highlighted text without trusting it: every piece of text is escaped first, then wrapped in tags built
here from a fixed set of names. Article text never reaches a page unescaped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

_TAGS = frozenset({"mark", "a", "span", "strong"})


@dataclass(frozen=True, slots=True)
class Mark:
    """Wrap text[start:end] in <tag attrs...>; offsets are characters of the text being highlighted."""

    start: int
    end: int
    tag: str = "mark"
    attrs: tuple[tuple[str, str], ...] = ()


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` escaped, with each mark wrapped; a mark overlapping an earlier one (by start) is left out."""
    pieces: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < position or mark.start >= mark.end or mark.end > len(text):
            continue
        pieces.append(escape(text[position:mark.start]))
        pieces.append(open_tag(mark.tag, mark.attrs) + escape(text[mark.start:mark.end]) + Markup(f"</{mark.tag}>"))
        position = mark.end
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)


def open_tag(tag: str, attrs: Iterable[tuple[str, str]] = ()) -> Markup:
    if tag not in _TAGS:
        raise ValueError(f"tag {tag!r} is not allowed in highlighted text")
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs if name.replace("-", "").isalpha())
    return Markup(f"<{tag}{rendered}>")


def path_part(value: str) -> str:
    """An id as one URL path segment (ids are validated, but a link must never change the path)."""
    return quote(value, safe="")
