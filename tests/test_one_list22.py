"""One helper, one list (dev22-clean): what was written twice is written once.

- the sheet or page of a location (``boxes.page_of``): the PDF reader's messages, the guards'
  rows of a page and the two-forms warning's places, one reading;
"""

from __future__ import annotations

from kesu_docs.parse import guards, pdf, two_forms
from kesu_docs.parse.boxes import page_of


def test_the_page_of_a_location_is_one_helper():
    """A sheet's cell names its sheet (a sheet name may hold spaces), a print's box its page;
    a location that names no cell stays as it is."""
    assert page_of("Sheet1!D7") == "Sheet1"
    assert page_of("Sheet1 (2)!D7") == "Sheet1 (2)"
    assert page_of("p2#7") == "p2"
    assert page_of("p3") == "p3"
    assert page_of("") == ""
    for module in (pdf, guards, two_forms):
        assert module.page_of is page_of
        assert not {"_page", "_page_of", "_place"} & set(vars(module))
