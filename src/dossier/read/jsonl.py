"""JSON Lines: one article per line, `text` required; `title`, `outlet`, `url`, `published` optional."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator

from dossier.dates import parse_absolute
from dossier.models import Article, Origin, Rejection, Sourced
from dossier.read.decode import RejectedInput, decode
from dossier.read.normalise import article_id, clean_body

OPTIONAL_FIELDS = ("title", "outlet", "url", "published")


def read_jsonl(data: bytes, source_path: str) -> Iterator[Article | Rejection]:
    """Yield each good line as an Article and each bad one as a Rejection naming its line."""
    return read_jsonl_lines(io.BytesIO(data), source_path)


def read_jsonl_lines(lines: Iterable[bytes], source_path: str,
                     max_bytes: int | None = None) -> Iterator[Article | Rejection]:
    """The same, streamed: a feed of a million articles is never in memory at once, and the size limit
    applies to each line (one article), not to the file."""
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
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

