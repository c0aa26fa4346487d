"""JSON Lines: one article per line, `text` required; `title`, `outlet`, `url`, `published` optional."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dossier.dates import parse_absolute
from dossier.models import Article, Origin, Rejection, Sourced
from dossier.read.decode import RejectedInput, decode
from dossier.read.normalise import article_id, clean_body

OPTIONAL_FIELDS = ("title", "outlet", "url", "published")


def read_jsonl(data: bytes, source_path: str) -> Iterator[Article | Rejection]:
    """Yield each good line as an Article and each bad one as a Rejection naming its line."""
    text, _ = decode(data)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source_path}#L{number}"
        try:
            yield _article(line, where)
        except RejectedInput as bad:
            yield Rejection(where, str(bad))


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

