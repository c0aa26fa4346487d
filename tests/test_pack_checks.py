"""Packs at the edges (issue 18, item 5): what validation refuses, files that cannot be read, and a store that keeps
its pack's content so that it does not depend on the file it was built with."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier.errors import DossierError
from dossier.packs import PACK_CONTENT, parse_pack, stored_pack
from dossier.store import open_store
from dossier.web.app import create_app
from tests.conftest import run_cli
from tests.helpers.articles import BODIES, write_text
from tests.helpers.stores import Location
from tests.helpers.users import as_another_user, public_folder

OWN_PACK = """name: harbour-story
label: The harbour dispute
actors:
  - id: port_authority
    name: Harbour Authority of Lattakia
    type: ORG
    aliases: [the harbour authority]
issues:
  - id: harbour_fees
    label: Fees at the harbour
    keywords: [harbour fees, port fees]
triggers:
  SANCTION: [impound]
"""


@pytest.mark.parametrize(("text", "message"), [
    ("name: x\ntriggers:\n  VISITT: [go]\n", "unknown PLOVER type 'VISITT'"),
    ("name: x\nactors:\n  - {id: a, name: '   ', type: PERSON}\n", "actors.0.name: must not be empty or blank"),
    ("name: x\nactors:\n  - {id: a, name: A, type: PERSON, aliases: [B, '']}\n", "actors.0.aliases.1: must not be"),
    ("name: ' '\n", "name: must not be empty or blank"),
    ("name: x\nissues:\n  - {id: i, label: I, keywords: ['']}\n", "issues.0.keywords.0: must not be"),
    ("name: x\ntriggers:\n  SANCTION: ['  ']\n", "triggers.SANCTION.0: must not be"),
])
def test_pack_validation_refuses_what_would_match_anything_or_nothing(text: str, message: str) -> None:
    with pytest.raises(DossierError, match=r"pack p\.yaml: ") as refused:
        parse_pack(text, "p.yaml")
    assert message in str(refused.value) and "\n" not in str(refused.value)


def test_a_pack_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    pack = tmp_path / "latin.yaml"
    pack.write_bytes("name: café\n".encode("latin-1"))
    result = run_cli("ingest", str(tmp_path / "none"), "--db", str(tmp_path / "s.db"), "--pack", str(pack))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "not UTF-8" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_pack_that_cannot_be_read_is_one_line() -> None:
    with public_folder() as folder:
        pack = folder / "secret.yaml"
        pack.write_text(OWN_PACK)
        pack.chmod(0)
        user = as_another_user(folder / "out")
        result = run_cli("ingest", str(folder / "none"), "--db", str(folder / "out" / "s.db"), "--pack", str(pack),
                         **user)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "cannot read it" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_store_built_with_a_pack_file_keeps_the_pack(tmp_path: Path, db: Location) -> None:
    pack_file, folder = tmp_path / "own.yaml", tmp_path / "in"
    pack_file.write_text(OWN_PACK)
    folder.mkdir()
    write_text(folder, "a.txt", "The harbour authority raised harbour fees at Lattakia on Monday.")
    first = run_cli("ingest", str(folder), "--db", str(db), "--pack", str(pack_file))
    assert first.returncode == 0, first.stderr
    os.remove(pack_file)
    write_text(folder, "b.txt", BODIES[0])
    again = run_cli("ingest", str(folder), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "Analysed 1 articles" in again.stdout, "the next ingest analysed with the kept pack"
    store = open_store(db, read_only=True)
    kept = stored_pack(store.get_meta(PACK_CONTENT))
    store.close()
    assert kept is not None and kept.name == "harbour-story" and kept.triggers == {"SANCTION": ["impound"]}
    app = create_app(str(db))
    assert app.state.story == "The harbour dispute"
    assert app.state.issue_labels == {"harbour_fees": "Fees at the harbour"}
    redo = run_cli("reprocess", "--db", str(db))
    assert redo.returncode == 0, redo.stderr
