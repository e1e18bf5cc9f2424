"""Write the Excel samples of the 8D report, return note and allowance certificate
(run: ``python samples/make_followup_samples.py``).

Each ``<kind>-valid.xlsx`` / ``<kind>-broken.xlsx`` is our blank form filled with the record
of the JSON sample of the same name, so the two always tell the same case: the valid one
passes, the broken one breaks the form's rules with errors located on its cells.

The 8D report and the return note follow the case of ``complaint-from-system.json`` (exported
from another system already numbered 202609001); the allowance certificate follows
``allowance-complaint.json``, a complaint that arrives already numbered too.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kesu_docs import forms  # noqa: E402
from kesu_docs.blank.excel import build_blank, fill  # noqa: E402
from kesu_docs.validation import build  # noqa: E402

KINDS = ("8d", "return", "allowance")


def main(out: Path = HERE) -> None:
    for kind in KINDS:
        spec = forms.get(kind)
        for variant in ("valid", "broken"):
            values = json.loads((HERE / f"{kind}-{variant}.json").read_text(encoding="utf-8"))
            values.pop("kind", None)
            record, problems = build(spec, values)
            if problems:  # a sample breaks rules, never types
                raise SystemExit(f"{kind}-{variant}.json: {[p.code for p in problems]}")
            wb = fill(build_blank(spec), spec, record)
            wb.properties.creator = "kesu-docs samples"
            wb.properties.created = wb.properties.modified = dt.datetime(2026, 9, 20, 9, 0)
            wb.save(out / f"{kind}-{variant}.xlsx")


if __name__ == "__main__":
    main()
