"""CLI command: analyze – show the search keys the analysis gives words
(Finnish by default, Swedish with `--lang sv`).

One line per input word: the word, a tab, its keys separated by spaces. Words come from
the arguments, or one per line from stdin with `-`. The persistent cache of the data
directory is used, so the command also warms it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from hyvatkaytannot.commands.context import pass_kb

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase


@click.command("analyze")
@click.option(
    "--mode",
    type=click.Choice(["index", "query"]),
    default="index",
    show_default=True,
    help="index: lemmas, compound parts and runs; query: lemmas only.",
)
@click.option(
    "--lang",
    "language",
    type=click.Choice(["fi", "sv"]),
    default="fi",
    show_default=True,
    help="fi: Finnish (Voikko); sv: Swedish (simplemma's lexicon and compound parts).",
)
@click.argument("words", nargs=-1, required=True)
@pass_kb
def analyze(kb: KnowledgeBase, mode: str, language: str, words: tuple[str, ...]) -> None:
    """Show the search keys of WORDS (`-` reads words from stdin, one a line)."""
    from hyvatkaytannot.core import analysis
    from hyvatkaytannot.core.analysis import languages

    analysis.set_cache_path(kb.paths.analysis_cache_path)
    keys_of: Callable[[str, str], list[str]] = (
        languages.index_keys if mode == "index" else languages.query_keys
    )
    for word in _words(words):
        click.echo(f"{word}\t{' '.join(keys_of(word, language))}")


def _words(args: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for arg in args:
        if arg == "-":
            lines = sys.stdin.read().splitlines()
            out.extend(line.strip() for line in lines if line.strip())
        else:
            out.append(arg)
    return out


COMMANDS: list[click.Command] = [analyze]
