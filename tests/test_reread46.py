"""Round 45's re-read mends (reread46): the 統一編號 check's labels are the allowance form's own, ..."""

from __future__ import annotations

import pytest

from kesu_docs.forms import all_specs


def _allowance():
    return next(s for s in all_specs() if s.kind == "allowance")


# ------------------------------------------------------------------ the 統一編號's labels: the form's own
def test_the_ubn_labels_are_the_allowances_own_tax_id_labels_as_taiwan_prints_them():
    # no hand list beside the form: every label the allowance declares for a party's 统一编号 (the label both
    # parties' ids stand under, or its short form 统编) is one as Taiwan prints it; every other id's label
    # the form declares, printed beside 統一編號, makes it a label of two ids (a mainland code, a VAT number)
    from kesu_docs.parse.ubn import _ubn_label
    from kesu_docs.parse.vocab import taiwanese

    spec = _allowance()
    labels = {
        part
        for path, meta in spec.leaf_fields.items()
        if path.endswith("tax_id")
        for label in meta.labels
        for part in label.split("/")
    }
    ubn = {label for label in labels if "统一编号" in label or label == "统编"}
    assert {"统一编号", "统编", "营利事业统一编号", "买受人统一编号"} <= ubn
    for label in ubn:
        assert _ubn_label(spec, taiwanese(label)), label
        assert not _ubn_label(spec, label) or label != taiwanese(label), label  # 统一编号: our own print
    for label in labels - ubn:
        assert not _ubn_label(spec, f"統一編號/{taiwanese(label)}"), label
        assert not _ubn_label(spec, f"統一編號 ({label})"), label
    assert not _ubn_label(spec, "统一编号")  # our own blank's simplified print: any company's id under it
    assert not _ubn_label(spec, "訂單編號")  # no id of a party's


@pytest.mark.parametrize(("label", "said"), [("統一編號 (GSTIN)", False), ("統一編號", True)])
def test_an_id_named_by_the_forms_label_beside_ubn_is_not_checked_as_one(tmp_path, label, said) -> None:
    # seven digits under a label naming beside 統一編號 another id the form knows (GSTIN, an alias of the
    # buyer's tax id): that id's, no 統一編號 checked; under 統一編號 alone, a 統一編號 a digit short: said
    from test_reader_fix45 import _codes, _short_id_certificate

    doc = _short_id_certificate(tmp_path, "73910462", buyer_label=label, buyer_id="7391046")
    assert doc["record"]["buyer_tax_id"] == "7391046"
    assert ("tax_id_not_ubn" in _codes(doc, "buyer_tax_id")) is said


# ------------------------------------------------------------------ a signer dropped on purpose: decided
@pytest.mark.parametrize(
    "sign_off", [["經辦", "蔡佩珊", "總經理", "賴俊傑"], ["核准", "郭文雄", None, "經辦", "蔡佩珊"]]
)
def test_a_handlers_label_beside_another_signer_is_decided_no_fields_not_unread(tmp_path, sign_off) -> None:
    # 經辦 beside another signer is the clerk's who prepared the note (compound.lone_signers): the form's own
    # label, no field's on purpose — never said unread nor read by a head word as a signer (the manager's)
    from helpers import read_doc
    from test_reader28 import _credit_note_zht

    doc = read_doc(_credit_note_zht(tmp_path, sign_off), kind="allowance")
    said = [
        w
        for w in doc["warnings"]
        if "經辦" in str(w.get("params", {}).get("text", "")) or "經辦" in w["message"]
    ]
    assert said == []
    assert doc["record"].get("approved_by_manager") is None
    assert not any(w["code"] == "label_by_head_word" for w in doc["warnings"])


# ------------------------------------------------------------------ a label in two languages: one rule
def test_one_rule_reads_a_label_in_two_languages_by_the_half_we_know_in_either_print() -> None:
    # vocab.Vocabulary._read_by_known_half: japanese44's one cell in two scripts and halves45's parted halves
    # are one reading — one half names a field, the other is a translation in a language we lack
    from kesu_docs.forms import get
    from kesu_docs.parse.vocab import KNOWN_HALF, KNOWN_HALF_AT_MOST, vocabulary

    complaint = vocabulary(get("complaint"))
    assert complaint.match("품번 Part No.")[:2] == ("part_no", 0.95)  # one cell: as the pair would read it
    alone = complaint.match("품번")
    parted = complaint.match("품번 / Numer części")  # parted, its other half Polish: a step below, never sure
    assert parted is not None and alone is not None and parted[0] == alone[0] == "part_no"
    assert abs(parted[1] - min(KNOWN_HALF * alone[1], KNOWN_HALF_AT_MOST)) < 1e-9
    assert complaint.match("得意先 Toyota") is None  # one cell: a label and its value, no translation
    assert complaint.match("Implementation / Verification") is None  # parted: two labels of ours
