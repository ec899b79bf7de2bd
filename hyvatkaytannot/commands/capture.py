"""CLI command `capture`: documents → draft cases (JSON lines, or saved unreviewed drafts)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from hyvatkaytannot.commands.context import pass_kb, say
from hyvatkaytannot.core.messages import CoreError

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


@click.command("capture")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.option(
    "--save",
    is_flag=True,
    help="Write each draft as a new case (marked review: ehdotus) into your cases folder.",
)
@pass_kb
def capture_command(kb: KnowledgeBase, files: tuple[str, ...], as_json: bool, save: bool) -> None:
    """Propose draft cases from documents (HTML, MHTML, .docx, .odt, PDF, text, Markdown).

    FILE may be a folder: its readable documents are captured. Unreadable files are
    reported with the reason and the rest go on; the exit code is 1 if any failed.
    """
    failed = 0
    for outcome in kb.capture(files):
        if outcome.draft is None:
            failed += 1
            if as_json:
                click.echo(
                    json.dumps(
                        {"file": outcome.path.name, "problems": [outcome.error]},
                        ensure_ascii=False,
                    )
                )
            click.echo(outcome.error, err=True)
            continue
        record = outcome.draft.to_json()
        if save:
            try:
                saved = kb.save_capture(outcome.draft).value
            except CoreError as exc:
                failed += 1
                click.echo(f"{outcome.path.name}: {say(exc)}", err=True)
                continue
            except OSError as exc:
                failed += 1
                click.echo(f"{outcome.path.name}: {exc}", err=True)
                continue
            record["saved"] = str(saved.path)
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            _human(record)
    if failed:
        raise SystemExit(1)


def _human(r: dict[str, Any]) -> None:
    period = r["period"]
    span = "–".join(x for x in (period.get("start"), period.get("end")) if x) or "-"
    funders = ", ".join(
        f["funder"] + (f" {f['amount']} €" if f.get("amount") else "")
        for f in r["funding"]["funders"]
    )
    click.echo(f"{r['file']}: {r['title'] or '(no title)'}")
    click.echo(f"  municipalities: {', '.join(r['municipalities']) or '-'}")
    click.echo(f"  regions: {', '.join(r['regions']) or '-'}")
    click.echo(f"  period: {span}   status: {r['status'] or '-'}")
    click.echo(f"  funding: {funders or '-'}   total: {r['funding']['total_cost'] or '-'}")
    click.echo(f"  themes: {', '.join(r['themes']) or '-'}")
    click.echo(f"  contacts: {', '.join(c['name'] for c in r['contacts']) or '-'}")
    for field, notes in r["notes"].items():
        for note in sorted(set(notes)):
            click.echo(f"  ! {field}: {note}")
    if r.get("saved"):
        click.echo(f"  saved: {r['saved']} (review: ehdotus)")


COMMANDS: list[click.Command] = [capture_command]
