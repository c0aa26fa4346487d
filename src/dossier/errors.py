"""Errors a user can cause. The CLI turns each into one line and a non-zero exit."""


class DossierError(Exception):
    """A problem the user can fix: bad file, bad query, missing database, bad pack."""
