"""JSON Lines: one article per line, `text` required; `title`, `outlet`, `url`, `published` optional."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO

from dossier.dates import parse_absolute
from dossier.models import Article, Origin, Rejection, Sourced
from dossier.read.decode import RejectedInput, decode, unreadable
from dossier.read.normalise import article_id, clean_body

OPTIONAL_FIELDS = ("title", "outlet", "url", "published")
# UTF-32 first: its little-endian mark starts with UTF-16's.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_jsonl(data: bytes, source_path: str) -> Iterator[Article | Rejection]:
    """Yield each good line as an Article and each bad one as a Rejection naming its line."""
    return read_jsonl_lines(open_jsonl(io.BytesIO(data)), source_path)


def open_jsonl(raw: IO[bytes]) -> Iterable[bytes]:
    """The lines of a JSON Lines file as UTF-8 bytes. A UTF-16 or UTF-32 file (it starts with a byte order mark)
    is decoded before it is split: its newline is two or four bytes, and its raw bytes hold stray newline bytes."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[type-var]
    start = buffered.peek(4)[:4]
    for bom, encoding in _WIDE_BOMS:
        if start.startswith(bom):
            text = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline=None)
            return (line.encode("utf-8") for line in text)
    return buffered


def read_jsonl_lines(lines: Iterable[bytes], source_path: str,
                     max_bytes: int | None = None) -> Iterator[Article | Rejection]:
    """The same, streamed: a feed of a million articles is never in memory at once, and the size limit
    applies to each line (one article), not to the file."""
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            if b"\x00" in raw[:4096]:
                yield Rejection(source_path, "binary file (contains NUL bytes), not text")
                return
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        found = True
        where = f"{source_path}#L{number}"
        if max_bytes is not None and len(raw) > max_bytes:
            size, limit = len(raw) / 2**20, max_bytes / 2**20
            yield Rejection(where, f"line is {size:.1f} MB, over the size limit of {limit:.1f} MB")
            continue
        try:
            yield _article(_line_text(raw), where)
        except RejectedInput as bad:
            yield Rejection(where, str(bad))
        except RecursionError:
            yield Rejection(where, "JSON nested too deeply to read")
        except Exception as bad:  # whatever one line makes the parser raise: it stops only this line
            yield unreadable(where, bad)
    if not found:
        yield Rejection(source_path, "empty file")


def _line_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode(raw)[0]  # JSON Lines should be UTF-8; a stray legacy encoding is detected per line


def _article(line: str, where: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as bad:
        raise RejectedInput(f"not valid JSON ({bad.msg} at column {bad.colno})") from None
    if not isinstance(record, dict):
        raise RejectedInput("not a JSON object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise RejectedInput('no "text" field with article text')
    body = clean_body(body)
    fields = {key: record.get(key) for key in OPTIONAL_FIELDS}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise RejectedInput(f'"{key}" must be a string')
    published = parse_absolute(fields["published"]) if fields["published"] else None
    if fields["published"] and published is None:
        raise RejectedInput(f'"published" is not a date: {fields["published"]!r}')
    return Article(
        id=article_id(body),
        text=body,
        source_path=where,
        title=Sourced.from_metadata(fields["title"]),
        outlet=Sourced.from_metadata(fields["outlet"]),
        url=Sourced.from_metadata(fields["url"]),
        published=published,
        published_origin=Origin.METADATA if published else Origin.UNKNOWN,
        published_as_stated=fields["published"] if published else None,
    )

