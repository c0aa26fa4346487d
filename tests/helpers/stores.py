"""Stores built once per test session from a corpus (real ingest, real SQLite), copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

from dossier.ingest import ingest
from dossier.packs import Pack
from dossier.process import process_pending
from dossier.store import open_store


def build_store(db: Path, corpus: Path | list[Path], pack: Pack) -> Path:
    store = open_store(db)
    ingest(corpus if isinstance(corpus, list) else [corpus], store)
    report = process_pending(store, pack)
    assert not report.failed and not report.interrupted
    store.close()
    return db


def copy_store(db: Path, into: Path) -> Path:
    """A private copy of a session store, for a test that writes to it."""
    target = into / db.name
    shutil.copy(db, target)
    return target
