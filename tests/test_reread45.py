"""Round 44's re-read mends (reread45): one helper for a text shown on one line, ..."""

from __future__ import annotations

import pytest

from kesu_docs.cli.layout import one_line as screen_line
from kesu_docs.values import one_line


def test_one_line_escapes_every_line_breaker_and_mark_the_same_for_a_message_and_a_screen():
    # a clerk's name pasted with a line separator, a direction mark and a terminal's escape: a
    # message (problems, values) and a terminal's line (cli.layout) show it alike, on one line
    name = "王\u2028伪造\u200e\u061c\u2029\x1b[2J\x85\u202e\tx\r\n"
    shown = one_line(name)
    assert shown == "王\\u2028伪造\\u200e\\u061c\\u2029\\u001b[2J\\u0085\\u202e\\tx\\r\\n"
    assert screen_line(name) == shown
    assert one_line("华东精密 DX-LED-0330") == "华东精密 DX-LED-0330"  # nothing else touched


# ------------------------------------------------------------------ the allowance's currency in the JSON
def test_the_json_record_of_an_allowance_says_its_currency_and_reads_it_back(tmp_path):
    # a clerk's IT person importing `kesu parse`'s JSON tells NT$ from ¥: the record says the currency
    # the reader found (CNY where none other); the line read back as a JSON source keeps it
    import json

    from helpers import parse_cli
    from test_dates23 import _allowance

    _code, [twd] = parse_cli(_allowance(tmp_path / "nt.xlsx", '"NT$"#,##0'), "--kind", "allowance")
    _code, [czk] = parse_cli(_allowance(tmp_path / "kc.xlsx", '#,##0.00 "Kč"'), "--kind", "allowance")
    _code, [cny] = parse_cli(_allowance(tmp_path / "rmb.xlsx", "#,##0"), "--kind", "allowance")
    assert twd["record"]["currency"] == "TWD" and twd["record"]["total_in_words"] == "新臺幣貳仟壹佰元整"
    assert cny["record"]["currency"] == "CNY" and cny["record"]["total_in_words"] == "人民币贰仟壹佰元整"
    assert czk["record"]["currency"] == "CZK" and czk["record"]["total_in_words"] is None
    assert twd["record"]["total"] == cny["record"]["total"]  # (the other keys as they were)
    back = tmp_path / "kc.json"
    back.write_text(json.dumps(czk, ensure_ascii=False), encoding="utf-8")
    _code, [again] = parse_cli(back)
    assert again["record"]["currency"] == "CZK", again
    assert not [p for p in again["errors"] if p["field"] == "currency"], again["errors"]
    assert [p["code"] for p in again["warnings"] if p["field"] == "total_in_words"] == [
        "amount_words_not_derived"
    ]


# ------------------------------------------------------------------ the form's currency evidence, typed
def test_the_forms_currency_evidence_is_typed_not_marked_strings():
    # the krone the texts name, Taiwan's statutory form and the texts kept are the evidence's own
    # fields (no "kr:" / "texts:" string among the currencies' codes); the answer is the one it was
    from kesu_docs.parse import currency
    from kesu_docs.parse.boxes import Box

    boxes = [
        Box(t, t, 0, i, 10, i + 1, f"Sheet1!A{i + 1}")
        for i, t in enumerate(["Org.nr 974 760 673 MVA", "Oslo"])
    ]
    now, later = currency.currency_rows(boxes), currency.currency_rows(boxes, later=True)
    assert now == currency.CurrencyEvidence(krone=frozenset({"NOK"}))
    assert later.texts == ("Org.nr 974 760 673 MVA\nOslo",) and not later.named
    kr = {"DKK+ISK+NOK+SEK"}
    assert (
        currency.form_currency({}, {}, [], now.showing(kr))
        == currency.form_currency({}, {}, [], later.showing(kr))
        == "NOK"
    )
    statutory = currency.currency_rows(
        [Box(t, t, 0, 0, 10, 1, "Sheet1!A1") for t in ["營業人銷貨退回進貨退出或折讓證明單 統一編號"]]
    )
    assert statutory.statutory and currency.form_currency({}, {}, [], statutory) == "TWD"
    assert (
        currency.statutory_rate("TWD", statutory | now) == "0.05"
        and currency.statutory_rate("TWD", now) == ""
    )


# ------------------------------------------------------------------ FCFA: two CFA francs
def _credit_note(path, sign: str):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Credit Note"])
    ws.append(["Credit note No.", "CN-2301", "Date", "2026-03-05"])
    ws.append(["Buyer", "Société Industrielle SA", "Tax ID", "CI-1234567"])
    ws.append(["Invoice No.", "FA-2026-01", "Invoice date", "2026-03-01"])
    ws.append(["Description", "Qty", "Unit price", "Amount", "Tax"])
    ws.append(["Terminal", 100, f"20 {sign}", f"2 000 {sign}", f"360 {sign}"])
    ws.append(["Total", None, None, f"2 000 {sign}", f"360 {sign}"])
    ws.append(["Grand total", f"2 360 {sign}"])
    wb.save(path)
    return path


@pytest.mark.parametrize(("sign", "currency"), [("FCFA", "XAF+XOF"), ("XAF", "XAF"), ("XOF", "XOF")])
def test_fcfa_names_both_cfa_francs_said_not_picked(tmp_path, sign, currency):
    # FCFA is the West African franc's sign in Bambara and the Central African one's in English: an
    # amount in FCFA with nothing naming the zone is one of the two, said (never XOF decided)
    from kesu_docs.parse import parse_paths
    from kesu_docs.parse.currency import local_sign_codes

    assert local_sign_codes()["fcfa"] == {"XAF", "XOF"}
    [result] = parse_paths([_credit_note(tmp_path / "cn.xlsx", sign)], kind="allowance")
    assert result.record is not None and result.record.currency == currency
    assert str(result.record.total) == "2360.00"
    [said] = [p for p in result.warnings if p.code == "amount_words_not_derived"]
    assert said.params["currency"] == currency


# ------------------------------------------------------------------ 12.5 吨: in 吨, not "not whole"
def _defects(tmp_path, typed: str):
    """A complaint sheet whose 不良数量 is ``typed``, as ``kesu parse`` reads it (English and Chinese)."""
    from helpers import read_doc
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["客户投诉处理单"], ["客户名称", "华东精密"], ["料号", "HL-2230"], ["不良数量", typed]):
        ws.append(row)
    wb.save(tmp_path / "c.xlsx")
    return read_doc(tmp_path / "c.xlsx", kind="complaint"), read_doc(
        tmp_path / "c.xlsx", kind="complaint", lang="zh"
    )


@pytest.mark.parametrize(("typed", "word"), [("12.5 吨", "吨"), ("1.5 kg", "kg"), ("3.5 m", "m")])
def test_a_count_in_a_measure_says_the_measure_not_not_whole(tmp_path, typed, word):
    doc, zh = _defects(tmp_path, typed)
    [said] = [p for p in doc["errors"] + doc["warnings"] if p["field"] == "defect_qty"]
    assert said["code"] == "invalid_qty_measure", said
    assert f"is in {word}" in said["message"] and "not a count of pieces" in said["message"]
    assert "whole" not in said["message"] and doc["record"]["defect_qty"] is None
    assert (
        f"按“{word}”计的重量或长度" in [p["message"] for p in zh["errors"] if p["field"] == "defect_qty"][0]
    )


def test_a_whole_count_in_a_measure_is_read_and_said_and_a_bare_fraction_is_not_whole(tmp_path):
    for typed, code, read in (("12 吨", "qty_in_measure", 12), ("12.5", "invalid_qty", None)):
        doc, _zh = _defects(tmp_path, typed)
        assert [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == "defect_qty"] == [code]
        assert doc["record"]["defect_qty"] == read
