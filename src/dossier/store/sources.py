"""What `dossier watch` remembers of the sources it follows (migration 0006): each feed's validators and
health, the entries and listed addresses already read, and the fingerprints of files read from folders."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.store.articles import _now
from dossier.store.part import Part

STORED, REJECTED, FAILED = "stored", "rejected", "failed"


@dataclass(frozen=True, slots=True)
class SourceState:
    source: str
    kind: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: str | None = None
    failures: int = 0
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class FileFingerprint:
    size: int
    mtime_ns: int
    sha256: str


class Sources(Part):
    """The watched sources' state (written and read by `watch/` only)."""

    # --- sources ------------------------------------------------------------------------------

    def state(self, source: str, kind: str) -> SourceState:
        row = self.db.execute(
            "SELECT source, kind, etag, last_modified, polled_at, failures, last_error FROM watch_sources"
            " WHERE source = ?", (source,)).fetchone()
        if row is None:
            return SourceState(source, kind)
        return SourceState(row[0], row[1], row[2], row[3], row[4], int(row[5]), row[6])

    def reached(self, source: str, kind: str, etag: str | None = None, last_modified: str | None = None,
                       *, keep_validators: bool = False) -> None:
        """A poll reached the source: its failures are forgotten and (unless `keep_validators`) the validators of
        what was read are kept for the next conditional GET."""
        validators = "" if keep_validators else ", etag = excluded.etag, last_modified = excluded.last_modified"
        if keep_validators:
            etag = last_modified = None
        self.db.execute(
            "INSERT INTO watch_sources (source, kind, etag, last_modified, polled_at, failures, last_error)"
            " VALUES (?, ?, ?, ?, ?, 0, NULL) ON CONFLICT (source) DO UPDATE SET kind = excluded.kind,"
            f" polled_at = excluded.polled_at, failures = 0, last_error = NULL{validators}",
            (source, kind, etag, last_modified, _now()))

    def failed(self, source: str, kind: str, reason: str) -> int:
        """A poll could not read the source; returns how many polls in a row have failed."""
        self.db.execute(
            "INSERT INTO watch_sources (source, kind, failures, last_error) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (source) DO UPDATE SET failures = watch_sources.failures + 1,"
            " last_error = excluded.last_error", (source, kind, reason))
        row = self.db.execute("SELECT failures FROM watch_sources WHERE source = ?", (source,)).fetchone()
        return int(row[0])

    # --- feed entries and listed addresses -----------------------------------------------------

    def settled_entries(self, source: str, entries: list[str], max_attempts: int) -> set[str]:
        """Which of these entries of a source need no more reading: stored, rejected, or failed `max_attempts`
        times."""
        settled: set[str] = set()
        for start in range(0, len(entries), 500):
            chunk = entries[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT entry FROM watch_entries WHERE source = ? AND entry IN ({marks})"
                " AND (status <> ? OR attempts >= ?)", (source, *chunk, FAILED, max_attempts)).fetchall()
            settled.update(row[0] for row in rows)
        return settled

    def remember_entry(self, source: str, entry: str, status: str, article_id: str | None = None,
                       reason: str | None = None) -> None:
        """Record what became of an entry (in the caller's transaction, with the article it stored): `failed`
        entries count their attempts and are read again at the next poll."""
        self.db.execute(
            "INSERT INTO watch_entries (source, entry, status, article_id, reason, attempts, seen_at)"
            " VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (source, entry) DO UPDATE SET status = excluded.status,"
            " article_id = excluded.article_id, reason = excluded.reason,"
            " attempts = watch_entries.attempts + 1, seen_at = excluded.seen_at",
            (source, entry, status, article_id, reason, _now()))

    # --- files of watched folders -----------------------------------------------------------

    def file_fingerprints(self, paths: list[str]) -> dict[str, FileFingerprint]:
        """The fingerprints last recorded for these paths (those never read are absent)."""
        found: dict[str, FileFingerprint] = {}
        for start in range(0, len(paths), 500):
            chunk = paths[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for path, size, mtime_ns, sha256 in self.db.execute(
                    f"SELECT path, size, mtime_ns, sha256 FROM watch_files WHERE path IN ({marks})", chunk):
                found[path] = FileFingerprint(int(size), int(mtime_ns), sha256)
        return found

    def remember_file(self, path: str, fingerprint: FileFingerprint) -> None:
        self.db.execute(
            "INSERT INTO watch_files (path, size, mtime_ns, sha256, seen_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
            " sha256 = excluded.sha256, seen_at = excluded.seen_at",
            (path, fingerprint.size, fingerprint.mtime_ns, fingerprint.sha256, _now()))
