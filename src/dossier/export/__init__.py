"""Exports: the JSON contract (shaped by the query layer, `dossier.query.contract`) as one document, or as CSV
(one file per table) for spreadsheets and pandas.

Every key of the contract is always present (an empty list when nothing was found), so consumers can
rely on the shape.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from dossier.query import Dossier
from dossier.query.contract import CONTRACT_KEYS, contract, mention_rows
from dossier.store import StoreReader

__all__ = ["CONTRACT_KEYS", "export_csv", "export_json"]


def export_json(source: Dossier | StoreReader) -> dict[str, list[dict[str, Any]]]:
    """The JSON contract of the dossier (or of the store) given."""
    return contract(_dossier(source))


def export_csv(source: Dossier | StoreReader, folder: Path) -> list[Path]:
    """Write one CSV per table into `folder`; list-valued fields are joined with ' | '."""
    d = _dossier(source)
    folder.mkdir(parents=True, exist_ok=True)
    data = contract(d)
    tables: dict[str, list[dict[str, Any]]] = {name: data[name] for name in CONTRACT_KEYS}
    tables["events"] = [{k: v for k, v in e.items() if k != "evidence"} for e in data["events"]]
    tables["evidence"] = [{"event": e["id"], **item} for e in data["events"] for item in e["evidence"]]
    tables["issues"] = [{k: v for k, v in i.items() if k != "positions"} for i in data["issues"]]
    tables["positions"] = [{"issue": i["id"], **p} for i in data["issues"] for p in i["positions"]]
    tables["mentions"] = mention_rows(d)
    written = []
    for name, rows in tables.items():
        path = folder / f"{name}.csv"
        columns = list(rows[0]) if rows else []
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: " | ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
        written.append(path)
    return written


def _dossier(source: Dossier | StoreReader) -> Dossier:
    return source if isinstance(source, Dossier) else Dossier(source)
