"""CLI commands: new cases and `.hkzip` bundles (export, import with a preview).

Thin adapters over core.curate and core.bundles: parse, call the core, print, and turn
domain errors into click.ClickException (exit status 1 with the message).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from hyvatkaytannot.commands.context import pass_kb, say
from hyvatkaytannot.core.messages import CoreError, UserMessage

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase
    from hyvatkaytannot.core.bundles import ImportPreview, Manifest, OnConflict
    from hyvatkaytannot.core.changes import OpChanges


def _index_note(changes: OpChanges) -> None:
    """The files are written; a stale index is only a nuisance (the next sync fixes it)."""
    if changes.index_error:
        click.echo(
            f"Note: the search index was not updated ({changes.index_error}); "
            "it will be on next sync."
        )


@click.command("new")
@click.option("--title", default="", help="Title of the new case (also gives its id).")
@click.option(
    "--municipality",
    "municipalities",
    multiple=True,
    help="A municipality of the case (repeatable).",
)
@click.option(
    "--language",
    type=click.Choice(["fi", "sv"]),
    default="fi",
    show_default=True,
    help="Language of the case (sv: Swedish section headings, searched as Swedish).",
)
@pass_kb
def new_case(kb: KnowledgeBase, title: str, municipalities: tuple[str, ...], language: str) -> None:
    """Create a new case file from the template in your own folder and print its path."""
    from hyvatkaytannot.core.curate import SaveError, new_case_text
    from hyvatkaytannot.core.loader.validate import PLACEHOLDER_SUMMARY

    text = new_case_text(title, municipalities, existing_ids=kb.taken_ids(), language=language)
    # An empty case is refused; the file starts with a summary to be rewritten (flagged).
    text = text.replace('summary: ""', f'summary: "{PLACEHOLDER_SUMMARY}"', 1)
    try:
        op = kb.save_new_case(text)
    except (SaveError, ValueError) as e:
        shown = (
            say(e)
            if isinstance(e, CoreError)
            else say(e.said)
            if isinstance(e, SaveError)
            else str(e)
        )
        raise click.ClickException(shown) from e
    _index_note(op.changes)
    click.echo(str(op.value.path))


@click.command("export-bundle")
@click.option("--collection", help="Export the cases of this collection (its name or id).")
@click.option("--with-notes", is_flag=True, help="Include your tags and annotations.")
@click.argument("items", nargs=-1, required=True, metavar="[ID]... FILE")
@pass_kb
def export_bundle_cmd(
    kb: KnowledgeBase, collection: str | None, with_notes: bool, items: tuple[str, ...]
) -> None:
    """Export cases (by id, or a whole --collection) as one .hkzip FILE."""
    from hyvatkaytannot.core.bundles import BUNDLE_SUFFIX, ExportError, export_from_kb
    from hyvatkaytannot.core.userstore import StoreError

    *ids, file = items
    if collection is None and not ids:
        raise click.UsageError("Give case ids or --collection NAME, then the bundle FILE.")
    if collection is not None and ids:
        raise click.UsageError("Give either case ids or --collection, not both.")
    dest = Path(file)
    if dest.suffix.lower() != BUNDLE_SUFFIX:
        dest = dest.with_name(dest.name + BUNDLE_SUFFIX)
    try:
        manifest = export_from_kb(kb, dest, ids or None, collection, with_notes)
    except (ExportError, StoreError) as e:
        raise click.ClickException(say(e)) from e
    notes = " with tags and notes" if manifest.notes else ""
    click.echo(f"Exported {len(manifest.cases)} case(s){notes} to {dest}")
    _print_flags(manifest)


def _print_flags(manifest: Manifest) -> None:
    unreviewed = [e.id for e in manifest.cases if e.unreviewed]
    personal = [e.id for e in manifest.cases if e.personal_data]
    if unreviewed:
        click.echo(f"Not yet reviewed (review: ehdotus): {', '.join(unreviewed)}")
    if personal:
        click.echo(f"Carry personal data (contacts): {', '.join(personal)}")


_LABELS = {
    "new": "new",
    "changed": "update",
    "conflict": "CONFLICT",
    "unchanged": "unchanged",
    "invalid": "INVALID",
}


def _print_preview(preview: ImportPreview) -> None:
    from hyvatkaytannot.core.duplicates import describe_reason

    m = preview.manifest
    where = f", collection “{m.collection}”" if m.collection else ""
    click.echo(
        f"Bundle {preview.bundle_path}: {len(m.cases)} case(s), made {m.created} "
        f"by {m.created_by}{where}"
    )
    for item in sorted(preview.items, key=lambda i: (i.status.value, i.case_id)):
        title = item.incoming.title if item.incoming else ""
        line = f"  {_LABELS[item.status.value]:<10} {item.case_id}"
        if title:
            line += f"  {title}"
        if item.same_as and item.same_as != item.case_id:
            line += f"  (already here as {item.same_as})"
        if item.status.value == "conflict":
            where = "read-only" if item.existing_read_only else "edited here"
            line += f"  [{where}: {item.target_path}]"
        click.echo(line)
        for sim in item.similar:
            click.echo(f"      resembles {sim.case_id} ({describe_reason(sim.reason)}, "
                       f"{sim.score:.2f})")  # fmt: skip
        for p in item.problems:
            if p.is_error or item.status.value != "unchanged":
                click.echo(f"      {p.severity.value}: {p.message}" +
                           (f" (line {p.line})" if p.line else ""))  # fmt: skip
    counts = ", ".join(f"{n} {k}" for k, n in preview.counts().items() if n)
    click.echo(f"Summary: {counts or 'empty bundle'}")
    # From the cases themselves, not the manifest's word for it.
    incoming = [i.incoming for i in preview.items if i.incoming is not None]
    unreviewed = sorted(c.id for c in incoming if not c.reviewed)
    personal = sorted(c.id for c in incoming if c.contacts)
    if unreviewed:
        click.echo(f"Not yet reviewed (review: ehdotus): {', '.join(unreviewed)}")
    if personal:
        click.echo(f"Carry personal data (contacts): {', '.join(personal)}")


@click.command("import-bundle")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Only show what would happen; write nothing.")
@click.option(
    "--on-conflict",
    type=click.Choice(["keep", "theirs", "both"]),
    default="keep",
    show_default=True,
    help="For a case edited here: keep mine, take theirs (mine is backed up), or keep both "
    "(theirs gets a new id).",
)
@click.option("--no-notes", is_flag=True, help="Do not import the bundle's tags and notes.")
@pass_kb
def import_bundle_cmd(
    kb: KnowledgeBase, file: str, dry_run: bool, on_conflict: str, no_notes: bool
) -> None:
    """Import a .hkzip FILE into your own folder, showing a preview first."""
    from hyvatkaytannot.core.bundles import BundleRejected, preview_into_kb
    from hyvatkaytannot.core.curate import SaveError
    from hyvatkaytannot.core.userstore import StoreError

    try:
        preview = preview_into_kb(kb, Path(file))
    except BundleRejected as e:
        raise click.ClickException(f"{e}. Nothing was imported.") from e
    _print_preview(preview)
    if dry_run:
        click.echo("Dry run: nothing was written.")
        return
    try:
        op = kb.import_bundle(preview, cast("OnConflict", on_conflict), with_notes=not no_notes)
    except SaveError as e:
        raise click.ClickException(say(e.said)) from e
    except StoreError as e:
        raise click.ClickException(say(e)) from e
    applied = op.value
    r = applied.result
    parts = [
        f"{len(r.added)} added",
        f"{len(r.replaced)} replaced",
        f"{len(r.renamed)} kept both",
        f"{len(r.kept_mine)} kept yours",
        f"{len(r.unchanged)} unchanged",
    ]
    click.echo("Imported: " + ", ".join(parts))
    for old, new in r.renamed.items():
        click.echo(f"  {old} -> saved as {new}")
    for path in r.backups:
        click.echo(f"  backup of the replaced file: {path}")
    for case_id in r.skipped_changed:
        click.echo(f"  skipped {case_id}: it changed on disk during the import")
    if r.invalid:
        click.echo(f"  not imported (errors): {', '.join(r.invalid)}")
    if applied.notes is not None:
        added = sum(applied.notes.added.values())
        click.echo(f"Tags and notes: {added} added, {len(applied.notes.conflicts)} kept yours")
    _index_note(op.changes)
    valid = r.added or r.replaced or r.renamed or r.kept_mine or r.unchanged
    if r.invalid and not valid:
        raise click.ClickException(say(UserMessage("cli.bundle_nothing_valid")))


COMMANDS: list[click.Command] = [new_case, export_bundle_cmd, import_bundle_cmd]
