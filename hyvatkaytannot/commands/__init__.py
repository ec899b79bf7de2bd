"""CLI commands, one module per area; each exposes `COMMANDS`, a list of click commands.

cli.py imports them by name; they share `context.py` (the global options, `pass_kb`).
"""
