"""The real server (`dossier serve` in a child process on 127.0.0.1) over session stores, and a real headless
Chromium (Debian's, never a downloaded one) for the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.helpers.stores import Backend, Location

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# An article written to attack the page that shows it: every field and the text carry markup.
HOSTILE_ARTICLE = """TITLE: Hostile <script>alert('title')</script> report on Damascus
SOURCE: Evil <img src=x onerror=alert(5)> Times
URL: javascript:alert(4)
PUBLISHED: 2025-03-01

Russian envoys met Syrian officials in Damascus on 2 March 2025 <script>alert(1)</script>.
The delegation <img src=x onerror=alert(2)> was led by Mikhail Bogdanov, the deputy foreign minister.
Read more <a href="javascript:alert(3)">x</a> about the talks in Damascus.
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """`dossier serve --db DB [OPTIONS]` on a free port of 127.0.0.1, stopped when the session ends."""

    def __init__(self, db: Location, *options: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dossier", "serve", "--db", str(db), "--port", str(self.port), *options],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "COLUMNS": "200"})
        self._wait_until_up()

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read() if self.process.stdout else ""
                raise RuntimeError(f"dossier serve exited with {self.process.returncode}: {output}")
            try:
                if httpx.get(f"{self.url}/api/stats", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("dossier serve did not answer within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


@pytest.fixture(scope="session")
def server(example_db: Location) -> Iterator[Server]:
    running = Server(example_db)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def api(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Location:
    from dossier.packs import load_pack
    from tests.helpers.stores import build_store

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return build_store(stores.fresh(folder / "hostile.db"), folder / "hostile.txt", load_pack("syria-russia"))


@pytest.fixture(scope="session")
def hostile_server(hostile_db: Location) -> Iterator[Server]:
    running = Server(hostile_db)
    yield running
    running.stop()


# --- the browser ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_context() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): scripts/test installs it with apt-get;"
                    " browser tests skipped")
    from dossier.web.assets import node_modules

    if node_modules() is None:
        pytest.skip("web/node_modules is missing (run scripts/bootstrap, which needs npm): browser tests skipped")
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1440, "height": 900}, offline=False)
        context.set_default_timeout(15_000)
        yield context
        context.close()


class PageWatch:
    """A browser tab that records what a page must never do: raise errors, log console errors, open dialogs."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def screenshot(self, name: str, *, full_page: bool = True) -> Path:
        """The whole page (the window grown to it first, so the timeline and graph redraw at that size), or
        what the window shows now."""
        path = SCREENSHOTS / f"{name}.png"
        if not full_page:
            self.page.screenshot(path=str(path))
            return path
        size = self.page.viewport_size or {"width": 1440, "height": 900}
        height = self.page.evaluate("document.documentElement.scrollHeight")
        self.page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
        self.page.evaluate("window.scrollTo(0, 0)")
        self.page.wait_for_timeout(400)
        self.page.screenshot(path=str(path))
        self.page.set_viewport_size(size)
        return path


@pytest.fixture
def tab(browser_context: Any) -> Iterator[PageWatch]:
    watch = PageWatch(browser_context)
    yield watch
    watch.page.close()
