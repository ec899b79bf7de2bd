"""CLI commands: search (placeholder until its area lands)."""

import click

COMMANDS: list[click.Command] = []
