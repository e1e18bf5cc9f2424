"""The front door (issue 9): `import kesu_docs as kesu` is enough for the whole job, and the
README's script runs as printed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import kesu_docs as kesu

ROOT = Path(__file__).resolve().parents[1]


def readme_script() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Using kesu from Python", 1)[1].split("\n## ", 1)[0]
    [code] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return code


def test_the_readme_script_parses_numbers_and_renders_the_valid_samples(tmp_path):
    shutil.copytree(ROOT / "samples", tmp_path / "samples", ignore=shutil.ignore_patterns("*.py"))
    script = readme_script()
    assert "from kesu_docs." not in script
    assert len([line for line in script.splitlines() if line.strip()]) <= 15
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    results = kesu.read([tmp_path / "samples"])
    valid = [r for r in results if r.valid]
    written = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    with kesu.open_register(tmp_path / "kesu.db", create=False) as register:
        numbered = {(d.kind, d.number) for d in register.documents()}
    assert {kind for kind, _ in numbered} == {"complaint", "8d", "return", "allowance"}
    assert written == sorted(f"{kind}-{number}.docx" for kind, number in numbered)
    assert len(numbered) < len(valid) + 1
    # every invalid sample was reported with its reason, in English
    for result in results:
        if not result.valid:
            assert Path(result.source).name in done.stdout


def test_everything_in_all_is_there_and_imports_lazily():
    code = "import sys, kesu_docs; print(any(m.startswith('pydantic') for m in sys.modules))"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    )
    for name in kesu.__all__:
        assert getattr(kesu, name) is not None, name
    assert kesu.kinds()[:4] == ["complaint", "8d", "return", "allowance"]
    assert {"reminder", "followup", "penalty"} <= set(kesu.kinds())  # the notices reports issue
    assert kesu.form("8d").kind == "8d"


def test_issue_gives_back_the_record_with_its_number_and_a_rerun_the_same(tmp_path):
    [result] = kesu.read([ROOT / "samples" / "complaint-valid.xlsx"])
    with kesu.open_register(tmp_path / "kesu.db") as register:
        record = kesu.issue(register, result.record)
        again = kesu.issue(register, result.record)
    assert record.number and record.number == again.number
    assert kesu.validate(record) == []
    data = kesu.render_document(record)
    assert isinstance(data, bytes) and data[:2] == b"PK"
    assert kesu.render_document(record) == data  # byte-identical


def test_file_batch_is_kesu_render(tmp_path):
    with kesu.open_register(tmp_path / "kesu.db") as register:
        filed = kesu.file_batch(
            [ROOT / "samples" / "complaint-valid.xlsx"], tmp_path / "out", register=register
        )
    [item] = filed
    assert item.ok and item.output is not None and item.output.is_file()
    assert isinstance(item, kesu.Filed)


def _imports(path: Path) -> list[tuple[str | None, int, list[str]]]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module, node.level, [a.name for a in node.names])
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    ]


def test_the_readers_modules_never_import_through_the_packages_face():
    # parse/__init__.py only re-exports; a reader module importing from it would make a cycle
    package = ROOT / "kesu_docs" / "parse"
    for path in sorted(package.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for module, level, names in _imports(path):
            # ``from . import excel`` names a module of the package; anything else comes from its face
            through_face = [n for n in names if not (package / f"{n}.py").is_file()]
            assert not (level == 1 and module is None and through_face), f"{path.name}: from . import {names}"
            assert module != "kesu_docs.parse", f"{path.name}: from kesu_docs.parse import {names}"
    face = (package / "__init__.py").read_text(encoding="utf-8")
    assert "def " not in face and "class " not in face  # results, reading and kinds have their own modules
