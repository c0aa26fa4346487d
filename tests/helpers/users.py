"""Places and users that file permissions apply to. The tests run as root in CI, and root reads and writes anything:
a read-only folder or an unreadable one means nothing to it. So, as root, a read-only place is a tmpfs mounted
read-only (even root cannot write there), a small one is a full disk, and an unreadable folder is tried by running
`dossier` as `nobody`; as anyone else, plain permissions do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

NOBODY = "65534"


@contextmanager
def public_folder() -> Iterator[Path]:
    """A temporary folder another user can reach (pytest's own are the owner's only)."""
    folder = Path(tempfile.mkdtemp(prefix="dossier-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_another_user(*writable: Path) -> dict[str, Any]:
    """Keyword arguments for run_cli that make the child obey file permissions: as root, run it as `nobody` (through
    util-linux's setpriv), with `writable` folders opened to it; as anyone else, nothing. Skips when that fails."""
    if os.geteuid() != 0:
        return {}
    for folder in writable:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o777)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot try file permissions")
    wrapper = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run([*wrapper, sys.executable, "-c", "import dossier.cli"], capture_output=True, cwd="/")
    if probe.returncode != 0:
        pytest.skip(f"cannot run Dossier as another user: {probe.stderr.decode(errors='replace')[-200:]}")
    return {"wrapper": wrapper, "cwd": Path("/")}


@contextmanager
def mounted_tmpfs(size: str) -> Iterator[Path]:
    """A tmpfs of `size` (root only; skips elsewhere): a small disk that can fill up, or be made read-only."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    folder = Path(tempfile.mkdtemp(prefix="dossier-mount-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


@contextmanager
def read_only_place(files: list[Path]) -> Iterator[Path]:
    """A folder holding copies of `files` that no one can write to: a tmpfs remounted read-only as root, else a
    folder without write permission."""
    if os.geteuid() == 0:
        with mounted_tmpfs("64m") as folder:
            for file in files:
                shutil.copy2(file, folder / file.name)
            remount = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
            if remount.returncode != 0:
                pytest.skip(f"cannot make the tmpfs read-only: {remount.stderr.strip()}")
            yield folder
        return
    with public_folder() as folder:
        for file in files:
            shutil.copy2(file, folder / file.name)
            (folder / file.name).chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
