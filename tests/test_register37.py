"""`kesu register list` asks for the command's language once, not a dozen times a row (issue 15:
the register's rows at 100,000 documents; register37).

Each ``lang()`` is a look-up through click's context and ``$KESU_LANG`` (about 10 µs on the
shared machine): 2,500 of them for a page of 200 documents, 2–3 % of the command's CPU. The
rows shown stay the same, in both languages, overdue days included.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kesu_docs.cli import cli, register_cmds
from kesu_docs.register import Register
from tests.helpers import complaint

ROWS = 12


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A real SQLite register of ``ROWS`` complaints, one closed the day after, the others open (overdue on 2026-12-31)."""
    path = tmp_path_factory.mktemp("register37") / "kesu.db"
    with Register.open(path) as reg:
        reg.issue_many(
            [
                (
                    complaint(
                        customer=f"客户{i}",
                        order_no=f"PO-{i}",
                        **({"closed_date": "2026-09-04"} if i == 0 else {}),
                    ),
                    f"h{i}",
                    f"收件箱/客诉-{i}.xlsx",
                )
                for i in range(ROWS)
            ]
        )
    return str(path)


def _listed(db: str, monkeypatch: pytest.MonkeyPatch, *lang: str) -> tuple[str, int]:
    """(what `register list` prints, how many times it asked for the language)."""
    asked = []
    real = register_cmds.lang

    def counted() -> str:
        asked.append(1)
        return real()

    monkeypatch.setattr(register_cmds, "lang", counted)
    args = ["register", "list", *lang, "--as-of", "2026-12-31", "--db", db]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output, len(asked)


def test_the_language_is_asked_once_a_list_not_once_a_cell(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shown, asked = _listed(db, monkeypatch)
    assert f"登记簿（{ROWS} 份）" in shown and "客户11" in shown
    assert asked < ROWS  # (before: eleven a row, 132 for these 12)


@pytest.mark.parametrize(
    ("lang", "overdue", "closed"),
    [((), "逾期未结 ", "如期结案"), (("--lang", "en"), "Overdue ", "Closed on time")],
)
def test_the_rows_say_the_same_in_either_language(
    db: str, monkeypatch: pytest.MonkeyPatch, lang: tuple[str, ...], overdue: str, closed: str
) -> None:
    shown, _ = _listed(db, monkeypatch, *lang)
    days = re.findall(overdue + r"(\d+) " + ("天" if not lang else "d"), shown)
    assert len(days) == ROWS - 1 and len(set(days)) == 1 and closed in shown
