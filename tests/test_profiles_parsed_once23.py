"""Layout profiles parsed once a text, not once a file read (issue 15, twenty-third round).

Every file of a batch with profiles loads the profiles folder (``read_by_profile``, and
``may_read`` for a print with a noted workbook beside it): each profile's TOML was parsed again
each time, fifteen profiles ≈ 6 ms a file in tomllib's own Python, more than an Excel form's
whole read. The parse is kept by the profile's text; each load still gets objects of its own,
and a profile rewritten (even at the same size and time stamp) is read as it now stands."""

from __future__ import annotations

import os

import pytest
import tomllib
from helpers import calls_of

from kesu_docs.parse.profile import Place, Profile, ProfileError, load_profiles


def _write(folder, name: str, cell: str) -> None:
    profile = Profile(name=name, kind="complaint", fields={"customer_name": Place(cell=cell, at="cell")})
    (folder / f"{name}.toml").write_text(profile.to_toml(), encoding="utf-8")


@pytest.fixture
def parses(monkeypatch):
    """The TOML texts tomllib parses while the test runs."""
    seen: list[str] = []
    real = tomllib.loads

    def counted(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tomllib, "loads", counted)
    return seen


def test_each_profile_is_parsed_once_and_each_load_gets_its_own_objects(tmp_path, parses):
    # (names of this test's own: the texts are new to the process's other tests)
    _write(tmp_path, f"first-{tmp_path.name}", "B3")
    _write(tmp_path, f"second-{tmp_path.name}", "C5")
    one = load_profiles(tmp_path)
    two = load_profiles(tmp_path)
    three = load_profiles(tmp_path)
    assert len(parses) == 2  # two profiles, three loads
    assert one == two == three
    assert [p.fields["customer_name"].cell for p in one] == ["B3", "C5"]
    # what one reading does with its profiles never reaches the next load's
    one[0].fields["customer_name"].cell = "Z99"
    one[0].fields.clear()
    assert load_profiles(tmp_path)[0].fields["customer_name"].cell == "B3"


def test_a_profile_rewritten_at_the_same_size_and_time_is_read_as_it_now_stands(tmp_path, parses):
    name = f"rewritten-{tmp_path.name}"
    _write(tmp_path, name, "B3")
    file = tmp_path / f"{name}.toml"
    assert load_profiles(tmp_path)[0].fields["customer_name"].cell == "B3"
    stamp = file.stat()
    _write(tmp_path, name, "B4")  # the same length, the time stamp put back
    os.utime(file, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert file.stat().st_size == stamp.st_size
    assert load_profiles(tmp_path)[0].fields["customer_name"].cell == "B4"
    assert len(parses) == 2


def test_a_broken_profile_is_refused_at_every_load(tmp_path):
    (tmp_path / "broken.toml").write_text('kind = "complaint"\n[fields\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ProfileError):
            load_profiles(tmp_path)


def test_a_label_key_is_folded_once_a_text_and_folds_as_before(monkeypatch):
    """Fitting a profile looks for each of its labels among every box of the file: with fifteen
    profiles 229,320 keys were made for eleven files, most of them of texts already keyed. A
    short text's key is made once a run, the same fold as before; a long one each time."""
    import re
    import unicodedata

    from kesu_docs.parse import profile

    texts = ["客户 名称：", "Part No.*", "Ａｂｃ ： Ｄ", "Defect\nQty:", "x" * 300]
    for text in texts:
        assert profile.key(text) == re.sub(r"[\s:：*＊]+", "", unicodedata.normalize("NFKC", text)).lower()
    assert profile.key(None) == "" and profile.key(12) == "12"
    folded = calls_of(monkeypatch, unicodedata, "normalize")
    for _ in range(3):
        for text in texts:
            profile.key(text)
    # the short ones kept from the first round above
    assert [text for _form, text in folded] == ["x" * 300] * 3
