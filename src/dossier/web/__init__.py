"""The web app and the read-only HTTP API (`dossier serve`)."""

from dossier.web.app import create_app

__all__ = ["create_app"]
