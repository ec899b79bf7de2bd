"""CLI commands: index, search, bench.

`index` and `search` go through the KnowledgeBase facade (kb.sync_index, kb.search), so the
CLI sees exactly what the GUI sees. `search` syncs first (incremental: only changed files are
re-indexed, an unchanged library costs a fingerprint comparison). `search -` answers one query
per stdin line with one JSON line each, opening the index once. `bench` needs no data dir: it
builds synthetic corpora in a temporary folder.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from hyvatkaytannot.commands.context import pass_kb, say
from hyvatkaytannot.core.messages import UserMessage

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


def _sync(kb: KnowledgeBase, rebuild: bool = False, show_progress: bool = False) -> Any:
    from hyvatkaytannot.core.search import IndexBusy

    bar: Any = None

    def progress(done: int, total: int, _msg: str) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="Indexing", file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)

    try:
        report = kb.sync_index(progress=progress if show_progress else None, rebuild=rebuild)
    except IndexBusy as e:
        raise click.ClickException(str(e)) from e
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if report.recovered:
        # Damage found at open: rebuilt before the answer, and the user is told so.
        click.echo(say(UserMessage("cli.index_rebuilt")), err=True)
    return report


@click.command("index")
@click.option("--rebuild", is_flag=True, help="Rebuild the whole index from the case files.")
@pass_kb
def index_command(kb: KnowledgeBase, rebuild: bool) -> None:
    """Bring the search index up to date with the case files (incremental)."""
    for problem in kb.problems:
        click.echo(problem.format(), err=True)
    report = _sync(kb, rebuild=rebuild, show_progress=sys.stderr.isatty())
    for line in report.problems:
        click.echo(f"warning: {line}", err=True)
    click.echo(report.summary())


def _parse_filters(values: tuple[str, ...]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item!r}: use FACET=VALUE, e.g. region=Lappi")
        key, value = item.split("=", 1)
        filters.setdefault(key.strip(), []).append(value.strip())
    return filters


def _plain(snippet: str) -> str:
    return html.unescape(re.sub(r"</?b>", "", snippet))


def _echo_human(resp: Any) -> None:
    hits = UserMessage("cli.hits", {"ms": f"{resp.took_ms:.1f}"}, count=resp.total)
    click.echo(say(hits))
    if resp.corrected:
        # "Näytetään tulokset haulle: päästöt · Hae silti: paastot (--exact)"
        ran = {"ran": resp.ran_query, "original": resp.original_query}
        click.echo(say(UserMessage("cli.corrected", ran)))
    if resp.suggestion:
        click.echo(say(UserMessage("cli.did_you_mean", {"suggestion": resp.suggestion})))
    for hit in resp.hits:
        language = f"  [{hit.language}]" if hit.language != "fi" else ""
        click.echo(f"{hit.score:8.3f}  {hit.id}  {hit.title}{language}")
        if hit.snippet:
            click.echo(f"          {_plain(hit.snippet)}")
    if resp.notice:
        click.echo(resp.notice, err=True)


@click.command("search")
@click.argument("query")
@click.option("--limit", default=10, show_default=True, help="Number of hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the response as JSON.")
@click.option(
    "--sort",
    type=click.Choice(["relevance", "newest", "title"]),
    default="relevance",
    show_default=True,
    help="Order of the hits.",
)
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="FACET=VALUE",
    help="Facet filter (region, municipality, theme, status, year, tag); repeatable.",
)
@click.option(
    "--exact",
    is_flag=True,
    help="Search the query as typed: never run a corrected reading (ä/ö, typos) instead.",
)
@pass_kb
def search_command(
    kb: KnowledgeBase,
    query: str,
    limit: int,
    as_json: bool,
    sort: str,
    filters: tuple[str, ...],
    exact: bool,
) -> None:
    """Search the cases. QUERY '-' reads one query per line from stdin (JSON lines out).

    A query typed without ä/ö or with a typo runs its corrected reading when that finds
    many more cases; the output (and the JSON: ran_query, original_query, corrected) says so.

    Query language: words (all must match), TAI/OR, EI/NOT/-word, "phrases", prefix*,
    word~ (fuzzy), fields kunta: maakunta: teema: tila: vuosi: tunniste: (or municipality:
    region: theme: status: year: tag:).
    """
    parsed = _parse_filters(filters)
    _sync(kb)

    def run(text: str) -> Any:
        try:
            return kb.search(text, filters=parsed, sort=sort, limit=limit, correct=not exact)
        except ValueError as e:  # an unknown facet or sort
            raise click.ClickException(str(e)) from e

    if query == "-":
        for line in sys.stdin:
            text = line.rstrip("\r\n")
            if text.strip():
                click.echo(run(text).to_json())
        return
    resp = run(query)
    if as_json:
        click.echo(json.dumps(resp.to_dict(), ensure_ascii=False, indent=2))
    else:
        _echo_human(resp)


@click.command("similar")
@click.argument("case_id")
@click.option("--limit", default=10, show_default=True, help="Number of similar cases.")
@click.option("--json", "as_json", is_flag=True, help="Print the response as JSON.")
@pass_kb
def similar_command(kb: KnowledgeBase, case_id: str, limit: int, as_json: bool) -> None:
    """Cases most like CASE_ID (shared key terms, themes, region), with why."""
    _sync(kb)
    if kb.get_case(case_id) is None:
        raise click.ClickException(say(UserMessage("cli.no_case", {"case_id": case_id})))
    resp = kb.similar(case_id, limit=limit)
    if as_json:
        click.echo(json.dumps(resp.to_dict(), ensure_ascii=False, indent=2))
        return
    found = UserMessage("cli.similar", {"ms": f"{resp.took_ms:.1f}"}, count=resp.total)
    click.echo(say(found))
    for hit in resp.hits:
        click.echo(f"{hit.score:8.3f}  {hit.id}  {hit.title}")
        why = hit.why or {}
        parts = [", ".join(why.get(k, [])) for k in ("terms", "themes", "regions") if why.get(k)]
        if parts:
            click.echo(f"          {' · '.join(parts)}")


@click.command("bench")
@click.option(
    "--sizes",
    default="1000,10000",
    show_default=True,
    help="Comma-separated corpus sizes (number of cases).",
)
@click.option("--queries", default=200, show_default=True, help="Queries per query type.")
@click.option("--no-fts", is_flag=True, help="Skip the SQLite FTS5 comparison.")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where to build the corpora (default: a temporary folder, removed afterwards).",
)
@click.option(
    "--sentences",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A file of real Finnish sentences, one a line, to build the corpora from (e.g. "
    "the evaluation set's fi-sentences.txt). Without it the figures are not comparable.",
)
@click.option(
    "--no-warm-rebuild",
    is_flag=True,
    help="Skip the second full build (warm analysis cache): saves a build at large sizes.",
)
def bench_command(
    sizes: str,
    queries: int,
    no_fts: bool,
    workdir: str | None,
    sentences: Path | None,
    no_warm_rebuild: bool,
) -> None:
    """Measure indexing and search speed on synthetic Finnish corpora (vs SQLite FTS5)."""
    from hyvatkaytannot.core.search.bench.runner import run_bench

    try:
        numbers = [int(s) for s in sizes.split(",") if s.strip()]
    except ValueError as e:
        raise click.BadParameter(f"--sizes {sizes!r}: expected numbers like 1000,10000") from e
    if sentences is None:
        click.echo(say(UserMessage("cli.bench_not_comparable", {})), err=True)
    run_bench(
        numbers,
        queries_per_type=queries,
        fts=not no_fts,
        workdir=workdir,
        echo=click.echo,
        sentences=sentences,
        warm_rebuild=not no_warm_rebuild,
    )


COMMANDS: list[click.Command] = [index_command, search_command, similar_command, bench_command]
