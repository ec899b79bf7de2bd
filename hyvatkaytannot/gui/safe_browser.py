"""A QTextBrowser that loads nothing from outside and follows no link by itself.

Second wall after render.sanitise (which already drops unsafe markup):
- `loadResource` serves only images given by a relative path that resolves inside the case's
  own folder (local_images.py); everything else (http, https, file, data, qrc, absolute
  paths, `..`, a symlink out) gets an empty image and is recorded in `refused` (tests read
  it). Never nothing: Qt would then load the path itself, relative to the current folder.
- Links are never followed by the widget (openLinks and openExternalLinks off). A click emits
  `linkRequested(QUrl)`; `LinkPolicy` then allows only http, https and mailto, shows the full
  address to the user and opens it with QDesktopServices only after they confirm. `file:`
  and `javascript:` are never opened, whatever the HTML says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from hyvatkaytannot.gui import local_images

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


class SafeBrowser(QTextBrowser):
    linkRequested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.linkRequested.emit)
        self.base_folder: Path | None = None
        # Other allowed image folders (bundled resources).
        self.extra_folders: list[Path] = []
        self.refused: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        url = QUrl(url) if isinstance(url, str) else url
        image = self._local_image(url) if int(kind) == local_images.IMAGE_RESOURCE else None
        if image is None:
            self.refused.append(url.toString())
            # Never None: Qt would then open the path itself, relative to the current dir.
            return local_images.empty_image()
        return image

    def _local_image(self, url: QUrl) -> QImage | None:
        folders = [self.base_folder] if self.base_folder is not None else []
        return local_images.load(url, folders + list(self.extra_folders))


class LinkPolicy:
    """Decides about a clicked link. `confirm(address) -> bool` asks the user; `opener`
    opens an allowed, confirmed URL (QDesktopServices by default)."""

    def __init__(
        self,
        parent: QWidget,
        confirm: Callable[[str], bool] | None = None,
        opener: Callable[[QUrl], bool] | None = None,
    ) -> None:
        self.parent = parent
        self.confirm = confirm or self._ask
        self.opener = opener or QDesktopServices.openUrl
        self.refused: list[str] = []
        self.opened: list[str] = []

    @staticmethod
    def allowed(url: QUrl) -> bool:
        return (
            url.isValid()
            and url.scheme().lower() in ALLOWED_SCHEMES
            and (url.scheme().lower() == "mailto" or bool(url.host()))
        )

    def handle(self, url: QUrl) -> bool:
        """True when the link was opened."""
        if not self.allowed(url):
            self.refused.append(url.toString())
            return False
        address = url.toDisplayString()
        if not self.confirm(address):
            return False
        self.opened.append(address)
        return bool(self.opener(url))

    def _ask(self, address: str) -> bool:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("LinkPolicy", "Open link"))
        box.setText(QCoreApplication.translate("LinkPolicy", "Open this address in your browser?"))
        box.setInformativeText(address)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open
