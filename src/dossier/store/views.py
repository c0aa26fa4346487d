"""Read-only queries the web app and HTTP API need beyond the command line's (network edges, article
text with its sentences, ...). Every SQL statement of the web layer lives here."""

from __future__ import annotations

import sqlite3


class ViewStore:
    db: sqlite3.Connection
