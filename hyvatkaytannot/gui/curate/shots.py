"""Pictures of the curate windows, for the docs and for looking at what we built.

    QT_QPA_PLATFORM=offscreen python -m hyvatkaytannot.gui.curate.shots docs/screenshots

Writes editor.png (the editor on the bundled case orivesi-elinvoimapalvelut, Finnish UI)
and, with --all, the conflict, duplicates and import preview dialogs too. Uses a fresh
temporary data directory, so nothing personal shows and nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

EDITOR_CASE = "orivesi-elinvoimapalvelut"


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--all", action="store_true", help="also the dialogs")
    args = parser.parse_args(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from hyvatkaytannot.core.curate import file_fingerprint
    from hyvatkaytannot.core.kb import KnowledgeBase
    from hyvatkaytannot.gui.curate.controller import CurateController
    from hyvatkaytannot.gui.curate.import_dialog import ImportDialog
    from hyvatkaytannot.gui.i18n import install_translators

    translators = install_translators(app, "fi")  # noqa: F841 - kept alive while drawing
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hk-curate-shot-") as tmp:
        kb = KnowledgeBase.open(data_dir=tmp)
        kb.load_cases()

        class Host:
            def __init__(self) -> None:
                self.kb = kb

            def show_message(self, text: str) -> None:
                print(text)

        controller = CurateController(Host())
        editor = controller.edit_case(EDITOR_CASE)
        assert editor is not None
        editor.resize(1400, 900)
        _grab(editor, out / "editor.png")
        if args.all:
            # Outside edit -> conflict dialog.
            own = kb.paths.user_cases_dir
            src = Path(kb.cases["posio-yhteistyo"].path)
            copy = own / "posio-yhteistyo-oma.md"
            copy.write_text(
                src.read_text(encoding="utf-8").replace(
                    "id: posio-yhteistyo", "id: posio-yhteistyo-oma"
                ),
                encoding="utf-8",
            )
            kb.load_cases()
            ed2 = controller.edit_case("posio-yhteistyo-oma")
            assert ed2 is not None
            copy.write_text(
                copy.read_text(encoding="utf-8").replace("Posio", "Posion kunta", 1),
                encoding="utf-8",
            )
            ed2.form.title_edit.setText(ed2.form.title_edit.text() + " (muokattu)")
            ed2.save()
            dialog = ed2.active_dialog
            assert dialog is not None
            _grab(dialog, out / "conflict.png")
            dialog.reject()
            # Duplicates before saving a new case.
            ed3 = controller.new_case()
            ed3.form.title_edit.setText(kb.cases["posio-yhteistyo"].title)
            ed3.form.id_edit.setText("posio-uusi")
            ed3.form.municipalities_edit.setText("Posio")
            ed3.save()
            dialog = ed3.active_dialog
            assert dialog is not None
            _grab(dialog, out / "duplicates.png")
            dialog.reject()
            # Import preview with a new case and a conflict; then a rejected bundle.
            bundle = Path(tmp) / "paketti.hkzip"
            from hyvatkaytannot.core.bundles import export_from_kb

            export_from_kb(kb, bundle, case_ids=["posio-yhteistyo-oma"])
            copy.write_text(
                copy.read_text(encoding="utf-8").replace("(muokattu)", "(omani)"),
                encoding="utf-8",
            )
            assert file_fingerprint(copy)
            dialog = ImportDialog(kb)
            dialog.set_path(bundle)
            dialog.preview_now()
            _grab(dialog, out / "import.png")
            evil = Path(tmp) / "paha.hkzip"
            with zipfile.ZipFile(evil, "w") as zf:
                zf.writestr("manifest.json", "{}")
                zf.writestr("../../etc/evil.md", "x")
            dialog.set_path(evil)
            dialog.preview_now()
            _grab(dialog, out / "import-rejected.png")
            for e in controller.editors:
                e._closing_ok = True
                e.close()
        editor._closing_ok = True
        editor.close()
        kb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
