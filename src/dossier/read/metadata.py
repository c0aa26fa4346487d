"""Metadata of a plain-text article: an optional header, else what the text itself says.

A header is a block of `KEY: value` lines at the very top (TITLE, SOURCE, URL, PUBLISHED).
Without one we look for what the words support: a title line, an outlet credit line
("SOURCE: TRT World"), a dateline or timestamp line ("12:34 09.02.2026"). Anything
not supported stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.dates import parse_absolute
from dossier.lexicon import news
from dossier.models import Origin, PartialDate, Sourced

HEADER_KEYS = {"title": "title", "source": "outlet", "outlet": "outlet", "url": "url",
               "published": "published", "date": "published"}
_HEADER_LINE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$")
_CREDIT_LINE = re.compile(r"^\s*(?:SOURCE|Source|source)\s*:\s*(\S.{0,80}?)\s*$")
_COPYRIGHT_LINE = re.compile(
    r"^\s*(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?)?\s*([A-Z][\w .&'-]{1,60}?)\.?\s*$"
)
# "... in our Telegram channel t.me/Some_Outlet": an outlet naming itself through its own channel.
_OWN_CHANNEL = re.compile(r"\bour\s+(?:telegram[- ]channel|channel|website|site)\s+(?:https?://)?(?:www\.)?"
                          r"(?:t\.me|telegram\.me)/([A-Za-z][A-Za-z0-9_]{2,60})", re.IGNORECASE)
# "12:34 09.02.2026" (optionally followed by a bullet): a publication timestamp line.
_TIMESTAMP_LINE = re.compile(r"^\s*\d{1,2}:\d{2}\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*[•·|]?\s*$")
_DATELINE = re.compile(r"^\s*(?:(?:Published|Posted|Updated|Date)\s*(?:on)?\s*:?\s*)?(.{6,60}?)\s*$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_SECTION_LABEL = re.compile(r"^\s*[\w -]{1,30}:\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")

MAX_TITLE_WORDS = 30
_EDGE_LINES = 8  # datelines and credits sit at the top or the bottom of an article


@dataclass(frozen=True, slots=True)
class TextMetadata:
    body: str
    title: Sourced
    outlet: Sourced
    url: Sourced
    published: PartialDate | None
    published_origin: Origin
    published_as_stated: str | None


def read_metadata(text: str) -> TextMetadata:
    """Split an optional header from the body and find each field, with its origin."""
    header, body = split_header(text)
    title = _from_header(header, "title") or _title_from_text(body)
    outlet = _from_header(header, "outlet") or _outlet_from_text(body, byline_of(body))
    url = _from_header(header, "url") or Sourced.unknown()
    published, origin, as_stated = _published(header, body)
    if published is None and url.value and (from_url := date_from_url(url.value)) is not None:
        published, origin, as_stated = from_url, Origin.METADATA, url.value
    return TextMetadata(body, title, outlet, url, published, origin, as_stated)


_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?:/(0?[1-9]|[12]\d|3[01]))?(?=/|$|[?#])")


def date_from_url(url: str) -> PartialDate | None:
    """The date an address gives its article ('/2025/07/31/' a day, '/archives/2025/02/' a month), at the
    precision it gives; None when its path holds none."""
    path = url.split("://", 1)[-1].split("/", 1)[-1] if "/" in url.split("://", 1)[-1] else ""
    if m := _URL_DATE.search("/" + path):
        year, month, day = m.groups()
        return PartialDate(int(year), int(month), int(day) if day else None)
    return None


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Return ({field: value}, body) for a leading block of known `KEY: value` lines."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        if m.group(2):
            header[HEADER_KEYS[m.group(1).lower()]] = m.group(2)
        i += 1
    if not header:
        return {}, text.strip("\n")
    return header, "\n".join(lines[i:]).strip("\n")


def _from_header(header: dict[str, str], key: str) -> Sourced | None:
    value = header.get(key)
    return Sourced(value, Origin.METADATA) if value else None


def _title_from_text(body: str) -> Sourced:
    for line in body.split("\n"):
        candidate = _MD_HEADING.sub("", line).strip()
        if not candidate or len(_WORD.findall(candidate)) < 2 or _SECTION_LABEL.match(candidate):
            continue  # blank, a stray glyph such as "×", or a label such as "Introduction:"
        if len(candidate.split()) > MAX_TITLE_WORDS:
            return Sourced.unknown()  # the text opens with a paragraph: no title line
        return Sourced(candidate, Origin.TEXT)
    return Sourced.unknown()


def _edge_lines(body: str) -> list[str]:
    lines = [line for line in body.split("\n") if line.strip()]
    if len(lines) <= 2 * _EDGE_LINES:
        return lines
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def _outlet_from_text(body: str, signed: Byline | None = None) -> Sourced:
    for line in reversed(_edge_lines(body)):
        if m := _CREDIT_LINE.match(line) or _COPYRIGHT_LINE.match(line):
            return Sourced(m.group(1).strip(), Origin.TEXT)
    if signed is not None and signed.outlet:
        return Sourced(signed.outlet, Origin.TEXT)
    if m := _OWN_CHANNEL.search(body):
        return Sourced(m.group(1).replace("_", " ").strip(), Origin.TEXT)
    if name := signed_outlet(body):
        return Sourced(name, Origin.TEXT)
    return Sourced.unknown()


# A line under the title in italics naming the outlet and what the piece is ("*Harbour Gazette analysis*"), and
# a name standing alone on the last line ("Harbour Gazette") that the text names again ("(Harbour Gazette) -").
_ITALIC_LINE = re.compile(r"^\s*([*_]{1,2})(?!\s)(.{2,80}?)(?<!\s)\1\s*$")
_CAPITALISED_RUN = re.compile(r"^((?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*)(?:\s+(.*))?$")
_PIECE_WORDS = frozenset({"analysis", "report", "reports", "staff", "editorial", "comment", "commentary", "desk",
                          "correspondent", "explainer", "opinion", "news", "service", "bureau", "feature"})


_RIGHTS_LINE = re.compile(r"^\s*([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\.?\s+All rights reserved\b", re.IGNORECASE)


def _ends_like_outlet(name: str) -> bool:
    words, lexicon = tuple(name.lower().split()), news()
    return words[0] in lexicon.name_starts or any(words[-len(end):] == end for end in lexicon.name_endings)


def signed_outlet(body: str) -> str | None:
    """The outlet a headerless article signs itself with: an italic line under its title or at its end whose
    capitalised words are followed by nothing or by words for the kind of piece ("*Harbour Gazette analysis*";
    never a byline, "*By Ann Lee*"), or its last line alone, two to five capitalised words the text names
    elsewhere too or that end like an outlet's name ("Harbour Gazette", not "Ann Lee"), or its last line's
    rights notice ("Harbour Gazette. All rights reserved.")."""
    lines = [line for line in body.split("\n") if line.strip()]
    if lines and (m := _RIGHTS_LINE.match(lines[-1])):
        return m.group(1).rstrip(".")
    for line in [*lines[1:3], *lines[-1:]]:
        if (m := _ITALIC_LINE.match(line)) and (run := _CAPITALISED_RUN.match(m.group(2).strip())):
            rest = (run.group(2) or "").lower().split()
            if run.group(1).split()[0].lower() != "by" and all(w in _PIECE_WORDS for w in rest) \
                    and len(run.group(1).split()) >= 2:
                return run.group(1)
    if len(lines) > 3 and (run := _CAPITALISED_RUN.match(last := lines[-1].strip())) and run.group(2) is None \
            and 2 <= len(last.split()) <= 5 and not last.endswith(".") \
            and (last in "\n".join(lines[:-1]) or _ends_like_outlet(last)):
        return last
    return None


def _published(header: dict[str, str], body: str) -> tuple[PartialDate | None, Origin, str | None]:
    if stated := header.get("published"):
        date = parse_absolute(stated)
        if date is not None:
            return date, Origin.METADATA, stated
    for index, line in enumerate(_edge_lines(body)):
        if index < _BYLINE_LINES and (signed := byline(line) or wire_dateline(line)) is not None:
            return signed.date, Origin.TEXT, signed.stated
        if m := _TIMESTAMP_LINE.match(line):
            return parse_absolute(m.group(1)), Origin.TEXT, line.strip(" •·|")
        if (m := _DATELINE.match(line)) and len(line.split()) <= 8:
            date = parse_absolute(m.group(1))
            if date is not None:
                return date, Origin.TEXT, line.strip()
    return None, Origin.UNKNOWN, None


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline or a wire dateline at the top of an article states: its day of publication and, where it
    names one, its outlet."""

    date: PartialDate
    outlet: str | None
    stated: str


_BYLINE_LINES = 4  # a byline sits under the title, a dateline opens the first paragraph
# "Harbour Gazette | Port Town | 3 March 2025": parts parted by a bar or a bullet (never a dash, which titles use).
_BYLINE_PARTS = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_BYLINE_NAME = re.compile(r"^[^\W\d_][^\d|•·]{0,60}$")
_FIRST_PUBLISHED = re.compile(r"^(?:Published|Posted)\b", re.IGNORECASE)
_UPDATED = re.compile(r"^(?:Updated|Last updated|Modified)\b", re.IGNORECASE)
_CLOCK_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}|[+-]\d{1,2}(?::?\d{2})?))?$",
                         re.IGNORECASE)
_AUTHOR = re.compile(r"^(?:By|BY|by)\s+\S")
# "PORT TOWN, 3 March 2025 (Harbour Wire) -": a dateline that states its year, then its credit if any.
_WIRE_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3},"
                            r"\s+([\dA-Z][^()]{3,31}?\b(?:19|20)\d{2})\s*(?:\(([^()\d]{2,40})\)\s*)?[-–—]+\s")


def byline(line: str) -> Byline | None:
    """A byline line: two to five short parts parted by bars or bullets, one of them a date naming its year and
    the others names with no digits ("Harbour Gazette | Port Town | 3 March 2025", "By Ann Lee | Harbour Gazette
    | March 3, 2025"). Its outlet is the part that ends like an outlet's name, else the first name that is not an
    author's when the line names a place or an author beside it; a lone name beside the date ("Port Town | 3 March
    2025") may be a place, and names no outlet. A clock time beside the date ("| 10:45 GMT") is neither; of a
    published and an updated date ("Published: 3 March 2025 | Updated: 5 March 2025") the first is the day."""
    parts = [part.strip() for part in _BYLINE_PARTS.split(line.strip())]
    if not 2 <= len(parts) <= 5 or not all(parts):
        return None
    dates = [(i, date) for i, part in enumerate(parts) if (date := _stated_date(part)) is not None]
    if len(dates) > 1:  # "Published: 3 March 2025 | Updated: 4 March 2025": the day it was first published
        dates = [(i, date) for i, date in dates if _FIRST_PUBLISHED.match(parts[i])]
    if len(dates) != 1:
        return None
    names = [part for i, part in enumerate(parts) if i != dates[0][0] and not _CLOCK_TIME.match(part)
             and not (_UPDATED.match(part) and _stated_date(part) is not None)]
    if not all(_BYLINE_NAME.match(name) and len(name.split()) <= 6 for name in names):
        return None
    others = [name for name in names if not _AUTHOR.match(name)]
    outlet = next((name for name in others if _ends_like_outlet(name)), None)
    if outlet is None and others and len(names) >= 2:
        outlet = others[0]
    return Byline(dates[0][1], outlet, line.strip())


def _stated_date(part: str) -> PartialDate | None:
    stated = m.group(1) if (m := _DATELINE.match(part)) else part
    return parse_absolute(stated) if any(c.isdigit() for c in stated) else None


def wire_dateline(line: str) -> Byline | None:
    """A dateline that states its year, then the agency credited if any ("PORT TOWN, 3 March 2025 (Harbour
    Wire) - ...", "Port Town, March 3, 2025 — ..."): the day it was filed, and the agency as its outlet. One
    without a year gives no date."""
    if (m := _WIRE_DATELINE.match(line)) is None or (date := parse_absolute(m.group(1))) is None or date.day is None:
        return None  # a dateline gives the day: "Lakeport, March 2019 - ..." tells when, not when it was filed
    return Byline(date, m.group(2).strip() if m.group(2) else None, line[:m.end()].strip(" -–—"))


def byline_of(body: str) -> Byline | None:
    """The byline or dated wire dateline among the article's first lines, if any."""
    for line in _edge_lines(body)[:_BYLINE_LINES]:
        if (found := byline(line) or wire_dateline(line)) is not None:
            return found
    return None
