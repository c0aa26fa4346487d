"""Where the JavaScript libraries come from: npm packages installed at build time into web/node_modules
(`npm ci`, run by scripts/bootstrap), served from their own dist folders. Nothing comes from a CDN."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ASSETS_ENV = "DOSSIER_WEB_ASSETS"  # a node_modules folder, for installs outside the repository


@dataclass(frozen=True, slots=True)
class VendorDir:
    url: str  # where the app serves it
    folder: str  # inside node_modules


# Each library's own dist folders; their standalone builds bundle vis-data.
VENDOR = (
    VendorDir("/vendor/vis-timeline/js", "vis-timeline/standalone/umd"),
    VendorDir("/vendor/vis-timeline/css", "vis-timeline/styles"),
    VendorDir("/vendor/vis-network/js", "vis-network/standalone/umd"),
    VendorDir("/vendor/vis-network/css", "vis-network/styles"),
)


def node_modules() -> Path | None:
    """The node_modules folder holding the libraries, or None when they were never installed."""
    configured = os.environ.get(ASSETS_ENV)
    candidates = [Path(configured)] if configured else [Path(__file__).resolve().parents[3] / "web" / "node_modules"]
    for candidate in candidates:
        if all((candidate / v.folder).is_dir() for v in VENDOR):
            return candidate
    return None
