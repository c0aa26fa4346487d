"""What every record shares: `Record` (frozen dataclasses whose `to_dict()` is their JSON), `Records` (a list
with `to_dicts()` and `to_pandas()`), `plain()` (any mix of records, lists and dicts as JSON data) and `Ref` (an
actor as other records name it)."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar, cast

from dossier.errors import DossierError
from dossier.models import PartialDate

# A field left out of the JSON: what a front end needs to show a record (offsets, wording) but no script.
HIDDEN: dict[str, Any] = {"json": False}


class MissingExtra(DossierError, ImportError):
    """An optional package this call needs is not installed."""


class Record:
    """Base of every result record (frozen dataclasses)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data (its fields, in order, less the hidden ones)."""
        return {name: plain(getattr(self, name)) for name in _json_fields(cast(type, type(self)))}


@functools.cache
def _json_fields(kind: type) -> tuple[str, ...]:
    """A record class's fields that its JSON writes, in order (looked up once per class)."""
    return tuple(f.name for f in dataclasses.fields(cast(Any, kind)) if f.metadata.get("json", True))


_AS_IS = frozenset({str, int, float, bool, type(None)})  # exactly these types (not enums built on them)


R = TypeVar("R", bound=Record)


class Records(list[R]):
    """A list of records: `to_dicts()` for JSON, `to_pandas()` for a DataFrame with the JSON's columns."""

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per record (pandas is an optional extra: `pip install dossier[pandas]`)."""
        try:
            import pandas
        except ImportError:
            raise MissingExtra("to_pandas() needs pandas: pip install 'dossier[pandas]'") from None
        return pandas.DataFrame(self.to_dicts())


def plain(value: Any) -> Any:
    """Records, dataclasses, enums and partial dates as JSON-ready values (lists, dicts, str, numbers)."""
    if type(value) in _AS_IS:
        return value
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def ids(refs: list[Ref]) -> list[str]:
    """The actors' ids, as the JSON lists them."""
    return [r.id for r in refs]


@dataclass(frozen=True, slots=True)
class Ref(Record):
    """An actor as other records name it."""

    id: str
    name: str
    type: str
