"""Every data path resolved in one place.

The data directory comes from, in order: an explicit argument (`--data-dir`), the
`HYVATKAYTANNOT_DATA_DIR` environment variable (tests and scripts), then the platform's
user data directory (platformdirs). Nothing is created at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "hyvatkaytannot"
ENV_DATA_DIR = "HYVATKAYTANNOT_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        if data_dir is None:
            data_dir = os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(
                APP_NAME, appauthor=False
            )
        return cls(Path(data_dir).expanduser().resolve())

    @property
    def user_cases_dir(self) -> Path:
        """The user's own cases (writable library folder)."""
        return self.data_dir / "tapaukset"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "user.db"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def analysis_cache_path(self) -> Path:
        return self.data_dir / "analysis-cache.sqlite"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    def ensure(self) -> None:
        for d in (self.data_dir, self.user_cases_dir, self.backups_dir, self.drafts_dir):
            try:
                d.mkdir(parents=True, exist_ok=True)
            except OSError:
                # A read-only data dir still opens (read-only); a missing one cannot.
                if not self.data_dir.is_dir():
                    raise
