"""One case file, from bytes or text to a Case and its problems.

The pipeline: decode (decoding.py) -> split the front matter and read it safely
(safe_yaml.py) -> check it (validate.py) -> build the Case. Every failure becomes a Problem;
nothing here raises for bad input. A case with any error is returned as None (its problems
say why); warnings leave the case loaded.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.loader.body import check_body, check_not_empty
from hyvatkaytannot.core.loader.decoding import CP1252, Decoded, NotTextError, decode
from hyvatkaytannot.core.loader.safe_yaml import FrontMatterError, load_yaml, split_front_matter
from hyvatkaytannot.core.loader.scan import FileReadError, read_limited
from hyvatkaytannot.core.loader.validate import Checker, keeps_text, validate_meta
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.problems import Problem, Severity


def parse_bytes(
    data: bytes, path: Path, folder: Path | None = None, read_only: bool = False
) -> tuple[Case | None, list[Problem]]:
    try:
        decoded = decode(data)
    except NotTextError as exc:
        return None, [Problem(path, exc.said, exc.line)]
    problems: list[Problem] = []
    if decoded.encoding == CP1252:
        problems.append(
            Problem(
                path,
                message("case.cp1252", encoding=decoded.encoding_name),
                None,
                Severity.WARNING,
            )
        )
    fingerprint = hashlib.sha256(data).hexdigest()
    case, more = parse_decoded(decoded, path, fingerprint, folder, read_only)
    return case, [_with_id(p, case) for p in problems] + more


def parse_text(
    text: str, path: Path, folder: Path | None = None, read_only: bool = False
) -> tuple[Case | None, list[Problem]]:
    """Parse text that is not (yet) a file, e.g. an editor's buffer: UTF-8 is assumed."""
    data = text.encode("utf-8", errors="surrogatepass")
    newline = "\r\n" if "\r\n" in text else "\n"
    plain = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    decoded = Decoded(plain, "utf-8", newline)
    return parse_decoded(decoded, path, hashlib.sha256(data).hexdigest(), folder, read_only)


def parse_decoded(
    decoded: Decoded, path: Path, fingerprint: str, folder: Path | None, read_only: bool
) -> tuple[Case | None, list[Problem]]:
    try:
        front = split_front_matter(decoded.text)
        parsed = load_yaml(front.yaml_text, front.yaml_line, keeps_text)
    except FrontMatterError as exc:
        return None, [Problem(path, exc.said, exc.line)]
    check = Checker(path, parsed.line, front.yaml_line - 1)
    fields = validate_meta(parsed.data, check)
    if isinstance(parsed.data, dict):
        check_body(front.body, front.body_line, check, fields.get("language") or "fi")
        if fields:
            check_not_empty(front.body, front.body_line, str(fields.get("summary") or ""), check)
    if any(p.is_error for p in check.problems) or not fields:
        return None, check.problems
    case = Case(
        path=path,
        meta=parsed.data,
        body=front.body,
        folder=folder,
        body_line=front.body_line,
        fingerprint=fingerprint,
        encoding=decoded.encoding,
        newline=decoded.newline,
        read_only=read_only,
        id_line=parsed.line("id"),
        **fields,
    )
    return case, check.problems


def _with_id(problem: Problem, case: Case | None) -> Problem:
    if case is None or problem.case_id is not None:
        return problem
    return Problem(problem.path, problem.said, problem.line, problem.severity, case.id)


def parse_file(
    path: Path, folder: Path | None = None, read_only: bool = False
) -> tuple[Case | None, list[Problem]]:
    """Read (size-limited, links not followed) and parse one case file."""
    try:
        data = read_limited(path)
    except FileReadError as exc:
        return None, [Problem(path, exc.said, None, exc.severity)]
    return parse_bytes(data, path, folder, read_only)
