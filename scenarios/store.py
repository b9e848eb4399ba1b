"""The durable store: saved scenarios and uploaded actuals datasets in one SQLite file.

Append-only: every save is a new version, nothing is overwritten, and delete/restore are
events, so a deletion can be undone. Each write is one transaction (SQLite's atomic commit:
a process killed mid-save loses nothing saved before); WAL mode and ``BEGIN IMMEDIATE`` let
several processes (the app serving several users) write to one file without losing a save.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scenarios.model import Scenario, from_json, to_json

ENV_PATH = "TOWN_FORECAST_STORE"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    kind TEXT NOT NULL CHECK (kind IN ('scenario', 'dataset')),
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    body BLOB NOT NULL,
    filename TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    PRIMARY KEY (kind, name, version)
);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('delete', 'restore')),
    at TEXT NOT NULL
);
"""


def default_path() -> Path:
    """``$TOWN_FORECAST_STORE``, else the user's data directory (never the source tree)."""
    if os.environ.get(ENV_PATH):
        return Path(os.environ[ENV_PATH])
    from platformdirs import user_data_dir

    return Path(user_data_dir("town-forecast", appauthor=False)) / "store.sqlite3"


class StoreMiss(KeyError):
    """What the store cannot do with a name, as a code the edge puts in words: ``unknown`` (no
    such name), ``unknown_version``, ``deleted`` (load a deleted name before restoring it),
    ``not_deleted`` (restore a name that is not deleted)."""

    def __init__(self, code: str, kind: str, name: str, version: int | None = None):
        super().__init__(code, kind, name, version)
        self.code, self.kind, self.name, self.version = code, kind, name, version

    def __str__(self) -> str:  # for logs; people read the edge's words
        return f"{self.code}: {self.kind} {self.name!r}" + (
            f" version {self.version}" if self.version is not None else ""
        )


@dataclass(frozen=True)
class Version:
    """One saved version; ``saved_at`` is an ISO-8601 UTC time."""

    kind: str
    name: str
    version: int
    saved_at: str
    filename: str = ""
    deleted: bool = False


class Store:
    """Saved scenarios and datasets. Open one per process (or thread); it is cheap."""

    def __init__(self, path: str | Path | None = None, timeout: float = 60.0):
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._timeout = timeout
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous=FULL")
            db.execute(f"PRAGMA busy_timeout={int(self._timeout * 1000)}")
            yield db
        finally:
            db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # --- writing ---------------------------------------------------------------------------

    def _save(self, kind: str, name: str, body: bytes, filename: str = "") -> Version:
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        digest = hashlib.sha256(body).hexdigest()
        with self._write() as db:
            (latest,) = db.execute(
                "SELECT COALESCE(MAX(version), 0) FROM versions WHERE kind = ? AND name = ?",
                (kind, name),
            ).fetchone()
            db.execute(
                "INSERT INTO versions (kind, name, version, saved_at, body, filename, sha256)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind, name, latest + 1, now, body, filename, digest),
            )
            if self._deleted(db, kind, name):
                # saving again brings a deleted name back
                db.execute(
                    "INSERT INTO events (kind, name, action, at) VALUES (?, ?, 'restore', ?)",
                    (kind, name, now),
                )
        return Version(kind, name, latest + 1, now, filename)

    def save_scenario(self, scenario: Scenario) -> Version:
        """Save a new version of ``scenario`` under its name."""
        return self._save("scenario", scenario.name, to_json(scenario).encode("utf-8"))

    def save_dataset(self, name: str, content: bytes, filename: str = "") -> Version:
        """Save a new version of an actuals dataset: the file's bytes exactly as uploaded."""
        return self._save("dataset", name, content, filename)

    def _event(self, kind: str, name: str, action: str) -> None:
        with self._write() as db:
            if (
                db.execute(
                    "SELECT 1 FROM versions WHERE kind = ? AND name = ?", (kind, name)
                ).fetchone()
                is None
            ):
                raise StoreMiss("unknown", kind, name)
            if action == "restore" and not self._deleted(db, kind, name):
                raise StoreMiss("not_deleted", kind, name)
            db.execute(
                "INSERT INTO events (kind, name, action, at) VALUES (?, ?, ?, ?)",
                (kind, name, action, datetime.now(UTC).isoformat(timespec="microseconds")),
            )

    def delete(self, name: str, kind: str = "scenario") -> None:
        """Hide every version of ``name``; ``restore`` undoes it. StoreMiss ``unknown``."""
        self._event(kind, name, "delete")

    def restore(self, name: str, kind: str = "scenario") -> None:
        """Bring a deleted name back. StoreMiss ``unknown`` or ``not_deleted``."""
        self._event(kind, name, "restore")

    # --- reading ---------------------------------------------------------------------------

    @staticmethod
    def _deleted(db: sqlite3.Connection, kind: str, name: str) -> bool:
        row = db.execute(
            "SELECT action FROM events WHERE kind = ? AND name = ? ORDER BY seq DESC LIMIT 1",
            (kind, name),
        ).fetchone()
        return row is not None and row[0] == "delete"

    def versions(
        self, kind: str = "scenario", name: str | None = None, include_deleted: bool = False
    ) -> list[Version]:
        """Saved versions, oldest first (deleted names only if asked)."""
        with self._connect() as db:
            query = "SELECT kind, name, version, saved_at, filename FROM versions WHERE kind = ?"
            args: tuple = (kind,)
            if name is not None:
                query += " AND name = ?"
                args += (name,)
            rows = db.execute(query + " ORDER BY name, version", args).fetchall()
            deleted = {n for n in {r[1] for r in rows} if self._deleted(db, kind, n)}
        out = [Version(*r, deleted=r[1] in deleted) for r in rows]
        return out if include_deleted else [v for v in out if not v.deleted]

    def names(self, kind: str = "scenario", include_deleted: bool = False) -> list[str]:
        return list(dict.fromkeys(v.name for v in self.versions(kind, None, include_deleted)))

    def _body(
        self, kind: str, name: str, version: int | None, include_deleted: bool = True
    ) -> bytes:
        with self._connect() as db:
            if not include_deleted and self._deleted(db, kind, name):
                raise StoreMiss("deleted", kind, name, version)
            if version is None:
                row = db.execute(
                    "SELECT body FROM versions WHERE kind = ? AND name = ?"
                    " ORDER BY version DESC LIMIT 1",
                    (kind, name),
                ).fetchone()
            else:
                row = db.execute(
                    "SELECT body FROM versions WHERE kind = ? AND name = ? AND version = ?",
                    (kind, name, version),
                ).fetchone()
        if row is None:
            if version is None:
                raise StoreMiss("unknown", kind, name)
            exists = self.versions(kind, name, include_deleted=True)
            raise StoreMiss("unknown_version" if exists else "unknown", kind, name, version)
        return bytes(row[0])

    def load_scenario(
        self, name: str, version: int | None = None, include_deleted: bool = False
    ) -> Scenario:
        """A saved scenario (the latest version unless one is named). A deleted name is
        refused (StoreMiss ``deleted``) until restored, unless ``include_deleted``; StoreMiss
        ``unknown`` / ``unknown_version`` for what was never saved."""
        body = self._body("scenario", name, version, include_deleted)
        return from_json(body.decode("utf-8"), f"store:{name}")

    def load_dataset(self, name: str, version: int | None = None) -> tuple[bytes, str]:
        """A saved dataset's bytes and original file name."""
        body = self._body("dataset", name, version)
        match = [v for v in self.versions("dataset", name, True) if version in (None, v.version)]
        return body, match[-1].filename

    def integrity(self) -> str:
        with self._connect() as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0]
