"""Hostile bundles are rejected whole, before anything is written."""

from __future__ import annotations

import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.bundles import BundleRejected, Limits, preview_into_kb

GOOD = "cases/hyva.md"


def _good_text(make_text: Callable[..., str]) -> bytes:
    return make_text("hyva", "Hyvä käytäntö").encode()


def _assert_rejected(
    kb: KnowledgeBase, bundle: Path, reason: str, snapshot: Callable[[Path], dict[str, bytes]]
) -> BundleRejected:
    before = snapshot(kb.paths.data_dir)
    with pytest.raises(BundleRejected) as info:
        preview_into_kb(kb, bundle)
    assert info.value.reason == reason, str(info.value)
    assert str(bundle) in str(info.value)
    assert snapshot(kb.paths.data_dir) == before  # nothing written, not even a log
    return info.value


def _bundle(zips: Any, path: Path, extra: list[tuple[Any, bytes]], good: bytes) -> Path:
    members = {GOOD: good}
    return zips.build(path, [("manifest.json", zips.manifest(members)), (GOOD, good), *extra])


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("/etc/cases.md", "absolute-path"),
        ("C:/Windows/x.md", "absolute-path"),
        ("cases/../../evil.md", "dotdot"),
        ("../evil.md", "dotdot"),
        ("cases\\..\\evil.md", "bad-name"),
        ("cases/sub/deep.md", "unexpected-member"),
        ("run.sh", "unexpected-member"),
    ],
)
def test_unsafe_names(receiver: KnowledgeBase, tmp_path: Path, zips: Any, snapshot: Any,
                      make_text: Any, name: str, reason: str) -> None:  # fmt: skip
    bundle = _bundle(zips, tmp_path / "b.hkzip", [(name, b"x")], _good_text(make_text))
    rejected = _assert_rejected(receiver, bundle, reason, snapshot)
    assert rejected.member == name


def test_symlink_entry(receiver: KnowledgeBase, tmp_path: Path, zips: Any, snapshot: Any,
                       make_text: Any) -> None:  # fmt: skip
    link = zipfile.ZipInfo("cases/linkki.md")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bundle = _bundle(zips, tmp_path / "b.hkzip", [(link, b"/etc/passwd")], _good_text(make_text))
    _assert_rejected(receiver, bundle, "symlink", snapshot)


@pytest.mark.parametrize("second", [GOOD, "CASES/HYVA.md"])
def test_duplicate_entry(receiver: KnowledgeBase, tmp_path: Path, zips: Any, snapshot: Any,
                         make_text: Any, second: str) -> None:  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        bundle = _bundle(zips, tmp_path / "b.hkzip", [(second, b"toinen")], _good_text(make_text))
    _assert_rejected(receiver, bundle, "duplicate", snapshot)


def test_member_over_5_mb(receiver: KnowledgeBase, tmp_path: Path, zips: Any, snapshot: Any,
                          make_text: Any) -> None:  # fmt: skip
    big = b"a" * (5 * 1024 * 1024 + 1)  # compresses to a few KB on disk
    bundle = _bundle(zips, tmp_path / "b.hkzip", [("cases/iso.md", big)], _good_text(make_text))
    assert bundle.stat().st_size < 100_000
    _assert_rejected(receiver, bundle, "member-too-large", snapshot)


def test_more_than_10000_members(receiver: KnowledgeBase, tmp_path: Path, zips: Any,
                                 snapshot: Any, make_text: Any) -> None:  # fmt: skip
    extra = [(f"cases/c{i}.md", b"") for i in range(10_000)]
    bundle = _bundle(zips, tmp_path / "b.hkzip", extra, _good_text(make_text))
    _assert_rejected(receiver, bundle, "too-many-members", snapshot)


def test_total_over_200_mb_declared(receiver: KnowledgeBase, tmp_path: Path, zips: Any,
                                    snapshot: Any, make_text: Any) -> None:  # fmt: skip
    extra = [(f"cases/c{i}.md", b"pieni") for i in range(41)]
    bundle = _bundle(zips, tmp_path / "b.hkzip", extra, _good_text(make_text))
    # Each member claims exactly 5 MiB (the member limit, allowed); together 205 MiB.
    five = 5 * 1024 * 1024
    zips.patch(bundle, lambda name, size: five if name.startswith("cases/c") else size)
    _assert_rejected(receiver, bundle, "total-too-large", snapshot)


def test_total_over_limit_actual_bytes(receiver: KnowledgeBase, tmp_path: Path, zips: Any,
                                       snapshot: Any, make_text: Any) -> None:  # fmt: skip
    """Honest sizes, total over the limit: scaled down (1 MB limit) so no 200 MB is made."""
    extra = [(f"cases/c{i}.md", bytes(range(256)) * 1024) for i in range(5)]  # 5 x 256 KB
    bundle = _bundle(zips, tmp_path / "b.hkzip", extra, _good_text(make_text))
    before = snapshot(receiver.paths.data_dir)
    with pytest.raises(BundleRejected) as info:
        preview_into_kb(receiver, bundle, limits=Limits(max_total_size=1024 * 1024))
    assert info.value.reason == "total-too-large"
    assert snapshot(receiver.paths.data_dir) == before


def test_compression_ratio_over_100(receiver: KnowledgeBase, tmp_path: Path, zips: Any,
                                    snapshot: Any, make_text: Any) -> None:  # fmt: skip
    bomb = b"\0" * (1024 * 1024)  # 1 MB of zeros: ratio ~1000
    bundle = _bundle(zips, tmp_path / "b.hkzip", [("cases/pommi.md", bomb)],
                     _good_text(make_text))  # fmt: skip
    info = zipfile.ZipFile(bundle).getinfo("cases/pommi.md")
    assert info.file_size / info.compress_size > 100
    _assert_rejected(receiver, bundle, "ratio", snapshot)


def test_lying_central_directory_is_caught_on_the_bytes(
    receiver: KnowledgeBase, tmp_path: Path, zips: Any, snapshot: Any, make_text: Any
) -> None:
    """The directory declares 1 KB; the data inflates to 6 MB. Decided by bytes read."""
    bomb = b"\0" * (6 * 1024 * 1024)
    bundle = _bundle(zips, tmp_path / "b.hkzip", [("cases/valhe.md", bomb)],
                     _good_text(make_text))  # fmt: skip
    zips.patch(bundle, lambda name, size: 1024 if name == "cases/valhe.md" else size)
    assert zipfile.ZipFile(bundle).getinfo("cases/valhe.md").file_size == 1024
    rejected = _assert_rejected(receiver, bundle, "damaged", snapshot)
    assert rejected.member == "cases/valhe.md"


def test_declared_larger_than_actual(receiver: KnowledgeBase, tmp_path: Path, zips: Any,
                                     snapshot: Any, make_text: Any) -> None:  # fmt: skip
    bundle = _bundle(zips, tmp_path / "b.hkzip", [], _good_text(make_text))
    zips.patch(bundle, lambda name, size: size + 10 if name == GOOD else size)
    _assert_rejected(receiver, bundle, "size-mismatch", snapshot)


def test_not_a_zip_and_no_manifest(receiver: KnowledgeBase, tmp_path: Path, zips: Any,
                                   snapshot: Any, make_text: Any) -> None:  # fmt: skip
    junk = tmp_path / "junk.hkzip"
    junk.write_bytes(b"not a zip at all")
    _assert_rejected(receiver, junk, "not-a-zip", snapshot)
    bare = zips.build(tmp_path / "bare.hkzip", [(GOOD, _good_text(make_text))])
    _assert_rejected(receiver, bare, "no-manifest", snapshot)


def test_checksum_mismatch_and_unlisted_member(receiver: KnowledgeBase, tmp_path: Path,
                                               zips: Any, snapshot: Any,
                                               make_text: Any) -> None:  # fmt: skip
    good = _good_text(make_text)
    manifest = zips.manifest({GOOD: good})
    tampered = zips.build(
        tmp_path / "t.hkzip", [("manifest.json", manifest), (GOOD, good.replace(b"Hyv", b"Huo"))]
    )
    _assert_rejected(receiver, tampered, "checksum", snapshot)
    unlisted = zips.build(tmp_path / "u.hkzip", [("manifest.json", manifest), (GOOD, good),
                                                  ("cases/salainen.md", good)])  # fmt: skip
    _assert_rejected(receiver, unlisted, "unlisted", snapshot)


def test_newer_format_refused_with_clear_message(receiver: KnowledgeBase, tmp_path: Path,
                                                 zips: Any, snapshot: Any,
                                                 make_text: Any) -> None:  # fmt: skip
    good = _good_text(make_text)
    manifest = zips.manifest({GOOD: good}).replace(b'"format_version": 1', b'"format_version": 9')
    bundle = zips.build(tmp_path / "n.hkzip", [("manifest.json", manifest), (GOOD, good)])
    rejected = _assert_rejected(receiver, bundle, "manifest", snapshot)
    assert "newer version" in str(rejected)
