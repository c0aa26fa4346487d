"""Domain packs: the bundled one loads; a bad pack fails with one line naming the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import DossierError
from dossier.models import EntityType
from dossier.packs import bundled_packs, load_pack, parse_pack
from tests.conftest import EXAMPLES, run_cli


def test_bundled_pack_loads_with_actors_issues_and_triggers() -> None:
    assert "syria-russia" in bundled_packs()
    pack = load_pack("syria-russia")
    assert pack.actor("tartus_naval_base").type is EntityType.FACILITY  # type: ignore[union-attr]
    assert pack.actor("sergei_lavrov").type is EntityType.PERSON  # type: ignore[union-attr]
    assert {"russian_bases", "sanctions_relief"} <= {i.id for i in pack.issues}
    assert pack.actor("kremlin").denotes == "russia"  # type: ignore[union-attr]
    assert all(not a.aliases for a in pack.without_aliases().actors)


def test_no_pack() -> None:
    assert load_pack("none").actors == [] and load_pack(None).actors == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nactors: [{id: a, name: A, type: PERSON}", "not valid YAML"),
        ("- just a list", "expected a mapping"),
        ("name: x\nactors: [{id: a, name: A, type: ROBOT}]", "actors.0.type"),
        ("name: x\nactors: [{id: a, name: A, type: PERSON}, {id: a, name: B, type: ORG}]", "used twice"),
        ("name: x\nactors: [{id: a, name: A, type: PERSON, denotes: b}]", "unknown actor 'b'"),
        ("name: x\nactors: [{id: A!, name: A, type: PERSON}]", "actors.0.id"),
        ("name: x\nissues: [{id: i, label: I, anchors: [nobody]}]", "unknown actors: nobody"),
        ("name: x\nactors: [{id: a, name: A, type: PERSON, colour: red}]", "actors.0.colour"),
    ],
)
def test_bad_pack_is_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(DossierError) as problem:
        parse_pack(text, "my-pack.yaml")
    assert message in str(problem.value) and "my-pack.yaml" in str(problem.value)
    assert "\n" not in str(problem.value)


def test_cli_reports_a_bad_pack_and_an_unknown_one(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nactors: [{id: a, name: A, type: ROBOT}]\n")
    result = run_cli("ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--pack", str(bad))
    assert result.returncode == 1 and "actors.0.type" in result.stderr and "Traceback" not in result.stderr
    unknown = run_cli("ingest", str(EXAMPLES), "--db", str(tmp_path / "y.db"), "--pack", "atlantis")
    assert unknown.returncode == 1 and "no pack named 'atlantis'" in unknown.stderr
