"""The change log as the front ends ask for it: its filters (`--since 2h`, `--kind conflict,stance`), checked
once, and each entry worded once (`Change`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from dossier.dates import parse_absolute
from dossier.query.errors import BadFilter
from dossier.query.filters import DATE_FORMS
from dossier.query.records import CONFLICT_FIELDS, KIND_LABELS, Change
from dossier.store.changes import CHANGE_KINDS, ChangeInfo

_AGO = re.compile(r"^(\d+(?:\.\d+)?)\s*(min|m|h|d|w)$", re.IGNORECASE)
_UNIT = {"min": 60, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
STANCE_WORDS = {"demand": "demands", "offer": "offers", "accept": "accepts", "reject": "rejects",
                "condition": "sets conditions", "support": "supports", "states": "states"}


def since_filter(value: str | None, now: datetime | None = None, field: str = "since") -> str | None:
    """How far back: a span before now (`90m`, `2h`, `1d`, `1w`) or a date or time (`2025-07-31`,
    `2025-07-31T08:00`), as the UTC ISO time (or prefix) the log's times are compared with."""
    if not value:
        return None
    text = value.strip()
    if m := _AGO.match(text):
        try:
            start = (now or datetime.now(UTC)) - timedelta(seconds=float(m.group(1)) * _UNIT[m.group(2).lower()])
        except (OverflowError, ValueError):  # further back than the calendar goes: everything
            return "0000"
        return start.astimezone(UTC).isoformat(timespec="seconds")
    if "T" in text or " " in text:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is not None:
            moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
            return moment.isoformat(timespec="seconds")
    date = parse_absolute(text)
    if date is None:
        raise BadFilter(f"{value!r} is neither a span nor a date; write 2h, 1d, 1w, or {DATE_FORMS.split(' ', 1)[1]}",
                        field=field)
    return date.iso()


def kinds_filter(value: str | None, field: str = "kind") -> tuple[str, ...] | None:
    """One kind of change or several, separated by commas (`conflict,resolved`)."""
    if not value:
        return None
    kinds = tuple(dict.fromkeys(k.strip().lower() for k in value.split(",") if k.strip()))
    for kind in kinds:
        if kind not in CHANGE_KINDS:
            raise BadFilter(f"{kind!r} is not a kind of change; use one of {', '.join(CHANGE_KINDS)}", field=field)
    return kinds or None


def change_record(c: ChangeInfo, issue_labels: dict[str, str]) -> Change:
    """A log entry as a record, worded."""
    link = (f"/events/{c.event_id}" if c.event_id and c.event_summary is not None
            else f"/issues/{c.issue_id}" if c.issue_id else f"/actors/{c.entity_id}" if c.entity_id else None)
    evidence = (f"/articles/{c.article_id}?s={c.sentence}#s{c.sentence}" if c.article_id and c.sentence is not None
                else f"/articles/{c.article_id}" if c.article_id else None)
    return Change(c.id, c.at, c.kind, _title(c, issue_labels), c.event_id, c.event_summary, c.entity_id,
                  c.entity_name, c.issue_id, list(c.actors), list(c.issues), dict(c.detail), c.article_id, c.outlet,
                  c.title, c.url, c.published, c.sentence, c.sentence_text, link, evidence,
                  KIND_LABELS.get(c.kind, c.kind))


def _title(c: ChangeInfo, issue_labels: dict[str, str]) -> str:
    """The change in one line."""
    detail = c.detail
    event = c.event_summary if c.event_summary is not None else f"{c.event_id} (since merged into another event)"
    if c.kind == "event":
        return f"New event: {event}" + (f" ({detail['date']})" if detail.get("date") else "")
    if c.kind == "source":
        count = detail.get("articles")
        return f"New source for: {event}" + (f" (now {count} articles)" if count else "")
    if c.kind == "date":
        before, after = detail.get("before"), detail.get("after")
        refined = before is not None and after is not None and str(after).startswith(str(before))
        return f"Date {'refined' if refined else 'changed'}: {event}: {before or 'undated'} → {after or 'undated'}"
    if c.kind in ("conflict", "resolved"):
        field = str(detail.get("field"))
        what = {"date": "the date", "location": "the place"}.get(field) or CONFLICT_FIELDS.get(field, field)
        verb = "Sources disagree on" if c.kind == "conflict" else "Sources no longer disagree on"
        return f"{verb} {what}: {event}"
    actor = c.entity_name or c.entity_id or "someone"
    if c.kind == "stance":
        issue = issue_labels.get(c.issue_id or "", c.issue_id or "an issue")
        after, before = _stance(detail.get("after")), _stance(detail.get("before"))
        if before is None:
            return f"{actor} {after} on {issue} (first stance stated)"
        return f"{actor} now {after} on {issue} (was: {before})"
    if c.kind == "actor":
        return f"New actor: {detail.get('name') or actor} ({str(detail.get('type', '')).lower() or 'actor'})"
    return f"{KIND_LABELS.get(c.kind, c.kind)}: {event}"


def _stance(value: object) -> str | None:
    if not isinstance(value, dict):
        return None
    stance = str(value.get("stance"))
    if value.get("negated") and stance != "states":
        return f"does not {stance}"
    return STANCE_WORDS.get(stance, stance)
