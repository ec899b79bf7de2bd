"""CLI commands: notes (placeholder until its area lands)."""

import click

COMMANDS: list[click.Command] = []
