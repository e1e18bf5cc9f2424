"""What the machine the tests run on must not decide: the login name, the time zone. Each test
runs the program in a process of its own with the environment it names (nothing of this
process is changed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# a container whose user has no entry in /etc/passwd and no USER / LOGNAME set: getpass has
# no name to give (it raises; pwd.getpwuid is what it asks last)
_NO_LOGIN_NAME = (
    "import pwd, sys\n"
    "def _none(uid):\n"
    "    raise KeyError(f'getpwuid(): uid not found: {uid}')\n"
    "pwd.getpwuid = _none\n"
    "from pathlib import Path\n"
    "from kesu_docs.web import WebConfig, create_app\n"
    "tmp = Path(sys.argv[1])\n"
    "app = create_app(WebConfig(db=str(tmp / 'k.db'), work=tmp / 'work'))\n"
    "client = app.test_client()\n"
    "page = client.get('/register')\n"
    "print(page.status_code)\n"
    "print(page.get_data(as_text=True))\n"
)


def _without_login_name() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("USER", "LOGNAME", "LNAME", "USERNAME")}


def test_the_page_opens_for_a_user_without_a_login_name(tmp_path):
    """``kesu serve`` on the clerk's own PC names the clerk by the login name: in a container
    whose user has none (no USER, a uid not in /etc/passwd) getpass raised and the server did
    not start; the register's case log says "unknown" there already. The page is "local"'s."""
    done = subprocess.run(
        [sys.executable, "-c", _NO_LOGIN_NAME, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_without_login_name(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    status, page = done.stdout.split("\n", 1)
    assert status == "200", page
    assert '<span class="who" id="who">local · ' in page
