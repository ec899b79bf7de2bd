"""CLI commands for the user's own layer: tags, annotations, collections, backups, notes I/O.

Thin: each write is one operation of the facade (`kb.tag`, `kb.annotate_quote`, …), which
also re-indexes what changed; reads go to `kb.store`. A `StoreError` becomes a
`click.ClickException`. The saved change never depends on the index: when the index could
not be updated, a warning says so (the next sync picks the change up).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from hyvatkaytannot.commands.context import pass_kb, say
from hyvatkaytannot.core.changes import Op
from hyvatkaytannot.core.messages import UserMessage

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.case import Case

T = TypeVar("T")


# Exit code while the user database waits for the user's decision (restore or start empty).
EXIT_NEEDS_RECOVERY = 3


class NeedsRecovery(click.ClickException):
    exit_code = EXIT_NEEDS_RECOVERY


@contextmanager
def _store_errors() -> Iterator[None]:
    """A store error becomes the CLI's error message, in the user's language; a store that
    waits for the user's decision (restore or start empty) exits with code 3."""
    from hyvatkaytannot.core.userstore import StoreError
    from hyvatkaytannot.core.userstore.errors import StoreNeedsRecovery

    try:
        yield
    except StoreNeedsRecovery as e:
        raise NeedsRecovery(say(e)) from e
    except StoreError as e:
        raise click.ClickException(say(e)) from e


def _case(kb: KnowledgeBase, case_id: str) -> Case:
    case = kb.get_case(case_id)
    if case is None:
        raise click.ClickException(say(UserMessage("cli.no_case", {"case_id": repr(case_id)})))
    return case


def _done(op: Op[T]) -> T:
    """The operation's value; a warning when the index could not follow the change."""
    if op.changes.index_error:
        params = {"cases": ", ".join(sorted(op.changes.cases)), "error": op.changes.index_error}
        click.echo(say(UserMessage("cli.index_not_updated", params)), err=True)
    return op.value


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


# -- tags ----------------------------------------------------------------------------------
@click.command("tag")
@click.argument("case_id")
@click.argument("tags", nargs=-1, required=True)
@pass_kb
def tag_command(kb: KnowledgeBase, case_id: str, tags: tuple[str, ...]) -> None:
    """Tag a case (TAG may be a path such as teema/alateema; missing tags are created)."""
    _case(kb, case_id)
    with _store_errors():
        _done(kb.tag(case_id, tags))
        now = kb.store.tags_for_case(case_id)
    click.echo(f"{case_id}: {', '.join(now)}")


@click.command("untag")
@click.argument("case_id")
@click.argument("tags", nargs=-1, required=True)
@pass_kb
def untag_command(kb: KnowledgeBase, case_id: str, tags: tuple[str, ...]) -> None:
    """Remove tags from a case (the tags themselves stay)."""
    with _store_errors():
        removed = _done(kb.untag(case_id, tags))
        now = kb.store.tags_for_case(case_id)
    click.echo(f"{case_id}: {', '.join(now) or '(no tags)'}  ({removed} removed)")


@click.group("tags", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def tags_group(ctx: click.Context, as_json: bool) -> None:
    """List tags with their case counts; `tags rename`, `tags merge`, `tags delete`."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(tags_list, as_json=as_json)


@tags_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_kb
def tags_list(kb: KnowledgeBase, as_json: bool = False) -> None:
    """List tags with the number of cases tagged with each."""
    with _store_errors():
        tags = kb.store.tags()
    if as_json:
        _echo_json([asdict(t) for t in tags])
        return
    for t in tags:
        colour = f"  {t.colour}" if t.colour else ""
        click.echo(f"{t.count:5d}  {t.path}{colour}")


@tags_group.command("rename")
@click.argument("old")
@click.argument("new")
@pass_kb
def tags_rename(kb: KnowledgeBase, old: str, new: str) -> None:
    """Rename or move a tag (NEW is a full path); tags under it follow."""
    with _store_errors():
        tag = _done(kb.rename_tag(old, new))
    click.echo(f"{old} -> {tag.path}")


@tags_group.command("merge")
@click.argument("tags", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Only show how many cases would change.")
@pass_kb
def tags_merge(kb: KnowledgeBase, tags: tuple[str, ...], dry_run: bool) -> None:
    """Merge FROM… tags INTO the last one:  tags merge FROM [FROM…] INTO."""
    if len(tags) < 2:
        raise click.UsageError("Give at least one tag to merge and the tag to merge into.")
    sources, into = list(tags[:-1]), tags[-1]
    with _store_errors():
        preview = kb.store.merge_preview(sources, into)
        click.echo(
            f"{', '.join(preview.tags_removed)} -> {into}: {preview.cases_changed} cases "
            f"change, {preview.cases_gaining} gain {into}"
        )
        if dry_run:
            return
        _done(kb.merge_tags(sources, into))
    click.echo("Merged.")


@tags_group.command("delete")
@click.argument("tag")
@pass_kb
def tags_delete(kb: KnowledgeBase, tag: str) -> None:
    """Delete a tag and the tags under it from every case."""
    with _store_errors():
        count = _done(kb.delete_tag(tag))
    click.echo(f"Deleted {tag} ({count} cases changed).")


# -- annotations ---------------------------------------------------------------------------
@click.command("annotate")
@click.argument("case_id")
@click.option("--quote", required=True, help="The passage (must occur exactly once).")
@click.option("--note", default="", help="The note (Markdown).")
@pass_kb
def annotate_command(kb: KnowledgeBase, case_id: str, quote: str, note: str) -> None:
    """Annotate the passage QUOTE of a case with a note."""
    _case(kb, case_id)
    with _store_errors():
        a = _done(kb.annotate_quote(case_id, quote, note))
    click.echo(f"{a.id}  {case_id} [{a.start}:{a.end}]")


@click.command("annotations")
@click.argument("case_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_kb
def annotations_command(kb: KnowledgeBase, case_id: str | None, as_json: bool) -> None:
    """List annotations (of one case, or all) with their anchoring status."""
    with _store_errors():
        found = kb.store.annotations(case_id)
        # Re-anchor against the current text of each case that is in the library now.
        for cid in sorted({a.case_id for a in found}):
            kb.reanchor_notes(cid)
        found = kb.store.annotations(case_id)
    if as_json:
        _echo_json([asdict(a) for a in found])
        return
    for a in found:
        where = f"[{a.span[0]}:{a.span[1]}]" if a.span else "[--]"
        click.echo(f"{a.id}  {a.case_id} {where} {a.status}")
        click.echo(f"    “{a.quote}”")
        if a.status == "changed" and a.current_quote is not None:
            click.echo(f"    now: “{a.current_quote}”")
        if a.note:
            click.echo("    " + a.note.replace("\n", "\n    "))


@click.command("edit-note")
@click.argument("annotation_id")
@click.argument("note")
@pass_kb
def edit_note_command(kb: KnowledgeBase, annotation_id: str, note: str) -> None:
    """Replace the note of an annotation."""
    with _store_errors():
        a = _done(kb.edit_note(annotation_id, note))
    click.echo(f"{a.id}  updated")


@click.command("delete-note")
@click.argument("annotation_id")
@pass_kb
def delete_note_command(kb: KnowledgeBase, annotation_id: str) -> None:
    """Delete an annotation and its note."""
    with _store_errors():
        _done(kb.delete_note(annotation_id))
    click.echo(f"{annotation_id}  deleted")


# -- collections ---------------------------------------------------------------------------
@click.group("collections", invoke_without_command=True)
@click.pass_context
def collections_group(ctx: click.Context) -> None:
    """Ordered lists of cases: list (default), create, add, remove, move, show, delete."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(collections_list)


@collections_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_kb
def collections_list(kb: KnowledgeBase, as_json: bool = False) -> None:
    """List the collections."""
    with _store_errors():
        found = kb.store.collections()
    if as_json:
        _echo_json([asdict(c) for c in found])
        return
    for c in found:
        click.echo(f"{c.id}  {c.title} ({len(c.case_ids)} cases)")


@collections_group.command("create")
@click.argument("title")
@click.argument("case_ids", nargs=-1)
@click.option("--description", default="", help="What the collection is for.")
@pass_kb
def collections_create(
    kb: KnowledgeBase, title: str, case_ids: tuple[str, ...], description: str
) -> None:
    """Create a collection, optionally with cases."""
    with _store_errors():
        c = _done(kb.create_collection(title, description, case_ids))
    click.echo(f"{c.id}  {c.title}")


@collections_group.command("add")
@click.argument("collection")
@click.argument("case_ids", nargs=-1, required=True)
@click.option("--at", "position", type=int, help="1-based position to insert at.")
@pass_kb
def collections_add(
    kb: KnowledgeBase, collection: str, case_ids: tuple[str, ...], position: int | None
) -> None:
    """Add cases to a collection (by id or title)."""
    at = None if position is None else position - 1
    with _store_errors():
        c = _done(kb.add_to_collection(collection, case_ids, at))
    click.echo(f"{c.title}: {', '.join(c.case_ids)}")


@collections_group.command("remove")
@click.argument("collection")
@click.argument("case_ids", nargs=-1, required=True)
@pass_kb
def collections_remove(kb: KnowledgeBase, collection: str, case_ids: tuple[str, ...]) -> None:
    """Remove cases from a collection."""
    with _store_errors():
        c = _done(kb.remove_from_collection(collection, case_ids))
    click.echo(f"{c.title}: {', '.join(c.case_ids) or '(empty)'}")


@collections_group.command("move")
@click.argument("collection")
@click.argument("case_id")
@click.argument("position", type=int)
@pass_kb
def collections_move(kb: KnowledgeBase, collection: str, case_id: str, position: int) -> None:
    """Move a case to POSITION (1-based) in a collection."""
    with _store_errors():
        c = _done(kb.move_in_collection(collection, case_id, position - 1))
    click.echo(f"{c.title}: {', '.join(c.case_ids)}")


@collections_group.command("show")
@click.argument("collection")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_kb
def collections_show(kb: KnowledgeBase, collection: str, as_json: bool) -> None:
    """Show a collection's cases in order."""
    with _store_errors():
        c = kb.store.collection(collection)
    if as_json:
        _echo_json(asdict(c))
        return
    click.echo(c.title)
    if c.description:
        click.echo(c.description)
    for i, case_id in enumerate(c.case_ids, 1):
        case = kb.get_case(case_id)
        title = case.title if case is not None else "(not in the library)"
        click.echo(f"{i:3d}. {case_id}  {title}")


@collections_group.command("delete")
@click.argument("collection")
@pass_kb
def collections_delete(kb: KnowledgeBase, collection: str) -> None:
    """Delete a collection (the cases stay)."""
    with _store_errors():
        c = _done(kb.delete_collection(collection))
    click.echo(f"Deleted {c.title}.")


# -- backups and interchange ---------------------------------------------------------------
@click.command("backup")
@click.option("--list", "as_list", is_flag=True, help="List the backups (even when damaged).")
@pass_kb
def backup_command(kb: KnowledgeBase, as_list: bool) -> None:
    """Back up the user database now (verified; thinned: recent ones dense, old ones sparse)."""
    if as_list:
        _list_backups(kb)
        return
    with _store_errors():
        path = kb.store.backup("manual")
    click.echo(str(path))


def _list_backups(kb: KnowledgeBase) -> None:
    """Without opening the store: the backups and set-aside files with what they hold."""
    from hyvatkaytannot.core.userstore import backup as _backup
    from hyvatkaytannot.core.userstore import recovery

    for path in _backup.list_backups(kb.paths.backups_dir):
        click.echo(say(recovery.summarise(path, _backup.backup_time(path)).describe()))
    for path in recovery.pending_aside(kb.paths.db_path):
        described = say(recovery.summarise(path).describe())
        click.echo(f"{described}  {say(UserMessage('store.set_aside_label'))}")
    salvaged = recovery.newest_salvage(kb.paths.db_path)
    if salvaged is not None:
        described = say(recovery.summarise(salvaged).describe())
        click.echo(f"{described}  {say(UserMessage('store.salvaged_label'))}")


@click.command("restore")
@click.argument(
    "file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--start-empty", is_flag=True, help="Start with an empty database (set-aside files are kept)."
)
@pass_kb
def restore_command(kb: KnowledgeBase, file: Path | None, start_empty: bool) -> None:
    """Replace the user database with a backup (the current one is backed up first)."""
    from hyvatkaytannot.core.userstore import restore_backup
    from hyvatkaytannot.core.userstore.opening import start_empty as _start_empty

    if (file is None) == (not start_empty):
        raise click.UsageError(say(UserMessage("cli.give_file_or_empty")))
    kb.close()  # the store must not be open while its file is replaced
    keep = int(kb.settings.get("backups_keep"))
    with _store_errors():
        if file is None:
            kept = _start_empty(kb.paths.db_path, kb.paths.backups_dir, keep)
            click.echo(say(UserMessage("cli.started_empty")))
            for path in kept:
                click.echo(say(UserMessage("cli.kept", {"path": path})))
            return
        previous = restore_backup(file, kb.paths.db_path, kb.paths.backups_dir, keep)
    if previous:
        click.echo(say(UserMessage("cli.restored_kept", {"file": file, "previous": previous})))
    else:
        click.echo(say(UserMessage("cli.restored", {"file": file})))


@click.command("export-notes")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_kb
def export_notes_command(kb: KnowledgeBase, file: Path) -> None:
    """Export tags, collections, saved searches and annotations (W3C) as JSON."""
    with _store_errors():
        kb.store.export_json(file)
    click.echo(f"Exported to {file}.")


@click.command("import-notes")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_kb
def import_notes_command(kb: KnowledgeBase, file: Path) -> None:
    """Merge an export into the user database by id; conflicts keep the local version."""
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            line = say(UserMessage("cli.importing_notes", {"percent": percent}))
            click.echo(f"\r{line}", err=True, nl=False)

    try:
        with _store_errors():
            report = _done(kb.import_notes_file(file, progress))
    finally:
        if shown[0] >= 0:
            click.echo("", err=True)
    added = ", ".join(f"{n} {k}" for k, n in report.added.items()) or "nothing new"
    click.echo(f"Imported {file}: {added}.")
    notes = [f"conflict: {c}" for c in report.conflicts]
    for line in notes + [f"skipped: {p}" for p in report.problems]:
        click.echo(line, err=True)


COMMANDS: list[click.Command] = [tag_command, untag_command, tags_group, annotate_command]
COMMANDS += [annotations_command, edit_note_command, delete_note_command, collections_group]
COMMANDS += [backup_command, restore_command, export_notes_command, import_notes_command]
