"""What every command shares: the global options and the facade opened from them.

Here, not in cli.py, so that cli.py imports the command modules and they import this; no
module imports back from a half-initialised `cli`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import click

from hyvatkaytannot.core.i18n import language_from, set_language
from hyvatkaytannot.core.messages import CoreError, UserMessage

if TYPE_CHECKING:
    from hyvatkaytannot.core import KnowledgeBase

P = ParamSpec("P")
R = TypeVar("R")


class AppContext:
    """What the global options chose; the facade is opened on first use and closed at exit."""

    def __init__(self, data_dir: str | None, libraries: tuple[str, ...], bundled: bool) -> None:
        self.data_dir = data_dir
        self.libraries = libraries
        self.bundled = bundled
        self._kb: KnowledgeBase | None = None
        self._language: str | None = None

    def language(self) -> str:
        """The language the CLI speaks: the app's UI language when the user chose one,
        else the environment's (LANG=en…), else Finnish (core/i18n.py)."""
        if self._language is None:
            from hyvatkaytannot.core.paths import DataPaths
            from hyvatkaytannot.core.settings import Settings

            chosen = Settings(DataPaths.resolve(self.data_dir).settings_path).chosen("ui_language")
            self._language = language_from(chosen)
            # Core text (the loader's problems) is shown in the same language.
            set_language(self._language)
        return self._language

    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            from hyvatkaytannot.core import KnowledgeBase

            self.language()
            self._kb = KnowledgeBase.open(self.data_dir, self.libraries, self.bundled)
            # Read-only data dir, temporary index…: told on stderr in the CLI's language.
            self._kb.notice_sink = lambda said: click.echo(say(said), err=True)
            click.get_current_context().call_on_close(self._kb.close)
        return self._kb


def app_context(ctx: click.Context) -> AppContext:
    found = ctx.find_object(AppContext)
    if found is None:  # a command invoked outside `main` (a programming error)
        raise click.UsageError("no application context")
    return found


def say(message: UserMessage | CoreError) -> str:
    """A core message or error in the CLI's language."""
    ctx = click.get_current_context(silent=True)
    found = ctx.find_object(AppContext) if ctx is not None else None
    language = found.language() if found is not None else language_from()
    return message.in_language(language)


def pass_kb(f: Callable[Concatenate[KnowledgeBase, P], R]) -> Callable[P, R]:
    """Give a command the opened KnowledgeBase as its first argument."""

    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(f, app_context(ctx).kb(), *args, **kwargs)

    return update_wrapper(wrapper, f)
