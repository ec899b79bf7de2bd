"""The two markers lupdate reads in the message catalogues (core/messages*.py).

`QT_TRANSLATE_NOOP(context, text)` marks a text for the catalogue; `translate(context, text,
None, 1)` marks a plural one (%n). Both return the text unchanged: the translation happens
where the message is shown (core/messages.py).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for the catalogue; returns it unchanged."""
    return text


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """Marks a plural text (%n) for lupdate, which reads this call form as numerus."""
    return text
