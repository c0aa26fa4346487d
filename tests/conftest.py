"""Shared fixtures: paths to the bundled corpus and the real seeds, and a real `dossier` process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "seeds_dev_gold.json"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "dossier.db"


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the real `dossier` command in a child process."""
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([sys.executable, "-m", "dossier", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=timeout)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus ingested and analysed with the bundled pack (read-only for tests)."""
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    return build_store(tmp_path_factory.mktemp("example") / "example.db", EXAMPLES, load_pack("syria-russia"))


@pytest.fixture(scope="session")
def example_db_no_aliases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus analysed with the pack stripped of every alias: resolution on its own."""
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    pack = load_pack("syria-russia").without_aliases()
    return build_store(tmp_path_factory.mktemp("example-bare") / "example.db", EXAMPLES, pack)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    return build_store(tmp_path_factory.mktemp("seeds") / "seeds.db", SEEDS, load_pack("syria-russia"))


@pytest.fixture(scope="session")
def seeds_db_no_aliases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    pack = load_pack("syria-russia").without_aliases()
    return build_store(tmp_path_factory.mktemp("seeds-bare") / "seeds.db", SEEDS, pack)
