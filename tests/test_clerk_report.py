"""The HTML validation report as a clerk reads it: in a 1280 px browser window and printed on A4."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kesu_docs.parse import parse_paths
from kesu_docs.reports.check_report import write_report

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BROKEN = [
    SAMPLES / n for n in ("8d-broken.xlsx", "allowance-broken.json", "complaint-broken.xlsx", "8d-valid.json")
]


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[dict[str, str]] = []
        self._in_th = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "th":
            self._in_th = True
            self.headers.append("")
        if tag == "tr" and "data-severity" in attrs:
            self.rows.append(attrs)

    def handle_endtag(self, tag):
        if tag == "th":
            self._in_th = False

    def handle_data(self, data):
        if self._in_th:
            self.headers[-1] += data


@pytest.fixture(scope="module")
def results():
    return parse_paths(BROKEN)


def test_the_report_shows_a_clerks_columns_and_keeps_the_codes_as_tooltips(results, tmp_path):
    for lang, headers in (
        ("zh", ["文件", "位置", "栏位", "说明"]),
        ("en", ["File", "Location", "Field", "Message"]),
    ):
        page = write_report(results, tmp_path / f"{lang}.html", lang=lang).read_text(encoding="utf-8")
        cells = _Cells()
        cells.feed(page)
        assert cells.headers == headers  # no 栏位代码 / 错误代码 columns taking the width
        findings = [p for r in results for p in r.errors + r.warnings]
        coded = [row for row in cells.rows if row.get("data-code")]
        assert [(row["data-code"], row["data-field"]) for row in coded] == [
            (p.code, p.field) for p in findings
        ]
        assert all(row["title"].startswith(row["data-code"]) for row in coded)
        for p in findings:
            assert f'<td class="label">{p.label_in(lang)}</td>' in page
    assert "客户抱怨处理单 · " in (tmp_path / "zh.html").read_text(encoding="utf-8")  # the kind by its name


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)
_MEASURE = """<script>
const px = (el) => el.getBoundingClientRect();
document.body.dataset.widths = [...document.querySelectorAll('thead th')].map(e => Math.round(px(e).width)).join(',');
document.body.dataset.labels = [...document.querySelectorAll('td.label')].map(e => Math.round(px(e).height)).join(',');
document.body.dataset.line = Math.round(parseFloat(getComputedStyle(document.querySelector('td.label')).lineHeight));
document.body.dataset.scroll = document.documentElement.scrollWidth;
</script></body>"""


def _chromium(*args: str) -> str:
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout


@needs_chromium
def test_at_1280_px_the_label_and_message_columns_have_room(results, tmp_path):
    page = write_report(results, tmp_path / "r.html").read_text(encoding="utf-8")
    measured = tmp_path / "measured.html"
    measured.write_text(page.replace("</body>", _MEASURE), encoding="utf-8")
    dom = _chromium("--window-size=1280,900", "--dump-dom", measured.as_uri())
    body = dict(re.findall(r'data-(\w+)="([^"]*)"', re.search(r"<body[^>]*>", dom).group(0)))
    source, location, label, message = map(int, body["widths"].split(","))
    assert int(body["scroll"]) <= 1280  # no sideways scrolling
    assert label >= 150 and message >= 450 and source >= 250
    line = int(body["line"])
    assert (
        max(map(int, body["labels"].split(","))) <= 3 * line + 12
    )  # a label takes a line or two, never a column of characters


@needs_chromium
def test_the_report_prints_on_a4_with_labels_on_their_lines(results, tmp_path):
    report = write_report(results, tmp_path / "r.html")
    pdf = tmp_path / "r.pdf"
    _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        assert all(abs(p.width - 595) < 2 and abs(p.height - 842) < 2 for p in doc.pages)  # A4
        words = [w for p in doc.pages for w in p.extract_words()]
        assert max(w["x1"] for w in words) < 595  # nothing runs off the page
        first = doc.pages[0].extract_words()
    x = {w["text"]: w["x0"] for w in first if w["text"] in ("栏位", "说明")}
    assert x["说明"] - x["栏位"] >= 90  # the label column: eight characters of 9.5 pt and more
    assert 595 - x["说明"] >= 230  # the message column: the widest
