"""When to poll: intervals as people write them, and the exponential backoff of a source that fails."""

from __future__ import annotations

import re

from dossier.errors import DossierError

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(d|h|m|s)?", re.IGNORECASE)
_SECONDS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "": 1.0}
RETRY_FIRST = 60.0  # seconds before the first retry of a failed source (or the interval, if shorter)
RETRY_MAX = 3600.0  # the longest wait between retries, unless 8 intervals are longer


def parse_duration(text: str) -> float:
    """'15m', '1h30m', '90s', '2d', '45' (seconds) -> seconds."""
    compact = text.strip().replace(" ", "")
    parts = list(_PART.finditer(compact))
    if not compact or not parts or "".join(p.group(0) for p in parts) != compact:
        raise DossierError(f"{text!r} is not a duration; write e.g. 15m, 1h, 90s or 1h30m")
    seconds = sum(float(p.group(1)) * _SECONDS[(p.group(2) or "").lower()] for p in parts)
    if seconds <= 0:
        raise DossierError(f"{text!r} is not a duration longer than zero")
    return seconds


def retry_delay(failures: int, every: float) -> float:
    """Seconds to wait before polling a source again after `failures` failed polls in a row: doubling from a
    minute (or the interval, if shorter) up to an hour or eight intervals, whichever is longer."""
    if failures <= 0:
        return every
    first = min(RETRY_FIRST, every)
    return float(min(first * 2 ** (failures - 1), max(RETRY_MAX, 8 * every)))


def shown_duration(seconds: float) -> str:
    """90 -> '1m30s', 3600 -> '1h', 0.5 -> '0.5s'."""
    if seconds < 60:
        return f"{seconds:g}s"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return "".join(f"{value}{unit}" for value, unit in ((hours, "h"), (minutes, "m"), (secs, "s")) if value)
