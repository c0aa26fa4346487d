"""The query layer: every question the command line, the web app, the export and notebooks ask of a store.

Filters are parsed and validated once (`filters.py`; a bad one raises `BadFilter`, an unknown id `NotFound`,
both `DossierError`s), and results are shaped once into frozen records (`records/`) whose `to_dict()` is the
JSON every front end shows. `Dossier` (`dossier.py`) asks the store through its read methods."""

from dossier.query.dossier import Dossier
from dossier.query.errors import BadFilter, NotFound, QueryError
from dossier.query.records import MissingExtra, Record, Records, plain

__all__ = ["BadFilter", "Dossier", "MissingExtra", "NotFound", "QueryError", "Record", "Records", "plain"]
