"""A notes export read as a stream: memory holds one entry, never the whole file.

ijson (yajl's C parser) turns the file into events; this module builds one entry at a time
(a tag, a collection, a saved search, an annotation), checks it against its version's schema
(notes_schema.py) and hands it on. The rules are those of the whole-file check (jsoncheck.py):
standard JSON only (`NaN`, `Infinity` refused), nesting at most MAX_DEPTH deep, no string over
notes_schema.MAX_TEXT characters (checked as it is read, before anything large is built),
unknown fields refused, and each error names the field ("annotations.items[41].target"), or
for broken JSON the line.

The envelope (format, version, the collection's label…) is small and checked when the file
ends; the caller writes inside one transaction, so a late error still leaves nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO, Any

from ijson.common import JSONError

try:  # yajl's C parser, named here so that PyInstaller bundles it (ijson finds it by name)
    from ijson.backends import yajl2_c as ijson
except ImportError:  # pragma: no cover - a platform without ijson's compiled wheel
    from ijson.backends import python as ijson

from hyvatkaytannot.core import jsoncheck
from hyvatkaytannot.core.jsoncheck import JsonProblem, field_path
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.userstore import notes_schema

FORMAT = "hyvatkaytannot-user-layer"
VERSION = max(notes_schema.SCHEMAS)
MAX_DEPTH = 64
ARRAYS = ("tags", "collections", "saved_searches")
_CHUNK = 1 << 16
Parts = list[str | int]


class VersionProblem(ValueError):
    """The file's format or version is not one this release reads (`code`: the message)."""

    def __init__(self, code: str, value: Any) -> None:
        super().__init__(code)
        self.code, self.value = code, value


class _Reader:
    """The file for ijson, counted (progress) and, to find a syntax error's exact byte, fed
    one byte at a time from `slow_from` on."""

    def __init__(self, f: IO[bytes], slow_from: int | None = None) -> None:
        self.f, self.pos, self.last, self.slow_from = f, 0, 0, slow_from

    def read(self, n: int = -1) -> bytes:
        if n == 0:
            return b""  # ijson's probe for bytes or text
        slow = self.slow_from is not None and self.pos >= self.slow_from
        data = self.f.read(1 if slow else _CHUNK)
        self.last = len(data)
        self.pos += len(data)
        return data


def _plain(field: object) -> str:
    """The field path as JsonProblem.field holds it ("" for the root)."""
    return field if isinstance(field, str) else ""


def _too_deep(parts: Parts) -> JsonProblem:
    field = field_path(parts)
    problem = message("json.too_deep_levels", limit=MAX_DEPTH)
    return JsonProblem(message("json.field", field=field, problem=problem), _plain(field))


def _scalar(event: str, value: Any, parts: Parts) -> Any:
    if event == "string" and len(value) > notes_schema.MAX_TEXT:
        field = field_path(parts)
        limit = notes_schema.MAX_TEXT
        raise JsonProblem(
            message("json.field", field=field, problem=message("json.too_long", limit=limit)),
            _plain(field),
        )
    return value


def _build(events: Iterator[tuple[str, Any]], event: str, value: Any, parts: Parts) -> Any:
    """The value that starts with (event, value), read to its end without recursion."""
    if event not in ("start_map", "start_array"):
        return _scalar(event, value, parts)
    root: Any = {} if event == "start_map" else []
    stack: list[Any] = [root]
    parts = [*parts, "" if event == "start_map" else -1]
    for event, value in events:
        top = stack[-1]
        if event in ("end_map", "end_array"):
            stack.pop()
            parts.pop()
            if not stack:
                return root
            continue
        if event == "map_key":
            parts[-1] = value
            continue
        if isinstance(top, list):
            parts[-1] = int(parts[-1]) + 1
        if event in ("start_map", "start_array"):
            if len(parts) >= MAX_DEPTH:
                raise _too_deep(parts)
            new: Any = {} if event == "start_map" else []
            _put(top, parts[-1], new)
            stack.append(new)
            parts.append("" if event == "start_map" else -1)
        else:
            _put(top, parts[-1], _scalar(event, value, parts))
    raise JsonProblem(message("json.ended_early"))


def _put(container: Any, key: str | int, value: Any) -> None:
    if isinstance(container, list):
        container.append(value)
    else:
        container[key] = value


def _skip(events: Iterator[tuple[str, Any]], event: str) -> None:
    """Read past a value without keeping it (a top level that is not an object)."""
    depth = 1 if event in ("start_map", "start_array") else 0
    for event, _value in events:
        if depth == 0:
            return
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep([])
        elif event in ("end_map", "end_array"):
            depth -= 1


def _wrong_type(parts: Parts, expected: str) -> JsonProblem:
    field = field_path(parts)
    problem = message("json.wrong_type", expected=expected)
    return JsonProblem(message("json.field", field=field, problem=problem), _plain(field))


class _Walk:
    """One pass over the events: yields (section, entry) and fills `envelope`."""

    def __init__(self, events: Iterator[tuple[str, Any]], tick: Callable[[], None]) -> None:
        self.events, self.tick = events, tick
        self.envelope: dict[str, Any] = {}
        self.collection: dict[str, Any] = {}  # the annotations' AnnotationCollection
        self.bare = False  # a bare AnnotationCollection (another tool's file)
        schema = notes_schema.SCHEMAS[VERSION]["properties"]
        self.top_keys = set(schema) | set(notes_schema.ANNOTATION_COLLECTION["properties"])

    def schemas(self) -> dict[str, Any]:
        props = notes_schema.SCHEMAS[self.version()]["properties"]
        out = {k: props[k]["items"] for k in ARRAYS}
        out["annotations"] = props["annotations"]["properties"]["items"]["items"]
        return out

    def version(self) -> int:
        v = self.envelope.get("version", VERSION)
        return v if v in notes_schema.SCHEMAS else VERSION

    def run(self) -> Iterator[tuple[str, dict[str, Any]]]:
        event, value = next(self.events, ("", None))
        if not event:
            raise JsonProblem(message("json.file_empty"))
        if event != "start_map":
            _skip(self.events, event)
            raise VersionProblem("store.expected_json_object", None)
        for event, value in self.events:
            if event == "end_map":
                return
            key = value
            event, value = next(self.events)
            if key in ARRAYS:
                yield from self.array(event, [key], key)
            elif key == "annotations":
                if event != "start_map":
                    raise _wrong_type([key], "object")
                yield from self.annotations(["annotations"])
            elif key == "items":
                self.bare = True
                yield from self.array(event, ["items"], "annotations")
            elif key not in self.top_keys:
                raise JsonProblem(message("json.unknown_fields", names=key), str(key))
            else:
                self.envelope[key] = _build(self.events, event, value, [key])
                self.early_check(key)

    def early_check(self, key: str) -> None:
        """A wrong format or a newer version is refused at once, before any entry."""
        value = self.envelope[key]
        if key == "format" and value != FORMAT:
            raise VersionProblem("store.not_a_notes_export", FORMAT)
        if key == "version" and (
            not isinstance(value, int) or isinstance(value, bool) or value > VERSION
        ):
            raise VersionProblem("store.export_version_newer", value)

    def annotations(self, parts: Parts) -> Iterator[tuple[str, dict[str, Any]]]:
        for event, value in self.events:
            if event == "end_map":
                return
            key = value
            event, value = next(self.events)
            if key == "items":
                yield from self.array(event, [*parts, "items"], "annotations")
            else:
                self.collection[key] = _build(self.events, event, value, [*parts, key])

    def array(self, event: str, parts: Parts, section: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if event != "start_array":
            raise _wrong_type(parts, "array")
        schema = self.schemas()[section]
        index = -1
        for event, value in self.events:
            if event == "end_array":
                return
            index += 1
            if index >= notes_schema.MAX_ITEMS:
                field = field_path(parts)
                many = message("json.too_many", limit=notes_schema.MAX_ITEMS)
                raise JsonProblem(message("json.field", field=field, problem=many), _plain(field))
            item = _build(self.events, event, value, [*parts, index])
            jsoncheck.check(item, schema, base=(*parts, index))
            self.tick()
            yield section, item

    def finish(self) -> None:
        """The envelope against the schema (entries were checked one by one)."""
        if self.bare:
            jsoncheck.check({**self.envelope, **self.collection, "items": []}, _BARE)
            return
        if "format" not in self.envelope:
            raise VersionProblem("store.not_a_notes_export", FORMAT)
        if "version" not in self.envelope:
            raise VersionProblem("store.export_version_newer", None)
        data = dict(self.envelope)
        if self.collection or "annotations" in data:
            data["annotations"] = {**self.collection, "items": []}
        jsoncheck.check(data, notes_schema.SCHEMAS[self.version()])


_BARE = notes_schema.ANNOTATION_COLLECTION


def _syntax_problem(f: IO[bytes], failed_chunk_start: int) -> JsonProblem:
    """Parse again, one byte at a time from the chunk that failed: the line of the byte that
    broke the JSON, and whether it was a non-standard constant (NaN, Infinity)."""
    f.seek(0)
    reader = _Reader(f, slow_from=failed_chunk_start)
    try:
        for _ in ijson.basic_parse(reader, buf_size=_CHUNK):
            pass
    except JSONError:
        pass
    at = max(reader.pos - 1, 0)
    f.seek(0)
    line, left = 1, at
    while left > 0 and (chunk := f.read(min(left, _CHUNK))):
        line += chunk.count(b"\n")
        left -= len(chunk)
    f.seek(max(at - 1, 0))
    near = f.read(10)
    for name in ("NaN", "-Infinity", "Infinity"):
        if name.encode() in near:
            problem = message("json.non_standard", name=name)
            said = message("json.line_problem", line=line, problem=problem)
            return JsonProblem(said, f"line {line}")
    return JsonProblem(message("json.not_valid_line", line=line), f"line {line}")


def entries(
    f: IO[bytes], progress: Callable[[int], None] | None = None, every: int = 1000
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(section, entry) for each checked entry of the file, in file order; section is one
    of ARRAYS or "annotations". Raises JsonProblem (naming the field or line) or
    VersionProblem; `progress(bytes read)` is called every `every` entries and at the end."""
    reader = _Reader(f)
    count = [0]

    def tick() -> None:
        count[0] += 1
        if progress is not None and count[0] % every == 0:
            progress(reader.pos)

    walk = _Walk(ijson.basic_parse(reader, buf_size=_CHUNK, use_float=True), tick)
    try:
        yield from walk.run()
        for _extra in walk.events:  # yajl refuses anything after the top-level value
            pass
    except JSONError:
        raise _syntax_problem(f, reader.pos - reader.last) from None
    walk.finish()
    if progress is not None:
        progress(reader.pos)
