"""Sales allowance certificate (QR-047-05): tax per line, totals to the cent, the amount in words,
the invoice date. The rules against the complaint in the register are in test_references.py."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import codes, find, named_cell

from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.parse import ParseResult, parse_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
VALID = json.loads((SAMPLES / "allowance-valid.json").read_text(encoding="utf-8"))
TOTALS = ("total_excl_tax", "total_tax", "total", "total_in_words")


def parse(tmp_path: Path, record: dict, settings: Settings | None = None) -> ParseResult:
    path = tmp_path / "allowance.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [result] = parse_paths([path], settings=settings)
    return result


def certificate(**changes) -> dict:
    record = copy.deepcopy(VALID)
    record.update(changes)
    return record


def bare(**changes) -> dict:
    """The valid certificate with every derived figure left blank."""
    record = {k: v for k, v in copy.deepcopy(VALID).items() if k not in TOTALS + ("tax_rate",)}
    for line in record["items"]:
        del line["tax"]
    record.update(changes)
    return record


def test_spec_is_qr_047_05_with_two_copies():
    spec = forms.get("allowance")
    assert spec.form_code == "QR-047-05-A1"
    assert [c.label for c in spec.copies] == ["第一联 业务部存", "第二联 会计(作帐)"]


def test_valid_sample_passes(tmp_path):
    result = parse(tmp_path, VALID)
    assert result.valid, [p.to_dict() for p in result.errors]
    assert codes(result.warnings) == {"reference_unchecked"}


def test_broken_sample_fails_on_tax_totals_words_and_dates():
    [result] = parse_paths([SAMPLES / "allowance-broken.json"])
    assert codes(result.errors) == {
        "line_tax_mismatch",
        "total_mismatch",
        "total_in_words_invalid",
        "invoice_after_issue",
    }


def test_blank_tax_totals_and_words_are_derived(tmp_path):
    result = parse(tmp_path, bare())
    assert result.valid, [p.to_dict() for p in result.errors]
    r = result.record
    assert [line.tax for line in r.items] == [Decimal("130.00"), Decimal("3.74")]  # 28.75 × 13 % = 3.7375
    assert (r.total_excl_tax, r.total_tax, r.total) == (
        Decimal("1028.75"),
        Decimal("133.74"),
        Decimal("1162.49"),
    )
    assert r.total_in_words == "人民币壹仟壹佰陆拾贰元肆角玖分"
    assert r.tax_rate == Decimal("0.13")


def test_the_company_tax_rate_applies_when_the_form_has_none(tmp_path):
    result = parse(tmp_path, bare(), Settings(tax_rate=Decimal("0.06")))
    assert [line.tax for line in result.record.items] == [Decimal("60.00"), Decimal("1.73")]  # 1.725 → 1.73
    assert result.record.total == Decimal("1090.48")


def lines_taxed_at(rate: str, **changes) -> dict:
    """The certificate without a rate, every line's tax written at ``rate``."""
    record = bare(**changes)
    for line in record["items"]:
        line["tax"] = str((Decimal(line["allowance_amount"]) * Decimal(rate)).quantize(Decimal("0.01")))
    return record


def test_lines_taxed_at_the_taiwanese_five_percent_are_checked_at_five_percent(tmp_path):
    # a 營業人銷貨退回進貨退出或折讓證明單 states each line's 5 % business tax and no rate
    result = parse(tmp_path, lines_taxed_at("0.05"))
    assert not codes(result.errors) & {"line_tax_mismatch", "total_mismatch"}, codes(result.errors)
    assert result.record.tax_rate == Decimal("0.05")
    assert result.record.total_tax == Decimal("51.44")  # 50.00 + 1.4375 → 1.44


def test_lines_agreeing_on_a_rate_no_law_knows_are_checked_at_the_company_rate(tmp_path):
    result = parse(tmp_path, lines_taxed_at("0.10"))
    assert {p.field for p in find(result.errors, "line_tax_mismatch")} == {"items[0].tax", "items[1].tax"}
    assert {p.params["rate"] for p in find(result.errors, "line_tax_mismatch")} == {"13%"}


def test_one_line_at_another_rate_is_that_lines_error_at_the_company_rate(tmp_path):
    record = lines_taxed_at("0.13")
    record["items"][1]["tax"] = "1.44"  # 5 % on one line only: no one rate the lines agree on
    [p] = find(parse(tmp_path, record).errors, "line_tax_mismatch")
    assert (p.field, p.params["rate"]) == ("items[1].tax", "13%")


def test_a_line_without_its_amount_is_an_error_on_that_line(tmp_path):
    record = bare()
    del record["items"][0]["allowance_amount"]
    [p] = find(parse(tmp_path, record).errors, "required")
    assert p.field == "items[0].allowance_amount"


def test_line_amount_not_qty_times_price_is_an_error(tmp_path):
    record = certificate()
    record["items"][1]["allowance_amount"] = "28.70"
    [p] = find(parse(tmp_path, record).errors, "line_amount_mismatch")
    assert (p.field, p.label) == ("items[1].allowance_amount", "折让明细第2行 折让金额(不含税)")


def test_a_tax_that_follows_a_stale_line_amount_is_an_error_on_the_tax_too(tmp_path):
    # a workbook printed with its old results: qty × price changed, the amount and its tax did
    # not; the tax agrees with the amount beside it, both disagree with qty × price
    record = certificate()
    line = record["items"][1]
    stale = (Decimal(line["qty"]) * Decimal(line["unit_price"]) + Decimal("10")).quantize(Decimal("0.01"))
    line["allowance_amount"] = str(stale)
    line["tax"] = str((stale * Decimal("0.13")).quantize(Decimal("0.01")))
    result = parse(tmp_path, record)
    assert {p.field for p in find(result.errors, "line_amount_mismatch")} == {"items[1].allowance_amount"}
    [p] = find(result.errors, "line_tax_mismatch")
    assert p.field == "items[1].tax"
    assert Decimal(str(p.params["amount"])) == stale - 10


def test_wrong_line_tax_is_an_error_on_that_line(tmp_path):
    record = certificate()
    record["items"][1]["tax"] = "3.73"  # 3.7375 rounds half-up to 3.74
    result = parse(tmp_path, record)
    [p] = find(result.errors, "line_tax_mismatch")
    assert (p.field, p.label, p.location) == ("items[1].tax", "折让明细第2行 税额", "")
    assert p.params["expected"] == Decimal("3.74") and p.params["rate"] == "13%"


@pytest.mark.parametrize(
    "key, value", [("total_excl_tax", "1028.76"), ("total_tax", "133.75"), ("total", "1162.50")]
)
def test_a_total_that_does_not_add_up_is_an_error_on_that_total(tmp_path, key, value):
    [p] = find(parse(tmp_path, certificate(**{key: value})).errors, "total_mismatch")
    assert p.field == key
    assert p.label == forms.get("allowance").fields[key].label_zh


def test_total_in_words_for_another_amount_is_an_error(tmp_path):
    [p] = find(
        parse(tmp_path, certificate(total_in_words="人民币壹仟壹佰陆拾贰元肆角捌分")).errors,
        "total_in_words_mismatch",
    )
    assert p.field == "total_in_words"
    assert p.params["expected"] == "人民币壹仟壹佰陆拾贰元肆角玖分"


def test_total_in_words_not_written_by_the_rules_is_an_error(tmp_path):
    [p] = find(
        parse(tmp_path, certificate(total_in_words="一千一百六十二元四角九分")).errors,
        "total_in_words_invalid",
    )
    assert (p.field, p.label) == ("total_in_words", "大写金额")


@pytest.mark.parametrize("words", ["壹仟壹佰陆拾贰元肆角玖分", "人民幣壹仟壹佰陸拾貳圓肆角玖分"])
def test_every_legal_spelling_of_the_total_is_accepted(tmp_path, words):
    assert parse(tmp_path, certificate(total_in_words=words)).valid


@pytest.mark.parametrize(
    "words",
    [
        "RMB One Thousand One Hundred Sixty-Two and 49/100 Only",
        "One thousand one hundred sixty two yuan and forty-nine cents",
    ],
)
def test_an_english_forms_amount_in_words_saying_the_total_is_accepted(tmp_path, words):
    result = parse(tmp_path, certificate(total_in_words=words))
    assert "total_in_words_invalid" not in codes(result.errors)
    assert "total_in_words_mismatch" not in codes(result.errors)


def test_english_words_of_another_amount_are_a_mismatch_not_invalid(tmp_path):
    errors = parse(tmp_path, certificate(total_in_words="RMB One Thousand One Hundred Sixty Only")).errors
    assert "total_in_words_mismatch" in codes(errors) and "total_in_words_invalid" not in codes(errors)


def test_total_in_words_with_zero_rules(tmp_path):
    # 1,004.05 → 人民币壹仟零肆元零伍分 (DOMAIN §5.4)
    record = certificate(
        items=[{"name": "折让", "allowance_amount": "888.54"}],
        tax_rate="13%",
        total_excl_tax=None,
        total_tax=None,
        total=None,
        total_in_words="人民币壹仟零肆元零伍分",
    )
    result = parse(tmp_path, record)
    assert result.valid, [p.to_dict() for p in result.errors]
    assert result.record.total == Decimal("1004.05")  # 888.54 + 115.51
    record["total_in_words"] = "人民币壹仟零肆元伍分"
    assert codes(parse(tmp_path, record).errors) == {"total_in_words_invalid"}


def test_invoice_dated_after_the_certificate_is_an_error(tmp_path):
    [p] = find(parse(tmp_path, certificate(invoice_date="2026-09-21")).errors, "invoice_after_issue")
    assert p.field == "invoice_date" and p.label == "原发票日期"


def test_a_seller_with_the_buyers_tax_id_is_an_error_on_the_sellers(tmp_path):
    """A certificate is never issued to oneself: the same id for both (a two-part form's one
    number printed twice and read for both parties) is said on the seller's id."""
    buyer_id = VALID["buyer_tax_id"]
    spaced = " ".join(buyer_id)  # written with spaces, still the same id
    record = certificate(seller={"name": "某某股份有限公司", "tax_id": spaced})
    [p] = find(parse(tmp_path, record).errors, "seller_is_buyer")
    # (weak48: a unified social credit code however spaced is read whole, and said so)
    assert (
        p.field == "seller.tax_id"
        and buyer_id in p.message()
        and "never issued to oneself" in p.message("en")
    )
    other = certificate(seller={"name": "某某股份有限公司", "tax_id": "12345675"})
    assert "seller_is_buyer" not in codes(parse(tmp_path, other).errors)


def test_invoice_dated_the_same_day_passes(tmp_path):
    assert parse(tmp_path, certificate(invoice_date="2026-09-20")).valid


def test_seller_is_a_group_of_name_and_tax_id(tmp_path):
    result = parse(tmp_path, VALID)
    assert result.record.seller.tax_id == "91310000MA1K000006"
    assert forms.get("allowance").fields["seller"].kind == "group"


# ---------------------------------------------------------------------------------- Excel
# The blank form's round trip, the Excel samples and the rendered copies: test_followup_forms.py.
def test_a_total_beyond_what_words_can_say_is_a_mismatch_not_a_crash(tmp_path):
    [p] = find(parse(tmp_path, certificate(total="1000000000000.00")).errors, "total_mismatch")
    assert p.field == "total"


def test_negative_total_is_refused(tmp_path):
    [p] = find(parse(tmp_path, certificate(total="-1162.49")).errors, "too_small")
    assert p.field == "total"


# ---------------------------------------------------------------------------------- CLI
def test_kesu_schema_allowance_keeps_money_as_strings():
    from helpers import run_cli

    code, out = run_cli("schema", "allowance")
    schema = json.loads(out)
    assert code == 0 and "QR-047-05-A1" in schema["title"]
    assert set(schema["required"]) >= {
        "complaint_number",
        "issue_date",
        "buyer",
        "buyer_tax_id",
        "invoice_no",
        "invoice_date",
        "items",
    }
    assert "pattern" in json.dumps(schema["properties"]["total"])


# ------------------------------------------------------ 大写 per 《支付结算办法》附一 四 (issue 16)
@pytest.mark.parametrize("amount", ["1680.32", "107000.53", "16409.02", "325.04", "206000.75"])
def test_kesu_parse_writes_the_rules_form_of_the_total_in_words(tmp_path, amount):
    """The words kesu derives for a certificate's blank 大写 are one of the rules' own forms."""
    from helpers import parse_cli

    from kesu_docs.amount_words import spellings

    record = bare(items=[{"name": "折让", "allowance_amount": amount}], tax_rate="0%")
    path = tmp_path / "allowance.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, [result] = parse_cli(path)
    assert code == 0, result["errors"]
    words = result["record"]["total_in_words"]
    assert words in spellings(amount)
    assert (
        words
        == {
            "1680.32": "人民币壹仟陆佰捌拾元零叁角贰分",
            "107000.53": "人民币壹拾万柒仟元零伍角叁分",
            "16409.02": "人民币壹万陆仟肆佰零玖元零贰分",
            "325.04": "人民币叁佰贰拾伍元零肆分",
            "206000.75": "人民币贰拾万陆仟元零柒角伍分",
        }[amount]
    )


@pytest.mark.parametrize(
    "words",
    [
        "人民币壹仟壹佰陆拾贰亿亿元肆角玖分",
        "人民币壹万亿壹仟壹佰陆拾贰元肆角玖分",
        "人民币壹兆壹仟壹佰陆拾贰元肆角玖分",
        "人民币壹京元整",
        "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万亿元整",
        "人民币壹仟亿亿亿亿亿亿亿元整",
    ],
)
def test_malformed_words_on_an_excel_certificate_are_invalid_at_their_cell(tmp_path, words):
    """`kesu validate`: 亿亿, 万亿, 兆, 京, beyond range — total_in_words_invalid at the cell,
    never 检查此文件时程序出错."""
    from helpers import parse_cli, run_cli
    from openpyxl import load_workbook

    src = SAMPLES / "allowance-valid.xlsx"
    wb = load_workbook(src)
    [(sheet, ref)] = list(wb.defined_names["kesu.total_in_words"].destinations)
    wb[sheet][ref.replace("$", "").split(":")[0]] = words
    path = tmp_path / "allowance.xlsx"
    wb.save(path)
    code, [result] = parse_cli(path)
    assert code == 1
    assert [(p["code"], p["field"]) for p in result["errors"]] == [
        ("total_in_words_invalid", "total_in_words")
    ]
    assert result["errors"][0]["location"] == named_cell(path, "kesu.total_in_words")
    code, out = run_cli("validate", str(path))
    assert code == 1
    assert "total_in_words_invalid" in out or "大写金额" in out
    assert "程序出错" not in out and "internal_error" not in out


@pytest.mark.parametrize("words", ["人民币零元壹角", "人民币零圆壹角贰分", "人民币零圆零壹分"])
def test_an_amount_under_one_yuan_may_lead_with_zero_yuan(tmp_path, words):
    from kesu_docs.amount_words import read_words

    amount = str(read_words(words))
    record = bare(items=[{"name": "折让", "allowance_amount": amount}], tax_rate="0%", total_in_words=words)
    result = parse(tmp_path, record)
    assert result.valid, [p.to_dict() for p in result.errors]
    assert result.record.total == Decimal(amount)
