"""Other coded messages: search index notices, saving a file, capture, bundle export, the
CLI's own lines."""

from __future__ import annotations

from hyvatkaytannot.core.messages_marks import QT_TRANSLATE_NOOP, translate

OTHER_MESSAGES: dict[str, str] = {
    "index.rebuilt": QT_TRANSLATE_NOOP(
        "Messages", "The search index was damaged; it was rebuilt from the case files."
    ),
    "index.missing": QT_TRANSLATE_NOOP("Messages", "The search index has not been built yet."),
    "index.damaged": QT_TRANSLATE_NOOP(
        "Messages", "The search index is damaged; it is being rebuilt from the case files."
    ),
    "save.could_not_save": QT_TRANSLATE_NOOP("Messages", "Could not save {path}: {reason}"),
    "save.disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "save.quota": QT_TRANSLATE_NOOP("Messages", "the disk quota is exceeded"),
    "save.too_large": QT_TRANSLATE_NOOP("Messages", "the file is too large for this disk"),
    "save.permission": QT_TRANSLATE_NOOP("Messages", "permission denied"),
    "save.read_only_disk": QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    "capture.error": QT_TRANSLATE_NOOP("Messages", "{name}: {reason}"),
    "capture.cannot_read": QT_TRANSLATE_NOOP("Messages", "the file cannot be read ({error})."),
    "capture.too_large": QT_TRANSLATE_NOOP(
        "Messages", "the file is too large ({size} MB; at most {limit} MB)."
    ),
    "capture.empty_file": QT_TRANSLATE_NOOP("Messages", "the file is empty."),
    "capture.too_many_parts": QT_TRANSLATE_NOOP(
        "Messages", "the {kind} file has a suspicious number of parts."
    ),
    "capture.zip_damaged": QT_TRANSLATE_NOOP(
        "Messages", "the {kind} file is damaged and cannot be opened."
    ),
    "capture.zip_bomb": QT_TRANSLATE_NOOP(
        "Messages",
        "the {kind} file would unpack to more than {limit} MB (probably a harmful archive); it was not opened.",
    ),
    "capture.clipboard_empty": QT_TRANSLATE_NOOP("Messages", "there is no text on the clipboard."),
    "capture.html_broken": QT_TRANSLATE_NOOP(
        "Messages", "the web page cannot be read (the HTML is broken)."
    ),
    "capture.no_text_on_page": QT_TRANSLATE_NOOP(
        "Messages", "the page has no real text (only menus, links or cookie notices)."
    ),
    "capture.mhtml_no_html": QT_TRANSLATE_NOOP("Messages", "the MHTML file has no HTML page."),
    "capture.word_damaged": QT_TRANSLATE_NOOP(
        "Messages", "the Word file is damaged or not a Word document; it cannot be opened."
    ),
    "capture.odt_damaged": QT_TRANSLATE_NOOP(
        "Messages", "the ODT file is damaged or not a text document; it cannot be opened."
    ),
    "capture.is_folder": QT_TRANSLATE_NOOP("Messages", "this is a folder, not a file."),
    "capture.unsupported": QT_TRANSLATE_NOOP(
        "Messages",
        "the file type {suffix} is not supported (supported: HTML, MHTML, Word .docx, ODT, PDF, text and Markdown).",
    ),
    "capture.pdf_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "the PDF is encrypted with a password; open it and save it without encryption to capture it.",
    ),
    "capture.pdf_damaged": QT_TRANSLATE_NOOP(
        "Messages", "the PDF file is damaged and cannot be read."
    ),
    "capture.pdf_no_text": QT_TRANSLATE_NOOP(
        "Messages",
        "the PDF has no text layer (it is probably a scanned image); text recognition is not done.",
    ),
    "capture.pdf_first_pages": translate(
        "Messages", "Only the first %n page(s) were read.", None, 1
    ),
    "capture.no_title": QT_TRANSLATE_NOOP("Messages", "No title was found: write one yourself."),
    "cli.give_file_or_empty": QT_TRANSLATE_NOOP("Messages", "Give FILE or --start-empty."),
    "cli.started_empty": QT_TRANSLATE_NOOP("Messages", "Started with an empty database."),
    "cli.kept": QT_TRANSLATE_NOOP("Messages", "Kept: {path}"),
    "cli.bundle_nothing_valid": QT_TRANSLATE_NOOP(
        "Messages", "The bundle held no valid case; nothing was imported."
    ),
    "cli.restored": QT_TRANSLATE_NOOP("Messages", "Restored {file}."),
    "cli.restored_kept": QT_TRANSLATE_NOOP(
        "Messages", "Restored {file}. The previous database was kept as {previous}."
    ),
    "cli.check_summary": QT_TRANSLATE_NOOP(
        "Messages", "Checked {files} in {folders}: {cases}, {bad}, {errors}, {warnings}."
    ),
    "cli.n_files": translate("Messages", "%n file(s)", None, 1),
    "cli.n_folders": translate("Messages", "%n folder(s)", None, 1),
    "cli.n_cases_loaded": translate("Messages", "%n case(s) loaded", None, 1),
    "cli.n_files_with_errors": translate("Messages", "%n file(s) with errors", None, 1),
    "cli.n_errors": translate("Messages", "%n error(s)", None, 1),
    "cli.n_warnings": translate("Messages", "%n warning(s)", None, 1),
    "bundle.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {error}"),
    "bundle.case_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{path} is larger than a bundle may hold"
    ),
    "bundle.selection_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The selection is larger than a bundle may hold"
    ),
    "bundle.no_such_case": QT_TRANSLATE_NOOP("Messages", "No such case: {ids}"),
    "bundle.nothing_selected": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to export: no cases selected"
    ),
}
