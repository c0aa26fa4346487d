"""The Python API as a notebook uses it: `examples/notebook.py` run as a script over a store built by ingesting the
example corpus, `import dossier` staying light, and stores opened read-only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest

import dossier
from tests.conftest import ROOT
from tests.helpers.stores import Location


def python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "200"})


def test_the_notebook_runs_over_the_example_corpus(example_db: Location) -> None:
    pytest.importorskip("pandas")
    result = python(str(ROOT / "examples" / "notebook.py"), str(example_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "15 articles from 7 outlets" in out
    assert "Sergei Lavrov" in out and "ACCUSE" in out, "Lavrov's events since July, as a table"
    assert "sources disagree on date: " in out
    assert "Ahmed al-Sharaa also written" in out and "Jolani" in out
    assert "Russian military bases at Hmeimim and Tartus" in out
    assert "BadFilter: since: 'next spring' is not a date" in out
    assert "Traceback" not in result.stderr


def test_importing_dossier_loads_no_language_model() -> None:
    result = python("-c", "import sys, dossier; dossier.open; print(sorted(m for m in sys.modules"
                          " if m.split('.')[0] in ('spacy', 'dateparser', 'psycopg', 'pandas', 'fastapi')))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_open_is_read_only_and_refuses_a_missing_store(example_db: Location, tmp_path: Path) -> None:
    with dossier.open(example_db) as d:
        assert d.stats().articles == 15
        assert isinstance(d, dossier.Dossier)
        writer = cast(Any, d.store)  # the reading interface has no writes: reach past it on purpose
        with pytest.raises(Exception, match=r"(?i)read.?only"), writer.transaction():  # SQLite's or PostgreSQL's
            writer.set_meta("touched", "yes")
    with pytest.raises(dossier.DossierError, match="no database at"):
        dossier.open(tmp_path / "nothing.db")
