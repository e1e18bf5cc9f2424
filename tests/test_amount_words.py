"""Chinese financial numerals (大写金额) per 《支付结算办法》: writing one canonical form, accepting
every legal spelling, refusing every wrong one."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from kesu_docs.amount_words import DIGITS, PREFIXES, check_words, read_words, spellings, to_words

D = Decimal


@pytest.mark.parametrize(
    "amount, words",
    [
        ("0", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("0.50", "人民币伍角"),
        ("0.56", "人民币伍角陆分"),
        ("10.00", "人民币壹拾元整"),
        ("15.00", "人民币壹拾伍元整"),
        ("110.00", "人民币壹佰壹拾元整"),
        ("1004.05", "人民币壹仟零肆元零伍分"),
        ("1200.00", "人民币壹仟贰佰元整"),
        ("1409.50", "人民币壹仟肆佰零玖元伍角"),
        ("1680.32", "人民币壹仟陆佰捌拾元零叁角贰分"),
        ("6007.14", "人民币陆仟零柒元壹角肆分"),
        ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
        ("100000.00", "人民币壹拾万元整"),
        ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),
        ("206000.75", "人民币贰拾万陆仟元零柒角伍分"),
        ("100010001000.10", "人民币壹仟亿壹仟万壹仟元零壹角"),
        ("100700.00", "人民币壹拾万零柒佰元整"),
        ("20000000.10", "人民币贰仟万元零壹角"),
        ("100000000.00", "人民币壹亿元整"),
        ("100005000.00", "人民币壹亿零伍仟元整"),
        ("100000001.00", "人民币壹亿零壹元整"),
        ("1010000000.00", "人民币壹拾亿零壹仟万元整"),
        ("123456789012.34", "人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
        ("999999999999.99", "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_canonical_words(amount, words):
    assert to_words(D(amount)) == words
    assert check_words(words, D(amount))
    assert read_words(words) == D(amount)


def test_amounts_are_rounded_half_up_to_cents_first():
    # cn2an truncates 1004.055 to ...伍分; the procedure rounds half-up
    assert to_words(D("1004.055")) == "人民币壹仟零肆元零陆分"
    assert to_words(D("99.995")) == "人民币壹佰元整"
    assert to_words(D("0.004")) == "人民币零元整"
    assert check_words("壹仟零肆元零陆分", D("1004.055"))


def test_negative_amount_is_refused():
    with pytest.raises(ValueError):
        to_words(D("-0.01"))
    with pytest.raises(ValueError):
        check_words("人民币壹元整", D("-1"))


def test_amount_of_a_trillion_is_refused():
    with pytest.raises(ValueError):
        to_words(D("1000000000000"))


@pytest.mark.parametrize(
    "amount, text",
    [
        # 人民币 optional; 整 or 正 after 元
        ("1200", "壹仟贰佰元整"),
        ("1200", "人民币壹仟贰佰元正"),
        # 10.00: both 壹拾 and a bare leading 拾 (decision, module docstring)
        ("10", "拾元整"),
        ("10", "壹拾元整"),
        ("100000", "拾万元整"),
        ("150000", "拾伍万元整"),
        # 整 after 角 optional
        ("1409.50", "人民币壹仟肆佰零玖元伍角整"),
        ("1409.50", "人民币壹仟肆佰零玖元伍角正"),
        ("0.50", "伍角整"),
        # 元 position zero, 角 not: one 零 or none (the rules' own examples)
        ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
        ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),
        ("107000.53", "人民币壹拾万零柒仟元伍角叁分"),
        ("107000.53", "人民币壹拾万柒仟元伍角叁分"),
        ("20000000.10", "贰仟万元壹角"),
        ("20000000.10", "贰仟万元零壹角整"),
        # 万 or 亿 position zero, 千 not
        ("1007000", "壹佰万柒仟元整"),
        ("100005000", "壹亿伍仟元整"),
        # traditional characters must be accepted too
        ("1680.32", "人民幣壹仟陸佰捌拾圓零參角貳分"),
        ("20000", "貳萬元整"),
        ("300000000", "叁億元整"),
        # below one yuan a leading 零元 / 零圆 may be written (issuers do; it adds no risk)
        ("0.10", "人民币零元壹角"),
        ("0.12", "人民币零圆壹角贰分"),
        ("0.01", "人民币零圆零壹分"),
        ("0.50", "零元伍角整"),
        # one optional 零 of several, or none
        ("206000.75", "贰拾万零陆仟元柒角伍分"),
        ("206000.75", "贰拾万陆仟元柒角伍分"),
        ("100010001000.10", "壹仟亿零壹仟万壹仟元壹角"),
        ("100010001000.10", "壹仟亿壹仟万零壹仟元壹角"),
        # zero
        ("0", "零元整"),
        ("0", "人民币零元正"),
        # a Taiwanese certificate writes its currency 新臺幣 in place of 人民币
        ("12768", "新臺幣壹萬貳仟柒佰陸拾捌元整"),
        ("12768", "新台币壹万贰仟柒佰陆拾捌元整"),
    ],
)
def test_legal_spellings_are_accepted(amount, text):
    assert check_words(text, D(amount))
    assert read_words(text) == D(amount)


@pytest.mark.parametrize(
    "amount, text, why",
    [
        ("1004.05", "人民币壹仟零肆元伍分", "零 required after 元 when 角 is zero and 分 is not"),
        ("16409.02", "壹万陆仟肆佰零玖元贰分", "零 required after 元 when 角 is zero and 分 is not"),
        ("1004.05", "人民币壹仟零肆元零伍分整", "no 整 after 分"),
        ("1200", "人民币壹仟贰佰元", "整 required after 元 when there is no 角 or 分"),
        ("1004.05", "人民币壹仟肆元零伍分", "a zero in the middle needs 零"),
        ("6007.14", "陆仟零零柒元壹角肆分", "a run of zeros takes a single 零"),
        ("1680.32", "壹仟陆佰捌拾元零零叁角贰分", "doubled 零"),
        ("100700", "壹拾万柒佰元整", "零 may be left out only when 千 follows the zero 万"),
        ("1409.50", "壹仟肆佰零玖元零伍角", "零 after 元 only when the 元 position is zero"),
        ("1200", "人民币壹仟贰佰零元整", "零 before 元 with nothing after it"),
        ("1200", "人民币壹仟叁佰元整", "wrong digit"),
        ("1200", "人民币一千二百元整", "common numerals are not financial numerals"),
        ("1200", "人民币壹仟贰佰圆整整", "doubled 整"),
        ("110", "壹佰拾元整", "壹拾 required inside an amount"),
        ("0.05", "零元伍分", "零 required after 元 when 角 is zero and 分 is not"),
        ("0.50", "零元零伍角", "零 after 元 only before a lone 分"),
        ("107000.53", "人民币壹拾万零柒仟元零伍角叁分", "one 零 at most where the rules let it go"),
        ("206000.75", "贰拾万零陆仟元零柒角伍分", "one 零 at most where the rules let it go"),
        ("100010001000.10", "壹仟亿零壹仟万零壹仟元零壹角", "one 零 at most where the rules let it go"),
        ("100010001000.10", "壹仟亿零壹仟万壹仟元零壹角", "one 零 at most where the rules let it go"),
        ("0.50", "伍毛", "毛 is not a unit"),
        ("1200", "人民币 壹仟贰佰元整", "no blank inside the amount"),
        ("0", "零元", "整 after 元"),
        ("1200", "新台币人民币壹仟贰佰元整", "one currency"),
        ("1200", "港币壹仟贰佰元整", "a currency the rules do not name"),
        ("0", "", "empty"),
    ],
)
def test_wrong_spellings_are_refused(amount, text, why):
    assert not check_words(text, D(amount)), why


def test_a_wrong_spelling_cannot_be_read():
    for text in ("人民币壹仟零肆元伍分", "壹佰拾元整", "壹仟贰佰元", "伍毛", "壹仟贰佰伍"):
        with pytest.raises(ValueError):
            read_words(text)


def test_words_for_another_amount_are_refused():
    assert not check_words("人民币壹仟贰佰元整", D("1200.01"))
    assert not check_words("人民币壹仟贰佰元整", D("120"))


def _amounts(n: int) -> list[Decimal]:
    rng = random.Random(4711)
    out = []
    for _ in range(n):
        digits = rng.randint(1, 12)
        # many zeros: the cases where 零 rules bite
        yuan = "".join(rng.choice("0000123456789") for _ in range(digits)).lstrip("0") or "0"
        out.append(D(f"{yuan}.{rng.choice('0000123456789')}{rng.choice('0000123456789')}"))
    return out


AMOUNTS = _amounts(400)


@pytest.mark.parametrize("amount", AMOUNTS[:200])
def test_every_spelling_reads_back_as_its_amount(amount):
    words = to_words(amount)
    assert check_words(words, amount)
    for text in spellings(amount):
        assert read_words(text) == amount


@pytest.mark.parametrize("amount", AMOUNTS)
def test_changing_one_numeral_is_refused(amount):
    """A one-character mutation of a digit or a unit says another amount, or nothing legal."""
    words = to_words(amount)
    legal = spellings(amount)
    for i, ch in enumerate(words):
        if ch in DIGITS[1:]:
            for other in DIGITS[1:]:
                if other != ch:
                    assert not check_words(words[:i] + other + words[i + 1 :], amount)
        if ch in "拾佰仟万亿角分":
            for other in "拾佰仟万亿角分":
                if other != ch:
                    assert not check_words(words[:i] + other + words[i + 1 :], amount)
        # deleting a character is legal only for an optional 零, 整, the 人民币 prefix or a leading 壹拾's 壹
        mutated = words[:i] + words[i + 1 :]
        if check_words(mutated, amount):
            assert mutated in legal and (ch in "零整" or i < 3 or (i == 3 and words[3:5] == "壹拾"))
        # a doubled 零 is never legal
        if ch == "零":
            assert not check_words(words[:i] + "零" + words[i:], amount)


# ---------------------------------------------------------------------- 《支付结算办法》附一 四
# The rules' own examples (四(一)–(四)): what kesu writes is one of the forms the rule prints.
RULE_EXAMPLES = {
    "1680.32": {"人民币壹仟陆佰捌拾元零叁角贰分", "人民币壹仟陆佰捌拾元叁角贰分"},
    "107000.53": {"人民币壹拾万柒仟元零伍角叁分", "人民币壹拾万零柒仟元伍角叁分"},
    "16409.02": {"人民币壹万陆仟肆佰零玖元零贰分"},
    "325.04": {"人民币叁佰贰拾伍元零肆分"},
}


@pytest.mark.parametrize("amount", sorted(RULE_EXAMPLES))
def test_generated_words_are_one_of_the_forms_the_rule_prints(amount):
    assert to_words(D(amount)) in RULE_EXAMPLES[amount]
    for words in RULE_EXAMPLES[amount]:
        assert check_words(words, D(amount))
        assert read_words(words) == D(amount)


@pytest.mark.parametrize("amount", AMOUNTS)
def test_no_spelling_writes_two_of_the_optional_zeros(amount):
    """四(三): "可以只写一个零字，也可以不写零字" — the longest legal spelling has no more 零
    than the required ones plus one, and the canonical words are among the legal ones."""
    legal = spellings(amount)
    # a leading 零元 (below one yuan) is a spelling of its own, not one of the optional 零
    counted = [t for t in legal if not any(t.removeprefix(p).startswith("零元") for p in PREFIXES)] or legal
    fewest = min(text.count("零") for text in counted)
    assert max(text.count("零") for text in counted) <= fewest + 1
    assert to_words(amount) in legal


@pytest.mark.parametrize(
    "text",
    [
        "壹亿亿元整",
        "人民币玖仟玖佰玖拾玖亿亿元整",
        "壹万亿元整",
        "人民币伍万亿零叁元整",
        "壹兆元整",
        "壹京元整",
        "人民币壹万亿亿亿亿元整",
        "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万亿元整",
        "壹仟亿亿亿亿亿亿亿元整",
    ],
)
def test_words_with_units_the_rules_do_not_know_are_a_value_error(text):
    with pytest.raises(ValueError):
        read_words(text)
    assert not check_words(text, D("1"))


@pytest.mark.parametrize("amount", ["1E+26", "123456789012345678901234567", "1E+40"])
def test_amounts_out_of_range_are_a_value_error(amount):
    with pytest.raises(ValueError):
        to_words(D(amount))
    with pytest.raises(ValueError):
        check_words("人民币壹元整", D(amount))
