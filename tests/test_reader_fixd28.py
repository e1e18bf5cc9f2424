"""The reader review's findings of the twenty-eighth round, mended (fixd28, issue 10: never
silent, never overfitted): a currency word two countries write, month words switched on by
another language's letters, the words a person's name follows, the count words."""

from kesu_docs.parse.currency import codes_in_figure, local_signs


def test_a_currency_word_two_countries_write_names_both() -> None:
    # som: the Uzbek and the Kyrgyz som (ky is a home language); manat: the Azerbaijani and the
    # Turkmen manat; shillings: Kenya's, Tanzania's, Uganda's, Somalia's — said, never one picked
    assert codes_in_figure("1 200 som") == {"UZS", "KGS"}
    assert codes_in_figure("1 200 manat") == {"AZN", "TMT"}
    assert {"KES", "TZS", "UGX"} <= codes_in_figure("3 000 shillings")
    assert local_signs()["som"] == local_signs()["manat"] == ""
    # a sign only one of them writes still names it: the Uzbek so'm as typed, the Kyrgyz сом
    assert codes_in_figure("1 200 so'm") == codes_in_figure("1 200 soʻm") == {"UZS"}
    assert codes_in_figure("1 200 сом") == {"KGS"}
    assert codes_in_figure("1'200 сом") == {"KGS"}  # (an apostrophe between digits: a thousands mark)
    assert codes_in_figure("500 Birr") == {"ETB"}
