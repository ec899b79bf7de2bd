"""Case -> Markdown with YAML front matter, deterministically.

Design decisions:
- The serialiser never changes a value: it writes `meta` (the whole front matter as the
  loader read it, unknown fields included) and `body`. Validation is the loader's job; we
  only decide *layout*, so that load -> save -> load gives the same `meta` and `body`.
- Layout is fixed so that diffs stay small and two saves of the same case are byte-identical:
  known fields in the documented order, unknown fields after them in their original order,
  the same rule inside `organisations`, `period`, `funding`, funders, contacts and sources.
- A string is written double-quoted whenever a YAML reader (1.1 *or* 1.2) could read it back
  as something else: "NO", "on", "1.10", "2020", "2020-05-01", "1e3", "~", "". PyYAML's own
  check covers YAML 1.1; the extra pattern covers 1.2 readers and date-like strings.
- The body is written verbatim (see `case_text`). UTF-8, LF line endings, Finnish letters
  as themselves (allow_unicode), no line folding of scalars (a folded title is hard to
  grep).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from hyvatkaytannot.core.loader.validate import KNOWN_FIELDS

# The documented order of the front matter: the loader's list of known fields.
FIELD_ORDER: tuple[str, ...] = KNOWN_FIELDS

# Order of keys inside mappings, by path from the root ("[]" = an item of a list).
_NESTED_ORDER: dict[tuple[str, ...], tuple[str, ...]] = {
    ("organisations",): ("owner", "implementer", "partners"),
    ("period",): ("start", "end"),
    ("funding",): ("total_cost", "funders"),
    ("funding", "funders", "[]"): ("funder", "amount", "decided"),
    ("contacts", "[]"): ("name", "role", "organisation", "email", "phone"),
    ("sources", "[]"): ("title", "url", "published", "retrieved"),
}

# Strings some YAML reader would re-type, beyond what PyYAML's 1.1 resolver already catches:
# YAML 1.2 numbers (1e3, 0o17, .5), dates and partial dates, 1.1 booleans y/n.
_RETYPE = re.compile(
    r"""^(?:
        [-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?   # 12, 1.10, .5, 1e3
      | [-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)
      | 0[oO][0-7]+ | 0[xX][0-9a-fA-F]+ | 0[bB][01]+
      | \d{4}-\d{1,2}(?:-\d{1,2})?(?:[Tt\s].*)?           # 2020-05, 2020-05-01, timestamps
      | [yYnN]
      | (?i:yes|no|on|off|true|false|null|~)
    )$""",
    re.VERBOSE,
)

_STR_TAG = "tag:yaml.org,2002:str"
# Multi-line text that a `|-` block holds exactly: no leading blank, no trailing spaces on
# any line, no final newline (the loader drops the newline that ends the front matter, so
# a value ending in one would lose it if it were the last field).
_LITERAL_OK = re.compile(r"^(?![ \t\n])(?:[^\n]*[^ \t\n]\n|\n)*[^\n]*[^ \t\n]\Z")
_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


class _CaseDumper(yaml.SafeDumper):
    """SafeDumper with our string quoting and block-style nested lists."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key ("funders:\n    - funder: …"), the common style.
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _ESCAPE.search(value):
        # YAML line breaks other than \n (NEL, LS, PS), a BOM or control characters would be
        # folded or refused in plain and block styles; double quotes escape them.
        return dumper.represent_scalar(_STR_TAG, value, style='"')
    if "\n" in value:
        # A literal block keeps a multi-line summary readable; other multi-line text goes
        # double-quoted (see _LITERAL_OK).
        literal = _LITERAL_OK.match(value) is not None
        return dumper.represent_scalar(_STR_TAG, value, style="|" if literal else '"')
    resolved = dumper.resolve(yaml.ScalarNode, value, (True, False))
    if resolved != _STR_TAG or _RETYPE.match(value):
        return dumper.represent_scalar(_STR_TAG, value, style='"')
    return dumper.represent_scalar(_STR_TAG, value)


_CaseDumper.add_representer(str, _represent_str)


def needs_quotes(value: str) -> bool:
    """True when a bare `value` would be read back by some YAML reader as a non-string."""
    # resolve() is an instance method; the class-level implicit resolvers are all it reads.
    resolved = _CaseDumper.resolve(_CaseDumper, yaml.ScalarNode, value, (True, False))  # type: ignore[arg-type]
    return resolved != _STR_TAG or bool(_RETYPE.match(value))


def _ordered(value: Any, path: tuple[str, ...]) -> Any:
    """A copy of `value` with mapping keys in the documented order (unknown keys last)."""
    if isinstance(value, Mapping):
        order = FIELD_ORDER if not path else _NESTED_ORDER.get(path, ())
        keys = [k for k in order if k in value]
        keys += [k for k in value if k not in order]
        return {k: _ordered(value[k], (*path, str(k))) for k in keys}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_ordered(v, (*path, "[]")) for v in value]
    return value


def dump_front_matter(meta: Mapping[str, Any]) -> str:
    """The YAML text of the front matter (without the `---` fences), ending in a newline."""
    if not meta:
        return ""
    text: str = yaml.dump(
        _ordered(meta, ()),
        Dumper=_CaseDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=float("inf"),
        indent=2,
    )
    return text


def normalise_body(body: str) -> str:
    """Body text typed by a person -> the stored form: LF, one blank line after the front
    matter, no trailing blank lines, one final newline. For new text only: `case_text`
    writes a loaded body verbatim so that a re-save changes nothing."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n").rstrip()
    return "\n" + body + "\n" if body else "\n"


def case_text(meta: Mapping[str, Any], body: str) -> str:
    """The whole case file: `---`, front matter, `---`, then `body` exactly as given.

    The loader's body is everything after the closing `---` line (usually starting with
    the blank line), so writing it back verbatim is what makes load -> save -> load exact.
    Only line endings are normalised (the loader normalises them too).
    """
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return f"---\n{dump_front_matter(meta)}---\n{body}"


def case_bytes(meta: Mapping[str, Any], body: str) -> bytes:
    return case_text(meta, body).encode("utf-8")
