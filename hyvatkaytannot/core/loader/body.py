"""The case body: its level-2 headings are the six sections, in order.

Only warnings: a case with other headings still reads well, and the coordinator sees what to
fix. Headings inside fenced code blocks do not count; `###` subsections are free.
One error: a case with no words at all (empty summary, every section empty) is refused, so
neither `check` nor the editor lets an empty template pass as a case.
"""

from __future__ import annotations

import re

from hyvatkaytannot.core.case import SECTIONS
from hyvatkaytannot.core.case_languages import canonical_section, headings_for
from hyvatkaytannot.core.loader.validate import Checker
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.problems import Problem, Severity

_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def has_text(body: str) -> bool:
    """Whether the body says anything besides headings (and HTML comments)."""
    for line in _COMMENT.sub("", body).split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return True
        if stripped.startswith("#") and not re.match(r"^#{1,6}(\s|$)", stripped):
            return True  # "#hashtag" is text, not a heading
    return False


def check_not_empty(body: str, body_line: int, summary: str, check: Checker) -> None:
    if summary.strip() or has_text(body):
        return
    check.problems.append(
        Problem(
            check.path,
            message("case.empty"),
            body_line,
            Severity.ERROR,
            check.case_id,
        )
    )


def check_body(body: str, body_line: int, check: Checker, language: str = "fi") -> None:
    """Level-2 headings: the six sections, in order (warnings only). Headings of either
    case language are accepted; messages name them in the case's language."""
    names = dict(zip(SECTIONS, headings_for(language), strict=True))
    seen: dict[str, int] = {}
    last_index = -1
    fenced = False
    for n, line in enumerate(body.split("\n")):
        if not line.startswith(("#", " ", "`", "~")):
            continue  # most lines: no regex needed
        if _FENCE.match(line):
            fenced = not fenced
            continue
        m = None if fenced or line.startswith("###") else _HEADING.match(line)
        if m is None:
            continue
        title, lineno = m.group(1).strip(), body_line + n
        known = canonical_section(title)
        if known is None:
            check.problems.append(
                Problem(
                    check.path,
                    message(
                        "case.unknown_heading", title=title, headings=", ".join(names.values())
                    ),
                    lineno,
                    Severity.WARNING,
                    check.case_id,
                )
            )
            continue
        index = SECTIONS.index(known)
        shown = names[known]
        if known in seen:
            said = message("case.heading_twice", title=shown, first=seen[known])
        elif index < last_index:
            said = message("case.heading_order", title=shown, order=" → ".join(names.values()))
        else:
            said = None
        if said is not None:
            check.problems.append(
                Problem(check.path, said, lineno, Severity.WARNING, check.case_id)
            )
        seen.setdefault(known, lineno)
        last_index = max(last_index, index)
    missing = [s for s in SECTIONS if s not in seen]
    if missing:
        check.problems.append(
            Problem(
                check.path,
                message(
                    "case.headings_missing", headings=", ".join(f"## {names[s]}" for s in missing)
                ),
                body_line,
                Severity.WARNING,
                check.case_id,
            )
        )
