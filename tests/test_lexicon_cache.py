"""The built verb dictionary is kept between runs (a one-article ingest should not rebuild it each time), safely:
keyed by what it is built from, read only from a file of this user nobody else may write, built again when
missing, corrupt or of another version, and never required (an unwritable folder, or `DOSSIER_CACHE_DIR=off`)."""

from __future__ import annotations

import os
import pickle
from importlib import resources
from pathlib import Path

import pytest

from dossier import lexicon
from dossier.lexicon import CACHE_ENV, built_cache, cache_folder


class Counted:
    def __init__(self, value: str) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> str:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(where))
    return where


def test_built_once_then_read_back_and_a_changed_source_is_another_entry(folder: Path) -> None:
    build = Counted("built")
    assert built_cache("thing", [b"data v1"], str, build) == "built"
    assert built_cache("thing", [b"data v1"], str, build) == "built"
    assert build.calls == 1, "the second run reads what the first built"
    assert built_cache("thing", [b"data v2"], str, build) == "built" and build.calls == 2, "new data: built again"
    assert len(list(folder.glob("thing-*.pickle"))) == 2
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700), "a folder only its user may read"


def test_a_corrupt_or_foreign_entry_is_built_again(folder: Path) -> None:
    build = Counted("built")
    built_cache("thing", [b"data"], str, build)
    (entry,) = folder.glob("thing-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert built_cache("thing", [b"data"], str, build) == "built" and build.calls == 2
    entry.write_bytes(pickle.dumps(42))
    assert built_cache("thing", [b"data"], str, build) == "built" and build.calls == 3, "not the kind asked for"
    entry.write_bytes(pickle.dumps("planted"))
    os.chmod(entry, 0o666)
    assert built_cache("thing", [b"data"], str, build) == "built" and build.calls == 4, "others could write it"


def test_without_a_usable_folder_it_is_built_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_folder() is None
    build = Counted("built")
    built_cache("thing", [b"data"], str, build)
    built_cache("thing", [b"data"], str, build)
    assert build.calls == 2
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "cache"))
    assert built_cache("thing", [b"data"], str, build) == "built", "an unwritable place is no error"


def test_the_verb_dictionary_read_back_is_the_one_built(folder: Path) -> None:
    raw = resources.files("dossier.lexicon").joinpath("cameo_verbs.json").read_bytes()
    built = lexicon._verb_dictionary(raw)
    sources = [raw, lexicon._BUILDER]
    kept = built_cache("verb_dictionary", sources, lexicon.VerbDictionary, lambda: lexicon._verb_dictionary(raw))

    def unused() -> lexicon.VerbDictionary:
        raise AssertionError("read back, not built")

    again = built_cache("verb_dictionary", sources, lexicon.VerbDictionary, unused)
    assert kept == built and again == built and again is not kept, "read back from the file, equal to a build"
