"""CLI command `export-pdf`: a handout of cases or a collection as an A4 PDF.

PDF layout uses Qt's text engine (the same one the app prints with), so this command, like
`gui`, imports PySide6 when it runs. Without a display it uses Qt's offscreen platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from hyvatkaytannot.commands.context import pass_kb

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


def _gui_application() -> Any:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["hyvatkaytannot"])


@click.command("export-pdf")
@click.option("--collection", "collection", help="Export this collection (id or title).")
@click.argument("args", nargs=-1, required=True, metavar="[ID…] FILE")
@pass_kb
def export_pdf(kb: KnowledgeBase, args: tuple[str, ...], collection: str | None) -> None:
    """Write a handout (A4 PDF with page numbers, metadata and sources) to FILE."""
    *ids, target = args
    title, description = None, ""
    if collection:
        if ids:
            raise click.UsageError("Give either --collection or case ids, not both.")
        from hyvatkaytannot.core.userstore import StoreError

        try:
            coll = kb.store.collection(collection)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        ids, title, description = list(coll.case_ids), coll.title, coll.description
    if not ids:
        raise click.UsageError("Name at least one case id, or --collection NAME.")
    missing = [i for i in ids if i not in kb.cases]
    if missing:
        raise click.ClickException(f"No such case: {', '.join(missing)}")
    path = Path(target)
    if path.suffix.lower() != ".pdf":
        raise click.UsageError(f"{target}: the file name should end in .pdf")
    app = _gui_application()
    from hyvatkaytannot.gui.present.handout import export_pdf as write_pdf

    pages = write_pdf([kb.cases[i] for i in ids], path, title, description)
    del app
    click.echo(f"Wrote {path} ({pages} pages, {len(ids)} cases)")


COMMANDS: list[click.Command] = [export_pdf]
