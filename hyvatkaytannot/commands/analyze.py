"""CLI commands: analyze (placeholder until its area lands)."""

import click

COMMANDS: list[click.Command] = []
