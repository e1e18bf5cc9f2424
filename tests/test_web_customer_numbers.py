"""A customer's number with ``/`` on the page (``kesu serve``, real): the batch page links to its
case page, the case page is found by its number, and its re-print and void forms post to the
document they belong to, never to the one numbered ``CCF_SG_26_0307``."""

from __future__ import annotations

import html
import json
import re

import pytest
from hostile import excel_form
from test_web_leftovers13 import _filed, _stage
from test_web_safety import Client
from web_helpers import running_server

from kesu_docs.filing import output_name
from kesu_docs.register import Register

pytestmark = pytest.mark.slow

SLASHED = "CCF/SG/26/0307"
UNDERSCORED = "CCF_SG_26_0307"


def test_a_customers_number_with_slashes_is_linked_found_reprinted_and_voided_on_the_page(tmp_path):
    forms = tmp_path / "forms"
    forms.mkdir()
    sent = [
        excel_form(forms / "ccf-sg.xlsx", number=SLASHED, customer="Jurong Appliances Pte Ltd"),
        excel_form(forms / "ccf-sg-2.xlsx", number=UNDERSCORED, customer="Tuas Electronics Pte Ltd"),
    ]
    with running_server(tmp_path) as server:
        client = Client(server.url)
        status, body, _ = client.upload([(p.name, p.read_bytes()) for p in sent], client.token())
        assert status == 200, body[:500]
        batch_id = json.loads(body)["batch"]
        assert _stage(client, batch_id, ("checked", "failed")) == "checked"
        page = _filed(client, batch_id)

        # the batch page links each number to its own case page
        links = {
            html.unescape(n): link for link, n in re.findall(r'href="([^"]+)" class="number">([^<]+)<', page)
        }
        assert sorted(links) == sorted([SLASHED, UNDERSCORED])
        assert links[SLASHED] == f"/case/complaint/{SLASHED}" and links[SLASHED] != links[UNDERSCORED]
        status, case, _ = client.request("GET", links[SLASHED])
        assert status == 200
        assert f'id="case-number">{SLASHED}<' in case and "Jurong" in case and "Tuas" not in case
        status, other, _ = client.request("GET", links[UNDERSCORED])
        assert status == 200 and "Tuas" in other and "Jurong" not in other

        # each document downloads under a name of its own
        docx = [html.unescape(link) for link in re.findall(r'href="([^"]+)" class="docx"', page)]
        names = sorted(link.rsplit("/", 1)[-1] for link in docx)
        assert names == sorted([output_name("complaint", SLASHED), output_name("complaint", UNDERSCORED)])
        for link in docx:
            status, _, headers = client.request("GET", link)
            assert status == 200 and "attachment" in headers["Content-Disposition"]

        # re-printed from its case page: the form posts to this number, the copy is listed there
        token = re.search(r'name="csrf_token" value="([^"]+)"', case).group(1)
        reprint = html.unescape(
            re.search(r'action="([^"]+)" class="inline" id="reprint-form"', case).group(1)
        )
        assert reprint == f"/case/complaint/{SLASHED}/reprint"
        status, _, headers = client.form(reprint, {"csrf_token": token})
        assert status in (302, 303) and headers["Location"].endswith(links[SLASHED])
        _, case, _ = client.request("GET", links[SLASHED])
        copies = re.findall(r'href="([^"]+)" class="reprint-file">([^<]+)<', case)
        assert [html.unescape(name) for _, name in copies] == [output_name("complaint", SLASHED, reprint=1)]
        assert client.request("GET", html.unescape(copies[0][0]))[0] == 200
        assert "reprint-file" not in client.request("GET", links[UNDERSCORED])[1]

        # voided from its case page: that document, not the other
        void = html.unescape(re.search(r'action="([^"]+)" class="inline" id="void-form"', case).group(1))
        assert void == f"/case/complaint/{SLASHED}/void"
        status, _, _ = client.form(void, {"csrf_token": token, "reason": "customer withdrew"})
        assert status in (302, 303)
        with Register.open(server.db, create=False) as reg:
            assert reg.get(SLASHED).status == "void" and reg.get(UNDERSCORED).status != "void"
        assert server.alive(), server.log.read_text()
