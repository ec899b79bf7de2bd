"""The user store's faults and recovery, imported JSON, the search index: codes and English.

Each fault is its own message with parameters (issue 12): in use by another program, disk
full, read-only, a damaged file set aside, the newest verified backup with its date and
counts, what restores it. The catalogue (context "Messages") translates them.
"""

from __future__ import annotations

from hyvatkaytannot.core.messages_marks import QT_TRANSLATE_NOOP, translate

STORE_MESSAGES: dict[str, str] = {
    "store.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "The user database {path} is in use by another program. Close that program or wait a moment and try again; the file was not changed.",
    ),
    "store.change_not_saved": QT_TRANSLATE_NOOP("Messages", "The change was not saved: {reason}"),
    "store.reason_read_only_folder": QT_TRANSLATE_NOOP(
        "Messages", "the database folder is read-only. Searching and reading work."
    ),
    "store.reason_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "the disk is full. Nothing was saved; free some space and start the app again. Searching and reading work.",
    ),
    "store.needs_upgrade_but": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} needs an upgrade, but {reason}"
    ),
    "store.read_only_notice": QT_TRANSLATE_NOOP(
        "Messages", "Read-only: {reason} Changes cannot be saved."
    ),
    "store.recovery_not_opened": QT_TRANSLATE_NOOP(
        "Messages",
        "The user database was not opened, so that your work is not hidden by an empty one.",
    ),
    "store.recovery_set_aside": QT_TRANSLATE_NOOP("Messages", "Set-aside (damaged) file: {path}."),
    "store.recovery_empty": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} is empty or missing."
    ),
    "store.recovery_newest_backup": QT_TRANSLATE_NOOP(
        "Messages", "Newest verified backup: {backup}."
    ),
    "store.recovery_no_backup": QT_TRANSLATE_NOOP("Messages", "There is no sound backup."),
    "store.recovery_salvaged_more": QT_TRANSLATE_NOOP(
        "Messages", "More was salvaged from the damaged file than the backup holds: {salvaged}."
    ),
    "store.recovery_restore_or_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "Restore: hyvatkaytannot restore {path} or start empty: hyvatkaytannot restore --start-empty",
    ),
    "store.recovery_start_empty": QT_TRANSLATE_NOOP(
        "Messages", "Start empty: hyvatkaytannot restore --start-empty"
    ),
    "store.file_summary": QT_TRANSLATE_NOOP("Messages", "{path} ({when}; {tags}, {notes})"),
    "store.n_tags": translate("Messages", "%n tag(s)", None, 1),
    "store.n_notes": translate("Messages", "%n note(s)", None, 1),
    "store.set_aside_label": QT_TRANSLATE_NOOP("Messages", "[set aside]"),
    "store.salvaged_label": QT_TRANSLATE_NOOP("Messages", "[salvaged]"),
    "store.file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the file is too large (over {limit} MB)."
    ),
    "store.json_problem": QT_TRANSLATE_NOOP("Messages", "{path}{sep}{problem}."),
    "store.unknown_export_version": QT_TRANSLATE_NOOP(
        "Messages", "Unknown export version {version}."
    ),
    "store.notes_not_imported": QT_TRANSLATE_NOOP(
        "Messages", "Notes not imported: {problem}. Nothing was written."
    ),
    "json.non_standard": QT_TRANSLATE_NOOP(
        "Messages", "non-standard JSON value {name} (only ordinary numbers are allowed)"
    ),
    "json.too_deep": QT_TRANSLATE_NOOP("Messages", "the JSON is nested too deeply"),
    "json.invalid_line": QT_TRANSLATE_NOOP("Messages", "line {line}: not valid JSON ({reason})"),
    "json.root": QT_TRANSLATE_NOOP("Messages", "(root)"),
    "json.wrong_type": QT_TRANSLATE_NOOP("Messages", "wrong type (expected {expected})"),
    "json.unknown_fields": QT_TRANSLATE_NOOP("Messages", "unknown fields: {names}"),
    "json.too_long": QT_TRANSLATE_NOOP("Messages", "too long (at most {limit} characters)"),
    "json.too_many": QT_TRANSLATE_NOOP("Messages", "too many items (at most {limit})"),
    "json.required": QT_TRANSLATE_NOOP("Messages", "a required field is missing ({detail})"),
    "json.not_allowed": QT_TRANSLATE_NOOP("Messages", "value not allowed (allowed: {allowed})"),
    "json.invalid": QT_TRANSLATE_NOOP("Messages", "not valid ({detail})"),
    "json.field": QT_TRANSLATE_NOOP("Messages", "field {field}: {problem}"),
    "json.field_in": QT_TRANSLATE_NOOP("Messages", "{where}: field {field}: {problem}"),
    "index.read_only_existing": QT_TRANSLATE_NOOP(
        "Messages",
        "The search index cannot be written: searching the existing index, which may miss the latest changes.",
    ),
    "index.read_only_temporary": QT_TRANSLATE_NOOP(
        "Messages", "The search index cannot be written: searching a temporary index."
    ),
    "store.dialog_title": QT_TRANSLATE_NOOP("Messages", "User database"),
    "store.dialog_restore": QT_TRANSLATE_NOOP("Messages", "Restore the recommended file"),
    "store.dialog_empty": QT_TRANSLATE_NOOP("Messages", "Start empty (the old file is kept)"),
    "store.dialog_later": QT_TRANSLATE_NOOP("Messages", "Continue without notes"),
    "index.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Indexing busy: another process is updating the search index ({path}). Try again in a moment.",
    ),
    "index.read_only": QT_TRANSLATE_NOOP(
        "Messages", "The search index cannot be written ({reason}); searching the existing index."
    ),
    "json.ended_early": QT_TRANSLATE_NOOP("Messages", "the file ended too early"),
    "json.file_empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "json.too_deep_levels": QT_TRANSLATE_NOOP(
        "Messages", "the JSON is nested too deeply (at most {limit} levels)"
    ),
    "json.line_problem": QT_TRANSLATE_NOOP("Messages", "line {line}: {problem}"),
    "json.not_valid_line": QT_TRANSLATE_NOOP("Messages", "line {line}: not valid JSON"),
}
