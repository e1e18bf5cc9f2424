"""fixa27: a document number pasted in look-alike digits (full-width, Arabic-Indic, Devanagari)
finds its document in every command taking a number and in the web page's search and case page,
as the forms' numbers are folded by ``check_number`` (attack27): ``٢٠٢٦٠٩٠٠١`` is 202609001."""

from __future__ import annotations

from helpers import complaint, kesu

from kesu_docs.register import Register

_FOLD = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _issued(tmp_path):
    db = tmp_path / "k.db"
    with Register.open(db) as reg:
        number = reg.issue(complaint()).number
    return db, number


def test_every_cli_number_argument_takes_look_alike_digits(tmp_path):
    db, number = _issued(tmp_path)
    pasted = number.translate(_FOLD)
    shown = kesu("register", "show", pasted, "--db", db, "--lang", "en")
    assert shown.exit_code == 0 and number in shown.output, shown.output
    changed = kesu("register", "diff", number.translate(_FULL), "--db", db, "--lang", "en")
    assert "unknown" not in changed.output.lower() and "no document" not in changed.output.lower(), (
        changed.output
    )
    void = kesu("register", "void", f" {pasted} ", "--reason", "typed twice", "--db", db, "--lang", "en")
    assert void.exit_code == 0, void.output
    with Register.open(db) as reg:
        assert reg.get(number).status == "void"


def test_the_web_pages_search_and_case_page_take_look_alike_digits(tmp_path):
    from kesu_docs.web.app import WebConfig, create_app

    db, number = _issued(tmp_path)
    with Register.open(db) as reg:
        app = create_app(WebConfig(db=str(db), work=tmp_path / "work"), register=reg)
        client = app.test_client()
        found = client.get("/register", query_string={"q": number.translate(_FOLD)})
        assert found.status_code == 200 and f"/case/complaint/{number}" in found.get_data(as_text=True)
        case = client.get(f"/case/complaint/{number.translate(_FULL)}")
        assert case.status_code == 200 and number in case.get_data(as_text=True)
