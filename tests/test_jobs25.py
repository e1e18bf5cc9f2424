"""``kesu render --jobs 2`` (issue 15, twenty-fifth round): the command, which numbers and logs
every document while its workers render, was the run's longest process. It no longer loads the
renderer (Jinja2, every template) before it forks, nor at all: the workers import it as their
first call and compile each template as they read, while the command imports SQLAlchemy and
opens its register (the workers had nothing to do then). The form of the batch's first document
is still imported once before the fork, for both sides. Same files and register as one job."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import ROOT, python_process, sqlite_open
from hostile import complaint, write_json


def _python(code: str, *args: str, cwd: Path) -> dict:
    done = python_process("-c", code, *args, cwd=cwd, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_render_package_loads_the_renderer_only_when_it_is_named(tmp_path, monkeypatch):
    """Naming the output files (``render.outputs``, the default template folder) and catching
    ``PdfError`` import no Jinja2; ``Renderer`` and every other name still come from the package."""
    monkeypatch.setenv("KESU_TEMPLATES", str(tmp_path / "elsewhere"))  # (the shell's: not the test's)
    seen = _python(
        "import json, sys\n"
        "from kesu_docs.render import PdfError, default_template_dir\n"
        "from kesu_docs.render.outputs import output_path, templates_of\n"
        "templates_of(None)\n"
        "light = 'jinja2' in sys.modules or 'kesu_docs.render.renderer' in sys.modules\n"
        "import kesu_docs.render as render\n"
        "from kesu_docs.render import STATUSES, Renderer, TemplateError, soffice, to_pdf\n"
        "try:\n    render.nothing_of_the_kind\n    missing = ''\n"
        "except AttributeError as exc:\n    missing = str(exc)\n"
        "print(json.dumps({'light': light, 'folder': str(default_template_dir()), "
        "'renderer': Renderer.__module__, 'after': 'jinja2' in sys.modules, 'missing': missing, "
        "'statuses': list(STATUSES)}))\n",
        cwd=tmp_path,
    )
    assert seen["light"] is False
    assert Path(seen["folder"]) == ROOT / "templates"
    assert seen["renderer"] == "kesu_docs.render.renderer" and seen["after"] is True
    assert "nothing_of_the_kind" in seen["missing"]
    assert "issued" in seen["statuses"]


# a fresh interpreter: the pool forked as ``kesu render`` forks it, the batch's first file given
# to warm_first_form; what the command and each worker then hold
_POOL = """
import functools, gc, json, sys
from pathlib import Path
from kesu_docs.filing import warm_first_form
from kesu_docs.workers import pool_for_run, start_method

def held():
    import gc, sys
    jinja = sys.modules.get("jinja2")
    tracked = {id(o) for o in gc.get_objects()}  # the frozen are out of the collector's sight
    return {
        "complaint": "kesu_docs.forms.complaint" in sys.modules,
        "eightd": "kesu_docs.forms.eightd" in sys.modules,
        "jinja": jinja is not None,
        "jinja_frozen": jinja is not None and id(jinja.Environment) not in tracked,
    }

files = sorted(Path(sys.argv[1]).iterdir())
warm = functools.partial(warm_first_form, files, sys.argv[2] or None)
with pool_for_run(2, layouts=False, before_fork=warm) as workers:
    here = held()
    there = [workers.to(k, held).result() for k in range(2)]
print(json.dumps({"method": start_method(), "here": here, "there": there}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers: Linux")
def test_forked_workers_start_with_the_first_form_and_load_the_renderer_themselves(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
    seen = _python(_POOL, str(inbox), "", cwd=tmp_path)
    assert seen["method"] == "fork"
    # the command: the first document's form (imported before the fork), never the renderer
    assert seen["here"] == {"complaint": True, "eightd": False, "jinja": False, "jinja_frozen": False}
    for worker in seen["there"]:
        # each worker: the form it was forked with, the renderer imported as its first call and
        # frozen like what it was forked with (no collection walks it again)
        assert worker == {"complaint": True, "eightd": False, "jinja": True, "jinja_frozen": True}
    # a kind given on the command line (``--kind 8d``) is imported without reading a file
    assert _python(_POOL, str(inbox), "8d", cwd=tmp_path)["here"]["eightd"] is True
    # a first file that is no form is left to the batch to report: nothing imported for it
    (inbox / "a.json").write_text("{not json", encoding="utf-8")
    assert _python(_POOL, str(inbox), "", cwd=tmp_path)["here"]["complaint"] is False
    # an unknown kind on the command line is left to the batch to report: the pool starts
    assert _python(_POOL, str(inbox), "no-such-kind", cwd=tmp_path)["method"] == "fork"


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_two_jobs_write_what_one_job_writes_with_the_renderer_in_the_workers_alone(tmp_path, method):
    """Complaints, an 8D among them (a form the command did not import before the fork) and a
    broken file: the same documents byte for byte, numbers and register rows as one job."""

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(9):
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
    eightd = json.loads((ROOT / "samples" / "8d-valid.json").read_text(encoding="utf-8"))
    write_json(inbox / "z-8d.json", eightd)
    (inbox / "m-broken.json").write_text("{not json", encoding="utf-8")
    made = {}
    for jobs in ("1", "2"):
        out, db = tmp_path / f"out{jobs}", tmp_path / f"r{jobs}.db"
        done = python_process(
            *("-m", "kesu_docs", "render", str(inbox), "-o", str(out), "--db", str(db), "--jobs", jobs),
            cwd=tmp_path,
            timeout=300,
            KESU_START_METHOD=method,
            KESU_LANG="en",
        )
        with sqlite_open(db) as conn:
            rows = conn.execute("SELECT kind, number, revision, status FROM documents ORDER BY id").fetchall()
        files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        made[jobs] = (done.returncode, rows, files)
    one, two = made["1"], made["2"]
    assert one[0] == two[0] == 2  # a file could not be read: said the same way
    assert two[1] == one[1] and len(one[1]) == 10
    assert two[2] == one[2] and len([n for n in one[2] if n.endswith(".docx")]) == 10


_COMMAND = """
import json, sys
from kesu_docs.cli import main
sys.argv = ["kesu", "render", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
names = ("jinja2", "kesu_docs.render.renderer", "kesu_docs.parse.guards")
print(json.dumps({"code": code, "loaded": [n for n in names if n in sys.modules]}))
"""


def test_the_command_of_two_jobs_over_json_records_loads_neither_renderer_nor_layout_guards(tmp_path):
    """What the command of ``kesu render --jobs 2`` imports is on the run's longest path: for a
    batch of JSON records, neither the renderer (its workers render) nor the layout readers'
    guards (checking a record read from no layout asks none of them); one job renders, so it
    loads the renderer, and still no guard. A form with a blank rate read from a layout is still
    told so (tests/test_reader_foreign_currency.py: the guard imported then)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(5):
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
    two = _python(
        _COMMAND,
        str(inbox),
        "-o",
        str(tmp_path / "two"),
        "--db",
        str(tmp_path / "two.db"),
        "--jobs",
        "2",
        cwd=tmp_path,
    )
    assert two == {"code": 0, "loaded": []}
    one = _python(
        _COMMAND, str(inbox), "-o", str(tmp_path / "one"), "--db", str(tmp_path / "one.db"), cwd=tmp_path
    )
    assert one == {"code": 0, "loaded": ["jinja2", "kesu_docs.render.renderer"]}


def test_a_kesu_process_of_a_test_runs_in_its_folder_without_the_callers_kesu_settings(tmp_path, monkeypatch):
    """The processes above run in the test's folder (no kesu.toml nor kesu.db of the repository
    read or written) with none of the caller's ``KESU_*`` settings, only those the test gives."""
    monkeypatch.setenv("KESU_LANG", "zh")
    monkeypatch.setenv("KESU_CONFIG", str(tmp_path / "clerk.toml"))
    seen = _python(
        "import json, os\n"
        "print(json.dumps([os.getcwd(), sorted((k, v) for k, v in os.environ.items() if k.startswith('KESU_'))]))",
        cwd=tmp_path,
    )
    assert seen == [str(tmp_path), []]
    said = python_process("-c", "import os; print(os.environ['KESU_LANG'])", cwd=tmp_path, KESU_LANG="en")
    assert said.stdout.strip() == "en"
