"""Reading index files through memory maps, without copying them.

whoosh3's FileStorage reads files with seek()+read() per posting block (a system call each),
and its compound-segment reader copies every sub-file into memory at open. Mapping each file
and slicing the map gives in-memory speed with nothing copied: the OS pages in what is read.
Used for searching; writing goes through the same storage (files are created normally).
Every file is checked against its recorded checksum before it is mapped (integrity.py), so
the search never reads a damaged file, and files it does not need are never hashed.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile

from hyvatkaytannot.core.search import integrity
from hyvatkaytannot.core.search import whoosh_private as wp


class MappedFile(StructFile):
    """A StructFile over a read-only memory map (no fileno: Whoosh never maps it again)."""

    def __init__(self, mapped: mmap.mmap, name: str | None = None) -> None:
        super().__init__(mapped, name=name)  # type: ignore[arg-type]
        self._map = mapped

    def get(self, position: int, length: int) -> bytes:
        return self._map[position : position + length]

    def close(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            self._map.close()


class MappedStorage(FileStorage):
    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        path = wp.storage_path(self, name)
        integrity.check_file(Path(path))  # raises IndexDamaged: the caller rebuilds
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                return super().open_file(name, **kwargs)
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return MappedFile(mapped, name=name)


def open_index(index_dir: str) -> Any:
    return MappedStorage(index_dir).open_index()
