"""The command line: a thin click adapter over the core.

Commands live in `hyvatkaytannot/commands/`, one module per area, each a set of click
commands (`COMMANDS`) that open the facade through `commands.context.pass_kb` and turn
domain errors into `click.ClickException`. The import graph is one way: cli -> commands ->
commands.context -> core. With no subcommand the desktop app opens. Importing this module
never imports PySide6: only the `gui` command does, when it runs.
"""

from __future__ import annotations

import click

from hyvatkaytannot import __version__
from hyvatkaytannot.commands import analyze, bundles, capture, handout, library, notes, search
from hyvatkaytannot.commands import gui as gui_command
from hyvatkaytannot.commands.context import AppContext


class MainGroup(click.Group):
    """`hyvatkaytannot FILE.hkzip` means `hyvatkaytannot gui --import-bundle FILE.hkzip`:
    the file manager opens a bundle this way (the .desktop entry, Windows' association)."""

    VALUE_OPTIONS = frozenset({"--data-dir", "--library"})

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                break
            if arg.startswith("-"):
                i += 2 if arg in self.VALUE_OPTIONS else 1
                continue
            if arg.lower().endswith(".hkzip") and arg not in self.commands:
                args = [*args[:i], "gui", "--import-bundle", *args[i:]]
            break
        return super().parse_args(ctx, args)


@click.group(
    cls=MainGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
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
        ctx.invoke(gui_command.gui)


for _module in (library, search, analyze, notes, bundles, handout, capture, gui_command):
    for _command in _module.COMMANDS:
        main.add_command(_command)
