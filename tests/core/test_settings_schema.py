"""Issue 12: settings.json is read as strict JSON against a schema; a wrong value falls
back to its default with a problem naming the field, never a crash later."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.settings import Settings


def test_wrong_types_fall_back_and_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"backups_keep": "abc", "font_size": 12, "library_folders": "x"}', "utf-8")
    s = Settings(path)
    assert s.get("backups_keep") == 10 and s.get("font_size") == 12
    assert s.get("library_folders") == []
    assert len(s.problems) == 2
    assert any("backups_keep" in p for p in s.problems)


def test_nan_is_refused_and_the_file_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"font_size": NaN}', "utf-8")
    s = Settings(path)
    assert s.get("font_size") == 0
    assert list(tmp_path.glob("settings.json.damaged-*"))
