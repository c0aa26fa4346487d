"""The API's own JSON shapes (the network graph); the shapes it shares with the CLI are in dossier.shapes."""

from __future__ import annotations

from typing import Any

from dossier.shapes import plain
from dossier.store.views import Network


def network_json(network: Network) -> dict[str, Any]:
    return {"nodes": [plain(n) for n in network.nodes], "edges": [plain(e) for e in network.edges]}
