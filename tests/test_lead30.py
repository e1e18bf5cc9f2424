"""The lead's mends of round 30's review (reader): what a held-out set's rule must not cost the
forms nobody here has seen."""

from __future__ import annotations

import pytest

from kesu_docs.values import parse_date


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("3Sept 2026", "2026-09-03"),  # (rh30's Gaelic ordinal ending took the month's first letter)
        ("5Sept. 2026", "2026-09-05"),
        ("15Dezember 2026", "2026-12-15"),
        ("1Diciembre 2026", "2026-12-01"),
        ("5mh dhen Mhàrt 2026", "2026-03-05"),  # (Gaelic's own still read)
        ("3s dhen Mhàrt 2026", "2026-03-03"),
    ],
)
def test_a_day_glued_to_its_month_is_no_gaelic_ordinal(text: str, read: str) -> None:
    assert str(parse_date(text)) == read


def test_a_signed_value_pointed_back_at_its_older_copy_after_signing_is_said_changed(tmp_path) -> None:
    """The review of attack30: an update after the signature holding only a cross-reference that
    points a signed object back at its copy from before the signed revision (the customer's name
    as it was before the signer's last change) writes no object of its own; attack30's LTV rule
    took it for validation data and said nothing (before attack30: every byte after it warned)."""
    import io
    import re

    from pypdf import PdfReader
    from test_attack29 import _filled_blank, _signed
    from test_attack30 import _update

    from kesu_docs import read

    def customer(name: str):
        def change(writer) -> None:
            for page in writer.pages:
                writer.update_page_form_field_values(page, {"customer": name}, auto_regenerate=False)

        return change

    older = _update(_filled_blank(tmp_path), customer("别的公司有限公司"))
    reader = PdfReader(io.BytesIO(older))
    field = next(f for f in reader.get_fields().values() if f.get("/T") == "customer")
    number = field.indirect_reference.idnum
    old_at = reader.xref[0][number]  # the older copy's offset
    signed = _signed(_update(older, customer("华东精密机械有限公司")))
    assert PdfReader(io.BytesIO(signed)).get_fields()["customer"]["/V"] == "华东精密机械有限公司"
    prev = int(re.findall(rb"startxref\s+(\d+)", signed)[-1])
    size = PdfReader(io.BytesIO(signed)).trailer["/Size"]
    root = PdfReader(io.BytesIO(signed)).trailer.raw_get("/Root").idnum
    xref_at = len(signed)
    pointed_back = (
        signed
        + (
            f"xref\n{number} 1\n{old_at:010d} 00000 n \ntrailer\n<</Size {size}/Root {root} 0 R/Prev {prev}>>\n"
            f"startxref\n{xref_at}\n%%EOF\n"
        ).encode()
    )
    assert PdfReader(io.BytesIO(pointed_back)).get_fields()["customer"]["/V"] == "别的公司有限公司"
    (tmp_path / "signed.pdf").write_bytes(signed)
    (tmp_path / "pointed-back.pdf").write_bytes(pointed_back)
    first, second = read([tmp_path / "signed.pdf", tmp_path / "pointed-back.pdf"])
    assert "pdf_changed_after_signing" not in {p.code for p in first.warnings}
    assert "pdf_changed_after_signing" in {p.code for p in second.warnings}
