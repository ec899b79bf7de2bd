"""CLI commands for the library: check, list, show, info.

`check` is what a coordinator or CI runs on a folder of cases: every problem as
`file:line: severity: message` (the messages are the same Finnish ones the app shows), a
summary line, and exit status 1 when any file has an error (0 with warnings only).
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from hyvatkaytannot import __version__
from hyvatkaytannot.commands.context import pass_kb

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _shown(path: Path) -> str:
    """A path as short as it can be while still working from the current directory."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def _problem_line(p: Any) -> str:
    where = f"{_shown(p.path)}:{p.line}" if p.line else _shown(p.path)
    return f"{where}: {p.severity.value}: {p.message}"


def _problem_dict(p: Any) -> dict[str, Any]:
    return {
        "path": str(p.path),
        "line": p.line,
        "severity": p.severity.value,
        "message": p.message,
        "case_id": p.case_id,
    }


def _period(case: Any) -> str:
    if not case.period_start and not case.period_end:
        return ""
    return f"{case.period_start or ''}–{case.period_end or ''}"


@click.command("check")
@click.argument("folders", nargs=-1, type=click.Path(exists=True))
@click.option("--errors-only", is_flag=True, help="Print errors only, not warnings.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def check_command(
    ctx: click.Context, folders: tuple[str, ...], errors_only: bool, as_json: bool
) -> None:
    """Validate case files: print every problem as file:line: message.

    Checks the given FOLDERS (or single .md files), or all library folders when none are
    given. Exits with status 1 when any case has an error (it would not be loaded);
    warnings alone exit 0.
    """
    from hyvatkaytannot.commands.context import app_context
    from hyvatkaytannot.core.library import Library
    from hyvatkaytannot.core.messages import message

    app_context(ctx).language()  # problems are printed in the CLI's language
    paths = [Path(f).resolve() for f in folders]
    if paths:
        library = Library([(p, False) for p in paths if p.is_dir()])
    else:
        library = app_context(ctx).kb().library
    result = library.load()
    for file in (p for p in paths if not p.is_dir()):
        case, problems = library.load_file(file)
        result.files += 1
        result.problems.extend(problems)
        if case is not None:
            result.cases.setdefault(case.id, case)
    problems = sorted(result.problems, key=lambda p: (str(p.path), p.line or 0))
    shown = [p for p in problems if p.is_error or not errors_only]
    bad_files = len({p.path for p in result.errors})
    if as_json:
        _echo_json(
            {
                "folders": [{"path": str(f), "read_only": ro} for f, ro in library.folders],
                "files": result.files,
                "cases": len(result.cases),
                "errors": len(result.errors),
                "warnings": len(result.warnings),
                "problems": [_problem_dict(p) for p in shown],
            }
        )
    else:
        for p in shown:
            click.echo(_problem_line(p))
        summary = message(
            "cli.check_summary",
            files=message("cli.n_files", result.files),
            folders=message("cli.n_folders", len(library.folders)),
            cases=message("cli.n_cases_loaded", len(result.cases)),
            bad=message("cli.n_files_with_errors", bad_files),
            errors=message("cli.n_errors", len(result.errors)),
            warnings=message("cli.n_warnings", len(result.warnings)),
        )
        click.echo(summary.shown())
    if result.errors:
        ctx.exit(1)


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the cases as JSON.")
@pass_kb
def list_command(kb: KnowledgeBase, as_json: bool) -> None:
    """List the cases in the library: id, period, status, municipalities, title, path."""
    cases = sorted(kb.cases.values(), key=lambda c: c.id)
    if as_json:
        _echo_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "municipalities": c.municipalities,
                    "period": {"start": c.period_start, "end": c.period_end},
                    "status": c.status,
                    "path": str(c.path),
                    "read_only": c.read_only,
                }
                for c in cases
            ]
        )
    else:
        rows = [
            (c.id, _period(c), c.status or "", ", ".join(c.municipalities), c.title, _shown(c.path))
            for c in cases
        ]
        widths = [max((len(r[i]) for r in rows), default=0) for i in range(4)]
        for r in rows:
            cells = [r[i].ljust(widths[i]) for i in range(4)] + [r[4], f"({r[5]})"]
            click.echo("  ".join(cells))
    errors = sum(1 for p in kb.problems if p.is_error)
    if errors:
        click.echo(
            f"{errors} file(s) could not be loaded: run `hyvatkaytannot check` for details.",
            err=True,
        )


def case_dict(case: Any) -> dict[str, Any]:
    """Everything about a case as JSON-ready data (the `show --json` format)."""
    return {
        "id": case.id,
        "title": case.title,
        "summary": case.summary,
        "municipalities": case.municipalities,
        "regions": case.regions,
        "organisations": case.organisations,
        "themes": case.themes,
        "period": {"start": case.period_start, "end": case.period_end},
        "years": case.years,
        "status": case.status,
        "funding": {"total_cost": case.total_cost, "funders": case.funding},
        "contacts": case.contacts,
        "sources": case.sources,
        "language": case.language,
        "updated": case.updated,
        "path": str(case.path),
        "folder": str(case.folder) if case.folder else None,
        "read_only": case.read_only,
        "encoding": case.encoding,
        "fingerprint": case.fingerprint,
        "body_line": case.body_line,
        "meta": case.meta,
        "body": case.body,
    }


@click.command("show")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="Print the case as JSON.")
@pass_kb
def show_command(kb: KnowledgeBase, case_id: str, as_json: bool) -> None:
    """Show one case by its id (the `id:` in its front matter)."""
    case = kb.get_case(case_id)
    if case is None:
        raise click.ClickException(_not_found(kb, case_id))
    if as_json:
        _echo_json(case_dict(case))
        return
    click.echo(case.title)
    click.echo("=" * len(case.title))
    for label, value in (
        ("Id", case.id),
        ("Municipalities", ", ".join(case.municipalities)),
        ("Regions", ", ".join(case.regions)),
        ("Themes", ", ".join(case.themes)),
        ("Period", _period(case)),
        ("Status", case.status or ""),
        ("Updated", case.updated or ""),
        ("File", f"{case.path}{' (read-only)' if case.read_only else ''}"),
    ):
        if value:
            click.echo(f"{label + ':':16}{value}")
    if case.summary:
        click.echo(f"\n{case.summary}")
    click.echo(case.body.rstrip())


def _not_found(kb: KnowledgeBase, case_id: str) -> str:
    broken = [p for p in kb.problems if p.case_id == case_id and p.is_error]
    if broken:
        return (
            f"Case {case_id!r} was not loaded: {_shown(broken[0].path)} has errors "
            "(run `hyvatkaytannot check`)."
        )
    ids = sorted(kb.cases)
    close = [i for i in ids if i.startswith(case_id)][:3]
    close = close or difflib.get_close_matches(case_id, ids, n=3)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    return f"No case with id {case_id!r}.{hint}"


@click.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print the information as JSON.")
@pass_kb
def info_command(kb: KnowledgeBase, as_json: bool) -> None:
    """Show the version, data paths, library folders and how many cases loaded."""
    folders = kb.library_folders()
    problems = kb.problems
    data: dict[str, Any] = {
        "version": __version__,
        "data_dir": str(kb.paths.data_dir),
        "library_folders": [
            {"path": str(f), "read_only": ro, "exists": f.is_dir()} for f, ro in folders
        ],
        "index_dir": str(kb.paths.index_dir),
        "database": str(kb.paths.db_path),
        # Set-aside damaged files waiting for `restore FILE` / `restore --start-empty`.
        "database_set_aside": [str(p) for p in _set_aside(kb)],
        "settings": str(kb.paths.settings_path),
        "cases": len(kb.cases),
        "errors": sum(1 for p in problems if p.is_error),
        "warnings": sum(1 for p in problems if not p.is_error),
    }
    if as_json:
        _echo_json(data)
        return
    click.echo(f"Hyvät käytännöt {data['version']}")
    click.echo(f"Data directory:  {data['data_dir']}")
    click.echo("Library folders:")
    for f in data["library_folders"]:
        flags = [w for w, on in (("read-only", f["read_only"]), ("missing", not f["exists"])) if on]
        click.echo(f"  {f['path']}{' (' + ', '.join(flags) + ')' if flags else ''}")
    click.echo(f"Search index:    {data['index_dir']}")
    click.echo(f"User database:   {data['database']}")
    for aside in data["database_set_aside"]:
        click.echo(f"  set aside, waiting for restore / sivuun siirretty: {aside}")
    click.echo(f"Settings:        {data['settings']}")
    click.echo(
        f"Cases:           {data['cases']} ({data['errors']} error(s), "
        f"{data['warnings']} warning(s): see `hyvatkaytannot check`)"
    )


def _set_aside(kb: KnowledgeBase) -> list[Path]:
    from hyvatkaytannot.core.userstore.recovery import pending_aside

    return pending_aside(kb.paths.db_path)


COMMANDS: list[click.Command] = [check_command, list_command, show_command, info_command]
