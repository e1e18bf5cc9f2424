"""What the renderer makes once and reuses from one document to the next (issue 15): a short
printed text's escaped Value, a zip member's packed headers. Reused, never wrong: each test
fails if what is reused prints or packs otherwise than what is made anew."""

from __future__ import annotations

import io
import zipfile

from markupsafe import Markup

from kesu_docs.render import display
from kesu_docs.render.package import Member, write_zip


def test_a_recurring_short_text_is_escaped_once_and_prints_as_made_anew():
    display._KEPT.clear()
    first = display.value_of("A&B <Ltd>")
    again = display.value_of("A&B <Ltd>")
    assert again is first  # escaped once a process, not once a document
    assert str(again) == "A&B <Ltd>"
    assert again._xml == "A&amp;B &lt;Ltd&gt;"
    assert display.value_of("行一\n行二")._xml == '行一</w:t><w:br/><w:t xml:space="preserve">行二'


def test_only_plain_text_is_kept_and_a_str_of_another_kind_prints_as_before():
    """``Markup("<b>") == "<b>"``: a str of another kind is never looked up among the plain
    texts kept, nor kept itself; it prints as it did before anything was kept."""
    display._KEPT.clear()
    plain = display.value_of("<b>")
    marked = display.value_of(Markup("<b>"))
    assert marked is not plain and marked is not display.value_of(Markup("<b>"))
    assert plain._xml == marked._xml == display.markup(Markup("<b>")) == "&lt;b&gt;"
    assert list(display._KEPT) == ["<b>"]


def test_the_kept_texts_stay_few_and_short_however_long_the_batch():
    display._KEPT.clear()
    long_text = "长" * (display.KEPT_LENGTH + 1)
    assert display.value_of(long_text) is not display.value_of(long_text)
    for i in range(display.KEPT_VALUES + 50):
        value = display.value_of(f"客户 {i}")
        assert value._xml == f"客户 {i}"
        assert len(display._KEPT) <= display.KEPT_VALUES
    assert long_text not in display._KEPT


def test_a_member_placed_at_other_offsets_is_read_back_whole_from_each_zip():
    """A member's headers are packed once (the same bytes object each time) and only its
    offset is written per zip: every zip reads back with the right names, sizes and
    contents, wherever the member lies."""
    shared = Member.deflated("word/styles.xml", b"<w:styles>" + "样式".encode() * 500 + b"</w:styles>")
    assert shared.headers is shared.headers
    for before in ([], [Member.deflated("a.xml", b"<a/>")], [Member.deflated("中文/名.xml", b"x" * 999)]):
        data = write_zip([*before, shared, Member.deflated("z.xml", b"<z/>")])
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.testzip() is None
            names = [m.name for m in before] + ["word/styles.xml", "z.xml"]
            assert archive.namelist() == names
            assert archive.read("word/styles.xml") == shared.content()
            info = archive.getinfo("word/styles.xml")
            assert (info.date_time, info.CRC, info.file_size) == (
                (1980, 1, 1, 0, 0, 0),
                shared.crc,
                shared.size,
            )
            if "中文/名.xml" in names:
                assert archive.getinfo("中文/名.xml").flag_bits & 0x800  # a UTF-8 name says so
