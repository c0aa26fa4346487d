"""Dossier: an evidence-backed, queryable picture of a developing news story."""

__version__ = "0.1.0"
