"""Shared fixtures: paths to the bundled corpus and the real seeds, stores on the backend asked for, and a real
`dossier` process.

`pytest --backend postgresql -m store` runs every test that uses a store (all of them ask for the `stores`
fixture, directly or through `db`, `new_db`, `example_db`, ...) on a real PostgreSQL server instead of SQLite
files; tests marked `sqlite_only` are skipped there."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.postgres import PostgresServer, Unavailable, start
from tests.helpers.stores import SQLITE, Backend, Location, PostgresBackend, use

SERVER = pytest.StashKey["PostgresServer | Unavailable"]()  # started when the first test needing it is chosen

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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                     help="where the tests' stores live: SQLite files (default) or databases on a PostgreSQL server"
                          " ($DOSSIER_TEST_POSTGRES, else one started from Debian's binaries)")


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_postgres = config.getoption("--backend") == "postgresql"
    for item in items:
        if "stores" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.store)
        only = item.get_closest_marker("sqlite_only")
        if on_postgres and only is not None:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {only.args[0] if only.args else ''}"))


@pytest.hookimpl(trylast=True)  # once -m and -k have chosen: start a server only for tests that run
def pytest_collection_finish(session: pytest.Session) -> None:
    on_postgres = session.config.getoption("--backend") == "postgresql"
    needy = [item for item in session.items if "postgres_server" in getattr(item, "fixturenames", ())
             or (on_postgres and "stores" in getattr(item, "fixturenames", ()))]
    if needy and isinstance(why := _server(session.config), Unavailable):
        for item in needy:  # one line per file in the summary
            item.add_marker(pytest.mark.skip(reason=f"no PostgreSQL server, PostgreSQL tests skipped: {why}"))


def _server(config: pytest.Config) -> PostgresServer | Unavailable:
    if SERVER not in config.stash:
        try:
            config.stash[SERVER] = start()
        except Unavailable as why:
            config.stash[SERVER] = why
    return config.stash[SERVER]


def pytest_unconfigure(config: pytest.Config) -> None:
    server = config.stash.get(SERVER, None)
    if isinstance(server, PostgresServer):
        server.stop()


@pytest.fixture(scope="session")
def postgres_server(pytestconfig: pytest.Config) -> PostgresServer:
    server = _server(pytestconfig)
    if isinstance(server, Unavailable):
        pytest.skip(f"no PostgreSQL server, PostgreSQL tests skipped: {server}")
    return server


@pytest.fixture(scope="session")
def stores(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """Where this run's stores live (--backend)."""
    if request.config.getoption("--backend") == "sqlite":
        yield SQLITE
        return
    backend = PostgresBackend(request.getfixturevalue("postgres_server"))
    use(backend)
    yield backend
    use(SQLITE)


@pytest.fixture
def new_db(tmp_path: Path, stores: Backend) -> Iterator[Callable[[str], Location]]:
    """Makes locations with no store yet: new_db("name") is a file in tmp_path, or a new database."""
    made: list[Location] = []

    def make(name: str) -> Location:
        made.append(stores.fresh(tmp_path / f"{name}.db"))
        return made[-1]

    yield make
    for location in made:
        stores.discard(location)


@pytest.fixture
def db(new_db: Callable[[str], Location]) -> Location:
    """Where a test's own store goes (nothing there yet)."""
    return new_db("dossier")


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 600, wrapper: list[str] | None = None, **popen: Any) -> subprocess.CompletedProcess[str]:
    """Run the real `dossier` command in a child process (`wrapper`: a command that runs it, such as setpriv;
    `popen`: more for subprocess.run)."""
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([*(wrapper or []), sys.executable, "-m", "dossier", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=timeout, **popen)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Location:
    """The example corpus ingested and analysed with the bundled pack (read-only for tests)."""
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    location = stores.fresh(tmp_path_factory.mktemp("example") / "example.db")
    return build_store(location, EXAMPLES, load_pack("syria-russia"))


@pytest.fixture(scope="session")
def example_db_no_aliases(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Location:
    """The example corpus analysed with the pack stripped of every alias: resolution on its own."""
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    pack = load_pack("syria-russia").without_aliases()
    return build_store(stores.fresh(tmp_path_factory.mktemp("example-bare") / "example.db"), EXAMPLES, pack)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Location:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    return build_store(stores.fresh(tmp_path_factory.mktemp("seeds") / "seeds.db"), SEEDS, load_pack("syria-russia"))


@pytest.fixture(scope="session")
def seeds_db_no_aliases(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Location:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    pack = load_pack("syria-russia").without_aliases()
    return build_store(stores.fresh(tmp_path_factory.mktemp("seeds-bare") / "seeds.db"), SEEDS, pack)
