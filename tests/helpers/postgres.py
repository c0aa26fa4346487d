"""A real PostgreSQL server for the tests: the one $DOSSIER_TEST_POSTGRES names (a URL whose user may create
databases), or Debian's binaries started in a temporary folder on 127.0.0.1 and a free port (as the `postgres`
user when running as root: initdb refuses root)."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ENV_URL = "DOSSIER_TEST_POSTGRES"
INSTALL_HINT = "install Debian's postgresql (scripts/test does) or set DOSSIER_TEST_POSTGRES=postgresql://..."
# Throwaway data: no crash safety needed, and every test database is made quickly.
FAST = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"]


class Unavailable(Exception):
    """No server can be had: the reason, in one line."""


class PostgresServer:
    """Creates, clones and drops the tests' databases on one server."""

    def __init__(self, admin_url: str, own: tuple[Path, Path, list[str]] | None = None) -> None:
        self.admin_url = admin_url
        self.own = own  # a server we started: its binaries, its folder, how to run them
        self._names = (f"dossier_test_{os.getpid()}_{n}" for n in itertools.count())
        self.created: list[str] = []

    def url(self, database: str) -> str:
        return urlunsplit(urlsplit(self.admin_url)._replace(path=f"/{database}"))

    def create(self, label: str = "", template: str | None = None) -> str:
        """A new database (empty, or a copy of `template`), as a URL."""
        name = next(self._names) + (f"_{label}" if label else "")
        copy = f" TEMPLATE {template}" if template else ""
        with self._admin() as admin:
            try:
                admin.execute(f"CREATE DATABASE {name}{copy}")
            except psycopg.errors.ObjectInUse:  # a connection left open on the template: it was only reading
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                              " WHERE datname = %s AND pid <> pg_backend_pid()", (template,))
                admin.execute(f"CREATE DATABASE {name}{copy}")
        self.created.append(name)
        return self.url(name)

    def clone(self, url: str, label: str = "copy") -> str:
        return self.create(label, template=database_of(url))

    def drop(self, url: str) -> None:
        with self._admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {database_of(url)} WITH (FORCE)")

    def stop(self) -> None:
        if self.own is None:  # someone else's server: leave it as found
            for name in self.created:
                self.drop(self.url(name))
            return
        bindir, home, run_as = self.own
        _run([*run_as, str(bindir / "pg_ctl"), "-D", str(home / "data"), "-m", "immediate", "-w", "stop"], check=False)
        shutil.rmtree(home, ignore_errors=True)

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.admin_url, autocommit=True)


def database_of(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def start() -> PostgresServer:
    """$DOSSIER_TEST_POSTGRES, else a server of our own; Unavailable when neither can be had."""
    if url := os.environ.get(ENV_URL):
        try:
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as bad:
            raise Unavailable(f"{ENV_URL} does not answer: {str(bad).strip().splitlines()[0]}") from None
        return PostgresServer(url)
    bindir = _bindir()
    if bindir is None:
        raise Unavailable(f"no PostgreSQL server binaries (initdb, pg_ctl) on this machine; {INSTALL_HINT}")
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no `postgres` user to run the server as") from None
        run_as = ["runuser", "-u", "postgres", "--"]
    return _start_own(bindir, run_as)


def _start_own(bindir: Path, run_as: list[str]) -> PostgresServer:
    home = Path(tempfile.mkdtemp(prefix="dossier-postgres-"))  # under /tmp: pytest's folders are root's only
    data, port = home / "data", _free_port()
    if run_as:
        shutil.chown(home, "postgres")
    # Like most servers, a database locale other than C (ICU's en-US): the schema must not depend on it.
    base = [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "dossier", "--auth=trust", "-E", "UTF8"]
    initdb = _run([*base, "--locale-provider=icu", "--icu-locale=en-US", "--locale=C.UTF-8"], check=False)
    if initdb.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)
        initdb = _run([*base, "--no-locale"], check=False)
    if initdb.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
        raise Unavailable(f"initdb failed: {_last_line(initdb.stderr or initdb.stdout)}")
    options = ["-c", "listen_addresses=127.0.0.1", "-c", f"port={port}", "-c", f"unix_socket_directories={home}",
               *FAST]
    started = _run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(home / "server.log"), "-w",
                    "-t", "60", "-o", " ".join(options), "start"], check=False)
    if started.returncode != 0:
        log = (home / "server.log").read_text(errors="replace") if (home / "server.log").exists() else ""
        shutil.rmtree(home, ignore_errors=True)
        raise Unavailable(f"pg_ctl could not start the server: {_last_line(log or started.stderr)}")
    return PostgresServer(f"postgresql://dossier@127.0.0.1:{port}/postgres", (bindir, home, run_as))


def _bindir() -> Path | None:
    """Debian's /usr/lib/postgresql/VERSION/bin (the newest), else initdb on PATH."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: _version(p.parent.parent.name))
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _last_line(text: str) -> str:
    return (text.strip().splitlines() or ["(no output)"])[-1]


def _run(command: list[str], check: bool) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120, cwd="/")
