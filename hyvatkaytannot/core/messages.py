"""Messages for the user that are made outside Qt: a code, parameters, and the English text.

Core errors and the CLI's output carry a `UserMessage` (a code and its parameters) instead
of finished text; the GUI and the CLI turn it into the user's language from the one
translation catalogue (context "Messages" of resources/translations/hyvatkaytannot_<lang>.ts:
the GUI through QCoreApplication.translate, the CLI through core/i18n.py's reader).
`QT_TRANSLATE_NOOP` marks each English text for lupdate, which collects them into the
catalogue; parameters are `{name}` fields filled in after translation, plurals use Qt's %n.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from hyvatkaytannot.core.messages_case import CASE_MESSAGES
from hyvatkaytannot.core.messages_marks import QT_TRANSLATE_NOOP, translate
from hyvatkaytannot.core.messages_other import OTHER_MESSAGES
from hyvatkaytannot.core.messages_store import STORE_MESSAGES

CONTEXT = "Messages"
_FIELD = re.compile(r"\{(\w+)\}")

# (context, source text, count or None) -> translated text
Translate = Callable[[str, str, "int | None"], str]


MESSAGES: dict[str, str] = {
    "store.no_such_annotation": QT_TRANSLATE_NOOP(
        "Messages", "No such annotation: {annotation_id}"
    ),
    "store.quote_empty": QT_TRANSLATE_NOOP("Messages", "The quote is empty."),
    "store.quote_does_not_occur": QT_TRANSLATE_NOOP(
        "Messages", "The quote does not occur in the text of case {case_id}."
    ),
    "store.quote_occurs_times_case": QT_TRANSLATE_NOOP(
        "Messages",
        "The quote occurs {count} times in case {case_id}; it must occur exactly once. Quote a longer passage.",
    ),
    "store.invalid_selection": QT_TRANSLATE_NOOP("Messages", "Invalid selection: {error}"),
    "store.backup_not_sound_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "The backup {backup} is not a sound SQLite database; nothing was restored."
    ),
    "store.backup_failed_integrity_check": QT_TRANSLATE_NOOP(
        "Messages", "The backup failed its integrity check ({why})."
    ),
    "store.could_not_write_backup": QT_TRANSLATE_NOOP(
        "Messages", "Could not write a backup to {backups_dir}: {error}"
    ),
    "store.restoring_backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "Restoring the backup failed: {error}"
    ),
    "store.no_such_collection": QT_TRANSLATE_NOOP("Messages", "No such collection: {id_or_title}"),
    "store.collection_title_cannot_empty": QT_TRANSLATE_NOOP(
        "Messages", "A collection title cannot be empty."
    ),
    "store.no_such_collection_2": QT_TRANSLATE_NOOP(
        "Messages", "No such collection: {collection_id}"
    ),
    "store.collections_are_titled_use": QT_TRANSLATE_NOOP(
        "Messages", "{count} collections are titled {id_or_title}; use the id."
    ),
    "store.not_collection": QT_TRANSLATE_NOOP("Messages", "Not in the collection: {cases}"),
    "store.not_collection_2": QT_TRANSLATE_NOOP("Messages", "Not in the collection: {case_id}"),
    "store.new_order_must_hold": QT_TRANSLATE_NOOP(
        "Messages", "The new order must hold exactly the collection's cases."
    ),
    "store.database_error": QT_TRANSLATE_NOOP("Messages", "Database error: {error}"),
    "store.could_not_switch_database": QT_TRANSLATE_NOOP(
        "Messages", "Could not switch the database to WAL mode (mode: {mode})."
    ),
    "store.save_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not save: the disk is full. Nothing was saved; free some space and try again.",
    ),
    "store.save_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not save: the database or its folder is read-only. Nothing was saved. ({error})",
    ),
    "store.save_database_busy": QT_TRANSLATE_NOOP(
        "Messages", "Could not save: the database is in use by another program. Try again."
    ),
    "store.save_disk_error": QT_TRANSLATE_NOOP(
        "Messages", "Could not save because of a disk error. Nothing was saved. ({error})"
    ),
    "store.expected_json_object": QT_TRANSLATE_NOOP("Messages", "{path}: expected a JSON object."),
    "store.not_a_notes_export": QT_TRANSLATE_NOOP(
        "Messages", "Not a Hyvät käytännöt notes export (format is not {format})."
    ),
    "store.export_version_newer": QT_TRANSLATE_NOOP(
        "Messages", "The export's version {version} is newer than this app reads."
    ),
    "store.could_not_write": QT_TRANSLATE_NOOP("Messages", "Could not write {path}: {error}"),
    "store.line_not_valid_json": QT_TRANSLATE_NOOP(
        "Messages", "{path}, line {line}: not valid JSON ({reason})."
    ),
    "store.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {error}"),
    "store.backup_not_sound_sqlite_2": QT_TRANSLATE_NOOP(
        "Messages", "The backup {backup_file} is not a sound SQLite database; nothing was restored."
    ),
    "store.cannot_create_database_folder": QT_TRANSLATE_NOOP(
        "Messages", "Cannot create the database folder {parent}: {error}"
    ),
    "store.no_saved_search": QT_TRANSLATE_NOOP("Messages", "No saved search: {id_or_name}"),
    "store.saved_search_needs_name": QT_TRANSLATE_NOOP("Messages", "A saved search needs a name."),
    "store.user_store_closed": QT_TRANSLATE_NOOP("Messages", "The user store is closed."),
    "store.no_such_tag": QT_TRANSLATE_NOOP("Messages", "No such tag: {tag_id}"),
    "store.tag_name_cannot_empty": QT_TRANSLATE_NOOP("Messages", "A tag name cannot be empty."),
    "store.tag_name_cannot_contain": QT_TRANSLATE_NOOP(
        "Messages", "A tag name cannot contain '{sep}': {name}"
    ),
    "store.no_such_tag_2": QT_TRANSLATE_NOOP("Messages", "No such tag: {path}"),
    "store.tag_already_exists": QT_TRANSLATE_NOOP("Messages", "The tag already exists: {path}"),
    "store.colour_must_look_like": QT_TRANSLATE_NOOP(
        "Messages", "A colour must look like #rrggbb: {colour}"
    ),
    "store.no_tags_to_merge": QT_TRANSLATE_NOOP("Messages", "No tags to merge were given."),
    "store.tag_already_exists_merge": QT_TRANSLATE_NOOP(
        "Messages", "The tag {new} already exists; merge the tags instead."
    ),
    "store.tag_cannot_moved_under": QT_TRANSLATE_NOOP(
        "Messages", "A tag cannot be moved under itself: {old} -> {new}"
    ),
    "store.cannot_merge_into_itself": QT_TRANSLATE_NOOP(
        "Messages", "Cannot merge {tag} into itself or its own child {into}."
    ),
    "store.database_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} was written by a newer version of the app (unknown migrations: {unknown}). Upgrade the app; the file was not changed.",
    ),
    "store.database_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The user database {path} is damaged ({why})."
    ),
    "store.damaged_file_kept": QT_TRANSLATE_NOOP(
        "Messages", "The damaged file was kept as {path}."
    ),
    "store.newest_good_backup": QT_TRANSLATE_NOOP("Messages", "Newest good backup: {path}."),
    "store.no_good_backup": QT_TRANSLATE_NOOP("Messages", "There is no good backup."),
    "curate.cannot_save": QT_TRANSLATE_NOOP("Messages", "Cannot save {path}: {reason}"),
    "curate.changed_on_disk": QT_TRANSLATE_NOOP(
        "Messages", "{path} was changed by someone else after it was opened; not saved"
    ),
    "curate.deleted_on_disk": QT_TRANSLATE_NOOP(
        "Messages", "{path} was deleted after it was opened; not saved"
    ),
    "curate.invalid_case": QT_TRANSLATE_NOOP(
        "Messages", "Not saved, the case has errors: {detail}"
    ),
    "curate.read_only_folder": QT_TRANSLATE_NOOP(
        "Messages", "the library folder {folder} is read-only"
    ),
    "curate.not_markdown": QT_TRANSLATE_NOOP("Messages", "case files end in .md"),
    "curate.not_in_library": QT_TRANSLATE_NOOP("Messages", "it is not in any library folder"),
    "curate.id_taken": QT_TRANSLATE_NOOP(
        "Messages", "The id {case_id} is already used by another case."
    ),
    "cli.hits": translate("Messages", "%n hit(s) ({ms} ms)", None, 1),
    "cli.did_you_mean": QT_TRANSLATE_NOOP("Messages", "Did you mean: {suggestion}"),
    "cli.corrected": QT_TRANSLATE_NOOP(
        "Messages", "Showing results for: {ran} · Search instead for: {original} (--exact)"
    ),
    "cli.similar": translate("Messages", "%n similar case(s) ({ms} ms)", None, 1),
    "cli.bench_not_comparable": QT_TRANSLATE_NOOP(
        "Messages",
        "WARNING: no --sentences FILE: these figures are NOT comparable with figures "
        "measured on real sentences.",
    ),
    "cli.no_case": QT_TRANSLATE_NOOP("Messages", "No case with id {case_id} in the library."),
    "cli.index_not_updated": QT_TRANSLATE_NOOP(
        "Messages", "warning: search index not updated for {cases}: {error}"
    ),
    "cli.index_rebuilt": QT_TRANSLATE_NOOP(
        "Messages",
        "The search index was damaged; it was rebuilt from the case files before answering.",
    ),
    "cli.importing_notes": QT_TRANSLATE_NOOP("Messages", "Importing notes… {percent} %"),
    "cli.restore_hint": QT_TRANSLATE_NOOP(
        "Messages", "Restore it with: hyvatkaytannot restore {path}"
    ),
}
# The case loader's problems (core/loader/, core/library.py), in their own module.
MESSAGES.update(CASE_MESSAGES)
# The user store's faults and recovery, imports, the search index's notices.
MESSAGES.update(STORE_MESSAGES)
# Search notices, saving, capture, the CLI's own lines.
MESSAGES.update(OTHER_MESSAGES)


def _english(_context: str, source: str, n: int | None) -> str:
    if n is None:
        return source
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


@dataclass(frozen=True)
class UserMessage:
    """A message for the user, to be put into their language where it is shown."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None  # for a plural text (%n)

    @property
    def source(self) -> str:
        return MESSAGES[self.code]

    def text(self, translate: Translate = _english) -> str:
        template = translate(CONTEXT, self.source, self.count)
        # A parameter may itself be a message (a reason): it speaks the same language.
        params = {
            k: v.text(translate) if isinstance(v, UserMessage) else str(v)
            for k, v in self.params.items()
        }
        # Only `{name}` fields are filled: a text may hold literal braces ("{ } structure").
        return _FIELD.sub(lambda m: params.get(m.group(1), m.group(0)), template)

    def english(self) -> str:
        return self.text(_english)

    def in_language(self, language: str) -> str:
        """The text in `language` (Qt-free: read from the catalogue by core/i18n.py)."""
        from hyvatkaytannot.core.i18n import translate

        return self.text(lambda ctx, src, n: translate(language, ctx, src, n))

    def shown(self) -> str:
        """The text in the process's active language (core/i18n.py: the CLI's or GUI's)."""
        from hyvatkaytannot.core.i18n import active_language

        return self.in_language(active_language())


def message(code: str, /, plural: int | None = None, **params: object) -> UserMessage:
    """`UserMessage(code, params, plural)` written as a call, like `CoreError`'s."""
    return UserMessage(code, params, plural)


class CoreError(Exception):
    """An error the user can act on, carrying a `UserMessage`; `str()` is the English text
    (logs, tracebacks), the user sees `message` in their language."""

    def __init__(
        self, code: str | UserMessage, /, plural: int | None = None, **params: object
    ) -> None:
        # A code and its parameters, or a message made elsewhere (one error wrapping another).
        self.message = code if isinstance(code, UserMessage) else UserMessage(code, params, plural)
        super().__init__(self.message.english())

    def text(self, translate: Translate = _english) -> str:
        """The whole message through `translate` (the GUI's Qt, or `in_language`)."""
        return self.message.text(translate)

    def in_language(self, language: str) -> str:
        from hyvatkaytannot.core.i18n import translate

        return self.text(lambda ctx, src, n: translate(language, ctx, src, n))
