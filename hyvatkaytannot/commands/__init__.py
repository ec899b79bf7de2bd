"""CLI commands, one module per area. Each module exposes `COMMANDS`, a list of click commands."""

from __future__ import annotations

from importlib import import_module

import click

_MODULES = ("library", "search", "analyze", "notes", "bundles", "handout", "capture", "gui")


def all_commands() -> list[click.Command]:
    commands: list[click.Command] = []
    for name in _MODULES:
        commands.extend(import_module(f"hyvatkaytannot.commands.{name}").COMMANDS)
    return commands
