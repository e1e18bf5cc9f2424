"""The forms' titles' index (``kesu_docs/forms/_titles.py``): a form is told by its title
without importing every form's module (issue 15), and the index never says anything the
modules do not say.

After changing a form module (its titles, its code, or anything else in the package: the index
holds the digest of the sources) write the index again:
``python -c "from kesu_docs.forms import write_titles_index; write_titles_index()"``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kesu_docs import forms
from kesu_docs.parse.kinds import detect_kind

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
WRITE = 'python -c "from kesu_docs.forms import write_titles_index; write_titles_index()"'


def test_the_index_shipped_is_the_one_the_forms_modules_make():
    shipped = (ROOT / "kesu_docs" / "forms" / "_titles.py").read_text(encoding="utf-8")
    assert shipped == forms.titles_index_text(), f"the titles' index is stale: run {WRITE}"
    assert forms._index() is not None


def test_the_index_holds_every_forms_kind_module_code_and_titles_in_the_registrys_order():
    index = forms._index()
    assert index is not None
    assert [t.kind for t in index] == forms.kinds()
    for entry, spec in zip(index, forms.all_specs()):
        assert (entry.code, entry.titles) == (spec.code, tuple(spec.titles))
        assert forms.get(entry.kind) is spec
        assert sys.modules[f"kesu_docs.forms.{entry.module}"].SPEC is spec
    assert forms.titles() == index  # (the registry loaded: read from the modules, the same)
    # made once the modules are all imported, not for each file read (dev21-clean)
    assert forms.titles() is forms.titles()
    assert [hash(t) for t in forms.titles()] == [hash(t) for t in index]


def test_titles_are_equal_and_hashed_by_what_they_hold():
    """A :class:`forms.Titles` is its kind, module, code and titles (a named tuple): two made
    apart are equal, hash alike, find the same entry of a cache; one differing title, not."""
    entry = forms.titles()[0]
    again = forms.Titles(entry.kind, entry.module, entry.code, tuple(entry.titles))
    assert again == entry and hash(again) == hash(entry) and again is not entry
    assert {entry: 1}[again] == 1
    other = again._replace(titles=(*entry.titles, "另一个标题"))
    assert other != entry and (other.kind, other.module, other.code) == (entry.kind, entry.module, entry.code)
    assert forms.Titles(*tuple(entry)) == entry  # (the index writes and reads it as a tuple)


def test_a_title_is_told_alike_from_the_index_and_from_the_forms(tmp_path):
    index = forms._index()
    lines = [t for spec in forms.all_specs() for t in spec.titles]
    lines += [
        "示范电子 客户抱怨处理单",
        "QR-047-04-A1",
        "Customer Complaint 8D Report",
        "供應商矯正預防措施要求單 (SCAR)",
    ]
    lines += ["SCAR Report", "8D report", "RMA No.", "客户名称", "銷 貨 退 回 單"]
    for line in lines:
        for mentions in (True, False):
            by_index = detect_kind([line], index, mentions=mentions)
            assert by_index == detect_kind([line], forms.all_specs(), mentions=mentions), line
    assert detect_kind(["客户抱怨处理单"], index) == "complaint"


def _copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "kesu_docs", tmp_path / "kesu_docs", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _run(root: Path, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env={"PYTHONPATH": str(root)}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


FORMS_LOADED = (
    "import sys\n"
    "from kesu_docs.parse.reading import read_files\n"
    "from pathlib import Path\n"
    "r = read_files([Path({path!r})], None)[0]\n"
    "print(r.kind, sorted(m.split('.')[-1] for m in sys.modules if m.startswith('kesu_docs.forms.')))\n"
)


def test_reading_a_complaint_sheet_imports_the_complaint_form_alone(tmp_path):
    out = _run(ROOT, FORMS_LOADED.format(path=str(SAMPLES / "complaint-valid.xlsx")))
    assert out == "complaint ['_titles', 'base', 'complaint']"


def test_a_form_module_changed_since_the_index_was_written_is_read_from_the_modules(tmp_path):
    """A clerk's IT person who edits a form's titles without writing the index again: the index
    no longer matches the sources, so every form's module is imported and the new title read."""
    root = _copy_of_the_package(tmp_path)
    module = root / "kesu_docs" / "forms" / "complaint.py"
    text = module.read_text(encoding="utf-8")
    assert 'title_zh="客户抱怨处理单"' in text
    module.write_text(
        text.replace('title_zh="客户抱怨处理单"', 'title_zh="客户意见处理单"'), encoding="utf-8"
    )
    code = (
        "from kesu_docs import forms\n"
        "from kesu_docs.parse.kinds import detect_kind\n"
        "print(forms._index() is None, detect_kind(['客户意见处理单'], forms.titles()))\n"
    )
    assert _run(root, code) == "True complaint"


def test_a_form_module_added_is_read_from_the_modules(tmp_path):
    root = _copy_of_the_package(tmp_path)
    folder = root / "kesu_docs" / "forms"
    (folder / "notice.py").write_text(
        (folder / "reminder.py")
        .read_text(encoding="utf-8")
        .replace('kind="reminder"', 'kind="notice"')
        .replace('"客诉案件催办单"', '"客诉案件通知单"'),
        encoding="utf-8",
    )
    code = (
        "from kesu_docs import forms\n"
        "from kesu_docs.parse.kinds import detect_kind\n"
        "print(forms._index() is None, detect_kind(['客诉案件通知单'], forms.titles()))\n"
    )
    assert _run(root, code) == "True notice"


def test_a_package_without_the_index_reads_the_modules(tmp_path):
    root = _copy_of_the_package(tmp_path)
    (root / "kesu_docs" / "forms" / "_titles.py").unlink()
    out = _run(root, FORMS_LOADED.format(path=str(SAMPLES / "complaint-valid.xlsx")))
    assert out.startswith("complaint ") and "eightd" in out and "_titles" not in out


def test_a_form_asked_by_its_kind_imports_its_module_alone_and_is_the_registrys_own():
    code = (
        "import sys\n"
        "from kesu_docs import forms\n"
        "first = forms.get('return')\n"
        "alone = sorted(m.split('.')[-1] for m in sys.modules if m.startswith('kesu_docs.forms.'))\n"
        "print(alone, forms.get('return') is first, dict(zip(forms.kinds(), forms.all_specs()))['return'] is first)\n"
    )
    assert _run(ROOT, code) == "['_titles', 'base', 'return_note'] True True"


def test_the_registrys_titles_are_made_once():
    """A PDF read asks the titles once a file: made from the modules once a registry (each
    form's module was looked for among all of ``sys.modules`` every time, issue 15)."""
    forms.all_specs()  # the registry loaded: the titles are the modules'
    first = forms.titles()
    assert forms.titles() is first
    assert [t.kind for t in first] == forms.kinds()
    assert detect_kind([first[0].titles[0]], forms.titles()) == first[0].kind
