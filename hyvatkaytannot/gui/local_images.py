"""Images for rich text come only from the case's own folder (and the bundled resources).

Qt's QTextDocument loads an image itself when the widget's `loadResource` gives nothing
back: a relative path is then opened relative to the process's current directory. So every
document that shows case HTML (reading view, presentation, PDF handout) answers every image
request itself: the image when the path resolves inside an allowed folder (no scheme, no
root, no `..`, no symlink leading out), else an empty image, which Qt draws as nothing and
never replaces with its own lookup.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

IMAGE_RESOURCE = 2  # QTextDocument.ImageResource
# An image larger than this (pixels) is not decoded on the GUI thread.
MAX_PIXELS = 40_000_000


def resolve(url: QUrl | str, folders: Iterable[Path]) -> Path | None:
    """The file `url` names inside one of `folders`, or None."""
    url = QUrl(url) if isinstance(url, str) else url
    if url.scheme() or url.host():
        return None
    rel = url.path()
    if not rel or rel.startswith(("/", "\\")) or ".." in Path(rel.replace("\\", "/")).parts:
        return None
    for folder in folders:
        try:
            base = folder.resolve()
            target = (base / rel).resolve()  # follows symlinks: the real place must be inside
        except OSError:
            continue
        if target.is_relative_to(base) and target.is_file():
            return target
    return None


def load(url: QUrl | str, folders: Iterable[Path]) -> QImage | None:
    target = resolve(url, folders)
    if target is None:
        return None
    image = QImage(str(target))
    if image.isNull() or image.width() * image.height() > MAX_PIXELS:
        return None
    return image


def empty_image() -> QImage:
    """Returned for a refused image: a valid value, so that Qt does not look it up itself."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


class SafeDocument(QTextDocument):
    """A QTextDocument (for the PDF handout) that loads images only from `folders`."""

    def __init__(self, folders: Iterable[Path] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.folders = [Path(f) for f in folders]
        self.refused: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        url = QUrl(url) if isinstance(url, str) else url
        if int(kind) != IMAGE_RESOURCE:
            self.refused.append(url.toString())
            return empty_image()
        image = load(url, self.folders)
        if image is None:
            self.refused.append(url.toString())
            return empty_image()
        return image
