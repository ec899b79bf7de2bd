"""Front matter: split it off the Markdown and read it with a small, safe YAML subset.

Design decisions:
- Front matter is the block between a first line `---` and the next line that is exactly
  `---` (or `...`). Anything else is a clear error, never a guess.
- Reading is three passes over a block that is usually twenty lines:
  0. our own limits, on the raw text, before any parser sees it: size and nesting depth
     (brackets and indentation). Parsers have limits of their own that change between
     releases (libyaml in PyYAML 6.0.4 stops at 1,000 flow levels, in English), so ours
     must always trip first, with our own message and the file line;
  1. tokens: anchors (`&a`), aliases (`*a`) and tags (`!x`, `!!python/...`) are rejected
     here, before anything is built, so a "billion laughs" file fails in time and memory
     proportional to its size; nesting deeper than MAX_DEPTH is checked again here;
  2. compose a node tree (PyYAML; its C parser when libyaml is present);
  3. build plain Python values ourselves from the nodes, so that duplicate keys are errors
     with their line, and the path and line of every value are known.
- Scalars follow a YAML 1.2-like core schema: only `true`/`false` are booleans (`NO`, `yes`,
  `on` stay text), only `null`/`~`/empty are null, integers are decimal (or 0x/0o), and
  there are no timestamps (`2018-01-01` stays text). A caller passes `keep_text(path)`: for
  fields whose schema type is text, a plain scalar keeps its exact source text, so `1.10`
  stays "1.10" and a phone number `0401234567` keeps its leading zero.
- Mapping keys are always text (their source text).
- Line numbers in errors are the file's, not the block's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import nodes, tokens
from yaml.resolver import BaseResolver

from hyvatkaytannot.core.messages import UserMessage, message

MAX_DEPTH = 32
MAX_FRONT_MATTER = 256 * 1024  # characters; a real case's front matter is ~2 KB

Path_ = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


class FrontMatterError(ValueError):
    def __init__(self, said: UserMessage, line: int | None) -> None:
        super().__init__(said.english())
        self.said = said
        self.line = line

    @property
    def message(self) -> str:
        return self.said.shown()


@dataclass(frozen=True)
class FrontMatter:
    yaml_text: str
    yaml_line: int  # 1-based file line of the block's first line
    body: str
    body_line: int  # 1-based file line where the body starts


@dataclass
class Parsed:
    data: Any
    # 1-based file line of every value by its path; a mapping entry's line is its key's.
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, *path: str | int) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        p: Path_ = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return None


def split_front_matter(text: str) -> FrontMatter:
    if not text.strip():
        raise FrontMatterError(message("case.file_empty"), None)
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        raise FrontMatterError(message("case.no_front_matter"), 1)
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return FrontMatter("\n".join(lines[1:i]), 2, "\n".join(lines[i + 1 :]), i + 2)
    raise FrontMatterError(message("case.front_matter_unclosed"), 1)


class _Resolver(BaseResolver):
    """YAML 1.2 core-like implicit typing (see the module docstring)."""


_Resolver.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), None)
_Resolver.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), None
)
_Resolver.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    None,
)
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


def python_composer() -> type:
    """The pure-Python composer (also used by the tests to check both paths agree)."""

    class _Py(
        yaml.reader.Reader,
        yaml.scanner.Scanner,
        yaml.parser.Parser,
        yaml.composer.Composer,
        _Resolver,
    ):
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            _Resolver.__init__(self)

    return _Py


def _composer_class() -> type:
    try:
        import yaml.cyaml as cyaml

        CParser: Any = getattr(cyaml, "CParser", None)
    except ImportError:  # no libyaml: the pure-Python parser behaves the same, slower
        CParser = None
    if CParser is not None:

        class _C(CParser, _Resolver):
            def __init__(self, stream: str) -> None:
                CParser.__init__(self, stream)
                _Resolver.__init__(self)

        return _C
    return python_composer()


_Composer = _composer_class()
_END, _REF, _TAG, _OPEN, _CLOSE = 1, 2, 3, 4, 5
_TOKEN_KINDS: dict[type | None, int] = {
    type(None): _END,
    tokens.StreamEndToken: _END,
    tokens.AliasToken: _REF,
    tokens.AnchorToken: _REF,
    tokens.TagToken: _TAG,
    tokens.BlockMappingStartToken: _OPEN,
    tokens.BlockSequenceStartToken: _OPEN,
    tokens.FlowMappingStartToken: _OPEN,
    tokens.FlowSequenceStartToken: _OPEN,
    tokens.BlockEndToken: _CLOSE,
    tokens.FlowMappingEndToken: _CLOSE,
    tokens.FlowSequenceEndToken: _CLOSE,
}


def load_yaml(
    text: str,
    first_line: int = 1,
    keep_text: Callable[[Path_], bool] = lambda path: False,
    composer: type | None = None,
) -> Parsed:
    """Read a YAML block safely; raise FrontMatterError with a file line on any problem."""
    if len(text) > MAX_FRONT_MATTER:
        raise FrontMatterError(
            message(
                "case.front_matter_too_long",
                size=len(text) // 1024,
                limit=MAX_FRONT_MATTER // 1024,
            ),
            first_line,
        )
    _check_depth(text, first_line)
    cls = composer or _Composer
    try:
        _check_tokens(cls(text), first_line)
        node = cls(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else first_line
        raise FrontMatterError(message("case.yaml_error", reason=_explain(exc)), line) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(exc.position, 0)) + first_line
        code = exc.character if isinstance(exc.character, int) else 0
        raise FrontMatterError(
            message("case.control_char", code=f"{code:04X}"),
            line,
        ) from None
    except yaml.YAMLError:  # any other unmarked error: never show the parser's English
        raise FrontMatterError(message("case.yaml_error", reason=_UNKNOWN), first_line) from None
    except RecursionError:
        raise FrontMatterError(_TOO_DEEP, first_line) from None
    parsed = Parsed(None)
    if node is not None:
        parsed.data = _Builder(parsed.lines, first_line, keep_text).build(node, ())
    return parsed


_TOO_DEEP = message("case.too_deep")
_BRACKET = re.compile(r"[\[\]{}\n]")
# What opens a further block level on the same line: "- - x", "? a", "a: - x" (compact forms).
_COMPACT = re.compile(r"(?:[-?:](?: +|$))+")


def _check_depth(text: str, first_line: int) -> None:
    """Reject nesting deeper than MAX_DEPTH from the raw text, before any parser runs.

    An upper bound, not a parse: brackets inside quoted text count too and indentation
    levels inside block scalars too. Reaching MAX_DEPTH that way takes an absurd file,
    while a hostile one can never slip past to a parser's own (English) limit.
    """
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth, line = 0, first_line
        for match in _BRACKET.finditer(text):
            char = match.group()
            if char == "\n":
                line += 1
            elif char in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise FrontMatterError(_TOO_DEEP, line)
            elif depth:
                depth -= 1
    indents: list[int] = []
    for offset, raw in enumerate(text.split("\n")):
        stripped = raw.lstrip(" ")
        if not stripped or stripped[0] == "#":
            continue
        indent = len(raw) - len(stripped)
        while indents and indents[-1] >= indent:
            indents.pop()
        indents.append(indent)
        compact = _COMPACT.match(stripped)
        extra = len(compact.group().split()) if compact else 0
        if len(indents) + extra > MAX_DEPTH:
            raise FrontMatterError(_TOO_DEEP, first_line + offset)


def _check_tokens(scanner: Any, first_line: int) -> None:
    depth = 0
    kinds = _TOKEN_KINDS
    while True:
        token = scanner.get_token()
        kind = kinds.get(type(token), 0)  # one dict look-up per token: this loop is hot
        if kind == 0:
            continue
        if kind == _END:
            return
        line = token.start_mark.line + first_line
        if kind == _REF:
            raise FrontMatterError(
                message("case.yaml_anchors"),
                line,
            )
        if kind == _TAG:
            raise FrontMatterError(
                message("case.yaml_tags"),
                line,
            )
        if kind == _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                raise FrontMatterError(_TOO_DEEP, line)
        else:
            depth -= 1


class _Builder:
    def __init__(
        self, lines: dict[Path_, int], first_line: int, keep_text: Callable[[Path_], bool]
    ) -> None:
        self.lines = lines
        self.first_line = first_line
        self.keep_text = keep_text

    def _line(self, node: nodes.Node) -> int:
        return int(node.start_mark.line) + self.first_line

    def build(self, node: nodes.Node, path: Path_) -> Any:
        if isinstance(node, nodes.ScalarNode):
            return self._scalar(node, path)
        if isinstance(node, nodes.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                self.lines[(*path, i)] = self._line(item)
                items.append(self.build(item, (*path, i)))
            return items
        if isinstance(node, nodes.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, nodes.ScalarNode):
                    raise FrontMatterError(
                        message("case.yaml_error", reason=message("case.yaml_key_not_text")),
                        self._line(key_node),
                    )
                key = str(key_node.value)
                key_path = (*path, key)
                if key in out:
                    raise FrontMatterError(
                        message("case.field_twice", key=key, first=self.lines[key_path]),
                        self._line(key_node),
                    )
                self.lines[key_path] = self._line(key_node)
                out[key] = self.build(value_node, key_path)
            return out
        raise FrontMatterError(
            message("case.yaml_error", reason=message("case.yaml_unknown_structure")),
            self._line(node),
        )

    def _scalar(self, node: nodes.ScalarNode, path: Path_) -> Any:
        tag, value = node.tag, str(node.value)
        if tag == _STR:
            return value
        if tag == _NULL:
            return None
        if self.keep_text(path):
            return value
        if tag == _BOOL:
            return value.lower() == "true"
        if tag == _INT:
            if value.startswith(("0x", "0o")):
                return int(value, 0)
            return int(value, 10)
        if tag == _FLOAT:
            return float(value)
        raise FrontMatterError(  # unreachable: explicit tags are rejected by _check_tokens
            message("case.yaml_error", reason=message("case.yaml_unknown_type", tag=tag)),
            self._line(node),
        )


_UNKNOWN = message("yaml.unknown")

# PyYAML (Python and libyaml) problems -> a message of ours (core/messages_case.py), most
# common first. Substring match.
_EXPLANATIONS: tuple[tuple[str, str], ...] = (
    ("maximum nesting depth", "yaml.too_deep"),
    ("mapping values are not allowed", "yaml.colon_misplaced"),
    ("could not find expected ':'", "yaml.colon_missing"),
    ("cannot start any token", "yaml.bad_start"),
    ("found a tab character", "yaml.tab"),
    ("while scanning a quoted scalar", "yaml.unclosed_quote"),
    ("while parsing a flow sequence", "yaml.broken_list"),
    ("while parsing a flow mapping", "yaml.broken_mapping"),
    ("expected <block end>", "yaml.indent"),
    ("did not find expected key", "yaml.indent"),
    ("did not find expected '-'", "yaml.list_indent"),
    ("expected a single document", "yaml.one_document"),
    ("found undefined alias", "yaml.alias"),
    ("while scanning a block scalar", "yaml.block_scalar"),
    ("sequence entries are not allowed", "yaml.dash_misplaced"),
    ("mapping keys are not allowed", "yaml.key_misplaced"),
    ("expected node content", "yaml.value_missing"),
    ("expected the node content", "yaml.value_missing"),
    ("while scanning a plain scalar", "yaml.plain_char"),
    ("<document start>", "yaml.trailing"),
)


def _explain(exc: yaml.MarkedYAMLError) -> UserMessage:
    raw = " ".join(str(p) for p in (exc.context, exc.problem) if p)
    for needle, code in _EXPLANATIONS:
        if needle in raw:
            return message(code)
    # An explanation we lack: a general one, never the parser's English.
    return _UNKNOWN
