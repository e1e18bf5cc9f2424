"""``kesu render --jobs 2`` over JSON records (issue 15, twenty-first round): the command's
start-up before the fork loads the forms a one-job run loads — not every form's module, which
a batch of complaints filed in one job never loads and which cost two jobs ≈ 116 M
instructions more than one. A batch with a layout still loads them all before the fork: the
layout readers look at every form's labels, in each worker else."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hostile import complaint, write_json

ROOT = Path(__file__).resolve().parents[1]
OTHERS = ("eightd", "return_note", "allowance", "penalty", "reminder", "followup")

# a fresh interpreter: the pool forked (Linux) or spawned as the CLI starts it, then which form
# modules the command's process and each worker hold
PROBE = """
import json, sys
from kesu_docs.workers import pool_for_run

def loaded():
    import sys
    return sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("kesu_docs.forms.")
                  and not m.endswith(("_titles", "base")))

layouts = sys.argv[1] == "layouts"
with pool_for_run(2, layouts=layouts) as workers:
    here = loaded()
    there = [workers.to(k, loaded).result() for k in range(2)]
print(json.dumps({"here": here, "there": there}))
"""


def _loaded(layouts: bool) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "layouts" if layouts else "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_json_batch_forks_its_workers_without_every_form_module_loaded():
    seen = _loaded(layouts=False)
    for modules in (seen["here"], *seen["there"]):
        assert not set(OTHERS) & set(modules), modules


def test_a_batch_with_a_layout_still_loads_every_form_before_the_fork():
    seen = _loaded(layouts=True)
    for modules in (seen["here"], *seen["there"]):
        assert set(OTHERS) <= set(modules), modules


def test_two_jobs_render_an_eightd_in_a_batch_of_complaints_as_one_job_does(tmp_path):
    """A form whose module the pool did not load before the fork is loaded by the worker that
    reads it: the same documents and register, byte for byte, as one job."""
    from click.testing import CliRunner

    from kesu_docs.cli import cli
    from kesu_docs.register import Register

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(6):
        write_json(inbox / f"c{i}.json", complaint(order_no=f"SO-{i}"))
    eightd = json.loads((ROOT / "samples" / "8d-valid.json").read_text(encoding="utf-8"))
    (inbox / "z-8d.json").write_text(json.dumps(eightd, ensure_ascii=False), encoding="utf-8")
    made = {}
    for jobs in ("1", "2"):
        out, db = tmp_path / f"out{jobs}", tmp_path / f"r{jobs}.db"
        result = CliRunner().invoke(
            cli,
            ["render", str(inbox), "-o", str(out), "--db", str(db), "--jobs", jobs],
            catch_exceptions=False,
        )
        with Register.open(db) as reg:
            numbers = [(d.kind, d.number) for d in reg.documents()]
        made[jobs] = (result.exit_code, {p.name: p.read_bytes() for p in sorted(out.iterdir())}, numbers)
    assert made["2"] == made["1"]
    code, files, numbers = made["1"]
    assert code == 0
    assert [kind for kind, _ in numbers].count("8d") == 1 and len(numbers) == 7
    assert sum(name.endswith(".docx") for name in files) == 7
