"""CLI command `gui`: open the desktop app. PySide6 is imported only when it runs."""

from __future__ import annotations

import click

from hyvatkaytannot.commands.context import app_context


@click.command()
@click.option("--query", help="Search for this at start.")
@click.option("--open", "open_id", help="Open this case at start.")
@click.option("--view", type=click.Choice(["list", "map"]), default="list", help="Start view.")
@click.option(
    "--screenshot",
    type=click.Path(dir_okay=False),
    help="Render the window at 1280×800 to this PNG, then exit.",
)
@click.option(
    "--import-bundle",
    "bundle",
    type=click.Path(dir_okay=False),
    help="Open the import preview of this .hkzip bundle (as `hyvatkaytannot FILE.hkzip`).",
)
@click.pass_context
def gui(
    ctx: click.Context,
    query: str | None = None,
    open_id: str | None = None,
    view: str = "list",
    screenshot: str | None = None,
    bundle: str | None = None,
) -> None:
    """Open the desktop app."""
    from hyvatkaytannot.gui.app import run

    app_ctx = app_context(ctx)
    raise SystemExit(
        run(
            data_dir=app_ctx.data_dir,
            libraries=app_ctx.libraries,
            bundled=app_ctx.bundled,
            query=query,
            open_id=open_id,
            view=view,
            screenshot=screenshot,
            import_bundle=bundle,
        )
    )


COMMANDS: list[click.Command] = [gui]
