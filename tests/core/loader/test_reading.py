"""The issue's acceptance list: every awkward file is read or refused clearly, via real files."""

from __future__ import annotations

import codecs
import hashlib
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.problems import Severity


def only_case(h: Any, folder: Path) -> tuple[Any, Any]:
    result = h.load(folder)
    assert len(result.cases) == 1, result.problems
    return next(iter(result.cases.values())), result


def test_valid_case_fills_typed_fields(h: Any, lib: Path) -> None:
    path = h.write(lib / "a.md", h.case_text())
    case, result = only_case(h, lib)
    assert result.problems == []
    assert case.id == "posio-yhteistyo" and case.title == "Posion yhteistyö"
    assert case.path == path and case.folder == lib and case.read_only is False
    assert case.municipalities == ["Posio"] and case.regions == ["Lappi"]
    assert case.period_start == "2018" and case.period_end == "2019-06-30"
    assert case.body_line == 10 and case.body.startswith("\n## Lähtökohdat")
    assert case.encoding == "utf-8" and case.newline == "\n"
    assert case.id_line == 2
    assert list(case.sections) == ["Lähtökohdat", "Tavoitteet", "Toteutus", "Tulokset",
                                   "Opit ja siirrettävyys", "Lisätietoja"]  # fmt: skip
    assert case.fingerprint == hashlib.sha256(path.read_bytes()).hexdigest()


def test_utf8_bom_front_matter_is_read(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", codecs.BOM_UTF8 + h.case_text().encode("utf-8"))
    case, result = only_case(h, lib)
    assert case.encoding == "utf-8-sig" and case.title == "Posion yhteistyö"
    assert result.problems == []


def test_crlf_line_ends(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text().replace("\n", "\r\n").encode("utf-8"))
    case, result = only_case(h, lib)
    assert case.newline == "\r\n" and "\r" not in case.body
    assert case.body_line == 10 and result.problems == []


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(h: Any, lib: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    h.write(lib / "a.md", bom + h.case_text().encode(codec))
    case, result = only_case(h, lib)
    assert case.encoding == "utf-16" and case.title == "Posion yhteistyö"
    assert result.problems == []


def test_windows_1252_is_read_with_a_warning_naming_the_encoding(h: Any, lib: Path) -> None:
    path = h.write(lib / "a.md", h.case_text().encode("cp1252"))
    case, result = only_case(h, lib)
    assert case.title == "Posion yhteistyö"  # not garbled
    assert case.encoding == "cp1252"  # a writer knows to convert it on purpose
    [warning] = result.problems
    assert warning.severity is Severity.WARNING and warning.path == path
    assert "Windows-1252" in warning.message and warning.case_id == "posio-yhteistyo"


def test_invalid_yaml_reports_the_file_line(h: Any, lib: Path) -> None:
    text = h.case_text(extra='organisations:\n  owner: "Posion kunta\n')
    path = h.write(lib / "a.md", text)
    result = h.load(lib)
    assert result.cases == {}
    [problem] = result.problems
    assert problem.path == path and problem.is_error
    assert problem.line == 10  # the file's line of the unclosed quote, not the block's 9
    assert problem.message.startswith("YAML-virhe: lainausmerkki")


def test_yaml_error_line_counts_the_opening_fence(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", "---\nid: x\ntitle: a: b\n---\n")
    [problem] = h.load(lib).problems
    assert problem.line == 3 and "kaksoispiste" in problem.message


@pytest.mark.parametrize(
    ("front", "kind"),
    [("- a\n- b", "lista"), ("just text", "teksti"), ("", "tyhjä"), ("42", "luku")],
)
def test_front_matter_that_is_not_a_mapping(h: Any, lib: Path, front: str, kind: str) -> None:
    h.write(lib / "a.md", f"---\n{front}\n---\nbody\n")
    result = h.load(lib)
    assert result.cases == {}
    [problem] = result.problems
    assert problem.is_error and "Etutietojen pitää olla kenttiä" in problem.message
    assert kind in problem.message


def test_unterminated_front_matter(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", "---\nid: x\ntitle: y\n\n## Lähtökohdat\n")
    [problem] = h.load(lib).problems
    assert problem.is_error and problem.line == 1 and "loppumerkki puuttuu" in problem.message


def test_no_front_matter(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", "# Just Markdown\n")
    [problem] = h.load(lib).problems
    assert problem.is_error and "ensimmäisen rivin pitää olla" in problem.message


@pytest.mark.parametrize(
    ("extra", "line", "word"),
    [
        ("owner: &o Posio\nsecond: *o\n", 9, "ankkurit"),
        ("x: !!python/object/apply:os.system ['true']\n", 9, "tyyppimerkinnät"),
        ("x: !custom value\n", 9, "tyyppimerkinnät"),
        ("x: !!str 1\n", 9, "tyyppimerkinnät"),
    ],
)
def test_anchors_aliases_and_tags_are_rejected(
    h: Any, lib: Path, extra: str, line: int, word: str
) -> None:
    h.write(lib / "a.md", h.case_text(extra=extra))
    result = h.load(lib)
    assert result.cases == {}
    [problem] = result.problems
    assert problem.line == line and word in problem.message


def test_billion_laughs_fails_fast_in_bounded_memory(h: Any, lib: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    h.write(lib / "bomb.md", "---\nid: bomb\ntitle: x\n" + "\n".join(lines) + "\n---\n")
    tracemalloc.start()
    result = h.load(lib)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.cases == {}
    [problem] = result.problems
    assert problem.line == 4 and "ankkurit" in problem.message
    assert peak < 5 * 1024 * 1024  # 9**12 strings would need terabytes


def test_deep_nesting_is_rejected_not_recursed(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", "---\nid: x\ntitle: y\nz: " + "[" * 5000 + "]" * 5000 + "\n---\n")
    [problem] = h.load(lib).problems
    assert problem.is_error and "liian syvä" in problem.message and problem.line == 4


def test_duplicate_keys_are_rejected_with_both_lines(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text(extra="title: Toinen otsikko\n"))
    [problem] = h.load(lib).problems
    assert problem.is_error and problem.line == 9
    assert "title" in problem.message and "rivillä 3" in problem.message


def test_nested_duplicate_keys_are_rejected(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text(extra="funding:\n  total_cost: 1\n  total_cost: 2\n"))
    [problem] = h.load(lib).problems
    assert problem.line == 11 and "total_cost" in problem.message


def test_yaml_1_1_surprises_keep_the_schema_type(h: Any, lib: Path) -> None:
    extra = (
        "organisations: {owner: NO, partners: [yes, off, 1.10]}\n"
        "contacts: [{name: On, phone: 0401234567, role: 1e3}]\n"
        "sources: [{title: 2018-01-01, published: 2018-01-01}]\n"
        "funding: {total_cost: 12000.50,\n"
        "  funders: [{funder: EU, amount: 7000, decided: 2018-05-01}]}\n"
        "updated: 2026-11-23\n"
        "custom_flag: NO\n"
        "custom_number: 1.10\n"
        "custom_bool: true\n"
    )
    h.write(lib / "a.md", h.case_text(extra=extra))
    case, result = only_case(h, lib)
    assert case.organisations == {"owner": "NO", "partners": ["yes", "off", "1.10"]}
    assert case.contacts == [{"name": "On", "phone": "0401234567", "role": "1e3"}]
    assert case.sources[0]["published"] == "2018-01-01" and case.sources[0]["title"] == "2018-01-01"
    assert case.total_cost == 12000.5 and case.funding[0]["amount"] == 7000
    assert case.funding[0]["decided"] == "2018-05-01" and case.updated == "2026-11-23"
    assert case.period_start == "2018"  # a plain 2018 in a text field stays text
    # Unknown fields: kept in meta (YAML 1.2 core types: NO is text, 1.10 a number).
    assert case.meta["custom_flag"] == "NO" and case.meta["custom_number"] == 1.1
    assert case.meta["custom_bool"] is True
    assert sorted(h.messages(result)) == sorted(
        f"Tuntematon kenttä {k}: se säilytetään, mutta sovellus ei käytä sitä."
        for k in ("custom_flag", "custom_number", "custom_bool")
    )


def test_two_files_with_one_id_both_flagged_first_kept(h: Any, lib: Path) -> None:
    first = h.write(lib / "a.md", h.case_text())
    second = h.write(lib / "sub" / "b.md", h.case_text())
    result = h.load(lib)
    assert result.cases["posio-yhteistyo"].path == first
    [p1] = [p for p in result.problems if p.path == first]
    [p2] = [p for p in result.problems if p.path == second]
    assert p1.severity is Severity.WARNING and str(second) in p1.message and p1.line == 2
    assert p2.is_error and str(first) in p2.message and p2.line == 2


def test_duplicate_id_across_folders_first_folder_wins(h: Any, tmp_path: Path) -> None:
    bundled = h.write(tmp_path / "bundled" / "a.md", h.case_text())
    own = h.write(tmp_path / "own" / "a.md", h.case_text())
    result = Library([(tmp_path / "bundled", True), (tmp_path / "own", False)]).load()
    assert result.cases["posio-yhteistyo"].path == bundled
    assert result.cases["posio-yhteistyo"].read_only is True
    assert any(p.path == own and p.is_error and str(bundled) in p.message for p in result.problems)


def test_empty_file(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", b"")
    h.write(lib / "b.md", b"  \n\n")
    result = h.load(lib)
    assert h.messages(result) == ["Tiedosto on tyhjä."] * 2
    assert all(p.is_error for p in result.problems)


def test_binary_files(h: Any, lib: Path) -> None:
    h.write(lib / "nul.md", b"---\nid: x\x00\x00\x01\n---\n")
    h.write(lib / "png.md", bytes(range(256)) * 20)
    h.write(lib / "undefined-cp1252.md", b"---\ntitle: \x81\x8d\x8f\x90\x9d\n---\n")
    h.write(lib / "bad-bom.md", codecs.BOM_UTF8 + b"---\ntitle: \xff\xfe\xfd\n---\n")
    result = h.load(lib)
    assert result.cases == {} and len(result.problems) == 4
    assert all(p.is_error and "ohitettu" in p.message for p in result.problems)
    assert "NUL" in h.messages(result, lib / "nul.md")[0]


def test_file_over_5_mb_is_skipped_unread(h: Any, lib: Path) -> None:
    big = h.write(lib / "big.md", h.case_text("big") + "x" * (5 * 1024 * 1024))
    h.write(lib / "ok.md", h.case_text())
    result = h.load(lib)
    assert list(result.cases) == ["posio-yhteistyo"]
    [problem] = result.problems
    assert problem.path == big and problem.is_error and "liian suuri (5,0 Mt" in problem.message


def test_unknown_fields_are_kept_and_warned(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text(extra="budget_note: {a: 1}\nperiod_extra: x\n"))
    case, result = only_case(h, lib)
    assert case.meta["budget_note"] == {"a": 1} and case.meta["period_extra"] == "x"
    assert [p.line for p in result.problems] == [9, 10]
    assert all(p.severity is Severity.WARNING for p in result.problems)


def test_a_file_deleted_during_the_scan_is_reported_and_the_scan_goes_on(h: Any, lib: Path) -> None:
    h.write(lib / "a.md", h.case_text("a"))
    doomed = h.write(lib / "b.md", h.case_text("b"))
    h.write(lib / "c.md", h.case_text("c"))

    def progress(done: int, total: int, path: str) -> None:
        if done == 1:  # after a.md is read, b.md disappears before its turn
            doomed.unlink()

    result = Library([(lib, False)]).load(progress=progress)
    assert sorted(result.cases) == ["a", "c"]
    [problem] = result.problems
    assert problem.path == doomed and "poistui" in problem.message
    assert problem.severity is Severity.WARNING


def test_mostly_utf8_with_a_stray_byte_is_refused_not_garbled(h: Any, lib: Path) -> None:
    data = h.case_text().encode("utf-8").replace(b"yhteisty\xc3\xb6t\xc3\xa4", b"yhteisty\xf6t\xe4")
    path = h.write(lib / "a.md", data)
    result = h.load(lib)
    assert result.cases == {}
    [problem] = result.problems
    assert problem.path == path and problem.is_error and problem.line == 4
    assert "rivillä 4" in problem.message and "UTF-8" in problem.message


def test_nested_library_folders_read_each_file_once(h: Any, lib: Path) -> None:
    h.write(lib / "sub" / "a.md", h.case_text())
    result = Library([(lib, False), (lib / "sub", True)]).load()
    assert result.problems == [] and result.files == 1
    assert result.cases["posio-yhteistyo"].folder == lib
