"""The command line: a thin click adapter over the core.

Commands live in `hyvatkaytannot/commands/`, one module per area, each a set of click
commands that open the facade through `pass_kb` and turn domain errors into
`click.ClickException`. With no subcommand the desktop app opens. Importing this module
never imports PySide6: only the `gui` command does, when it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import Any, TypeVar

import click

from hyvatkaytannot import __version__

F = TypeVar("F", bound=Callable[..., Any])


class AppContext:
    """What the global options chose; the facade is opened on first use and closed at exit."""

    def __init__(self, data_dir: str | None, libraries: tuple[str, ...], bundled: bool) -> None:
        self.data_dir = data_dir
        self.libraries = libraries
        self.bundled = bundled
        self._kb: Any = None

    def kb(self) -> Any:
        if self._kb is None:
            from hyvatkaytannot.core import KnowledgeBase

            self._kb = KnowledgeBase.open(self.data_dir, self.libraries, self.bundled)
            self._kb.notice_sink = _print_notice
            click.get_current_context().call_on_close(self._kb.close)
        return self._kb


def _print_notice(fi: str, en: str) -> None:
    click.echo(f"{fi} / {en}", err=True)


def pass_kb(f: F) -> F:
    """Give a command the opened KnowledgeBase as its first argument."""

    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(f, ctx.find_object(AppContext).kb(), *args, **kwargs)

    return update_wrapper(wrapper, f)  # type: ignore[return-value]


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    envvar="HYVATKAYTANNOT_DATA_DIR",
    type=click.Path(file_okay=False),
    help="Data directory (user database, index, own cases). Env: HYVATKAYTANNOT_DATA_DIR.",
)
@click.option(
    "--library",
    "libraries",
    multiple=True,
    type=click.Path(file_okay=False),
    help="An extra library folder of cases (repeatable), e.g. a shared drive.",
)
@click.option("--no-bundled", is_flag=True, help="Leave out the cases bundled with the app.")
@click.version_option(__version__, prog_name="hyvatkaytannot")
@click.pass_context
def main(
    ctx: click.Context, data_dir: str | None, libraries: tuple[str, ...], no_bundled: bool
) -> None:
    """Hyvät käytännöt: search, curate and present good practices of Finnish municipalities.

    With no command, the desktop app opens.
    """
    ctx.obj = AppContext(data_dir, libraries, not no_bundled)
    if ctx.invoked_subcommand is None:
        from hyvatkaytannot.commands.gui import gui

        ctx.invoke(gui)


def _register() -> None:
    from hyvatkaytannot.commands import all_commands

    for command in all_commands():
        main.add_command(command)


_register()
