"""Odd files a blind test of the sixteenth round found misnamed (dev17-rhb), each made here:

- a PDF that is a dynamic XFA form (an AcroForm carrying ``/XFA``, its pages empty but for the
  placeholder a viewer without XFA shows) is said to be one (``xfa_form``), with what the clerk
  does about it — never "not a form" or "a scan";
- an HTML file saved under an Excel name that is a web sign-in page (a password box, no form
  labels) is called a web page, not a corrupt workbook nor a system's table export to re-save;
- a hidden column beside a value: the visible cell's value is read, the hidden column's text is
  neither the value nor an unread label.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
from test_reader_guards import parse, value

from kesu_docs.parse import parse_paths

_XDP = (
    b'<?xml version="1.0" encoding="UTF-8"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">'
    b'<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1">'
    b'<field name="CustomerName"><caption><value><text>Customer</text></value></caption></field>'
    b"</subform></template></xdp:xdp>"
)


def _xfa_pdf(tmp_path: Path, placeholder: str | None) -> Path:
    """A one-page PDF whose form is XFA only: the page empty, or holding the usual placeholder."""
    if placeholder is None:
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
    else:
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, placeholder)
        writer = PdfWriter(io.BytesIO(bytes(pdf.output())))
    xfa = DecodedStreamObject()
    xfa.set_data(_XDP)
    ref = writer._add_object(xfa)
    acroform = DictionaryObject({NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): ref})
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(acroform)
    path = tmp_path / "客诉单.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    return path


PLEASE_WAIT = (
    "Please wait...\n\nIf this message is not eventually replaced by the proper contents of the "
    "document, your PDF viewer may not be able to display this type of document.\n\nYou can "
    "upgrade to the latest version of Adobe Reader for Windows, Mac, or Linux by visiting "
    "http://www.adobe.com/go/reader_download."
)


@pytest.mark.parametrize("placeholder", [None, PLEASE_WAIT])
def test_an_xfa_form_is_said_to_be_one_in_the_clerks_words(tmp_path, placeholder):
    [result] = parse_paths([_xfa_pdf(tmp_path, placeholder)])
    assert [e.code for e in result.errors] == ["xfa_form"]
    [error] = result.errors
    assert "XFA" in error.message("zh") and "Adobe Reader" in error.message("zh")
    assert "XFA" in error.message("en") and "print it to a PDF" in error.message("en")


def test_a_pdf_with_no_text_and_no_xfa_is_still_a_scan(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    [result] = parse_paths([path])
    assert [e.code for e in result.errors] == ["no_text_layer"]


LOGIN = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>供应商协同平台 - 登录</title>
<link rel="stylesheet" href="/static/css/login.css"></head>
<body><div class="login-box"><h2>供应商协同平台</h2>
<form method="post" action="/sso/login">
<label for="username">用户名</label><input type="text" id="username" name="username">
<label for="password">密码</label><input type="password" id="password" name="password">
<input type="checkbox" name="remember"> 记住我
<button type="submit">登录</button></form>
<p>会话已过期，请重新登录。 © 2026</p></div></body></html>"""

LOGIN_EN = """<html><head><title>Sign in | Supplier Portal</title></head><body>
<form action="/login" method="post"><h1>Sign in</h1>
Email <input name="email"> <input type="submit" value="Continue"></form></body></html>"""


@pytest.mark.parametrize("suffix", ["xls", "xlsx"])
@pytest.mark.parametrize("page", [LOGIN, LOGIN_EN])
def test_a_sign_in_page_saved_as_a_workbook_is_called_a_web_page(tmp_path, suffix, page):
    path = tmp_path / f"客诉单.{suffix}"
    path.write_text(page, encoding="utf-8")
    [result] = parse_paths([path])
    [error] = result.errors
    assert "登录页面" in error.message("zh") and "网页" in error.message("zh")
    assert "sign-in page" in error.message("en") and "sign in again" in error.message("en")
    assert "table export" not in error.message("en") and "corrupt" not in error.message("en")


def test_a_systems_table_export_is_still_one(tmp_path):
    rows = "".join(f"<tr><td>字段{i}</td><td>值{i}</td></tr>" for i in range(8))
    page = f"<html><body><form><input type='password'></form><table>{rows}</table></body></html>"
    path = tmp_path / "export.xls"
    path.write_text(page, encoding="utf-8")
    [result] = parse_paths([path])
    assert "table export" in result.errors[0].message("en")


# ---------------------------------------------------------------------------------- hidden columns
def _hidden_helper(tmp_path: Path, helper: tuple[str, str, str, str], column: str = "C") -> Path:
    """A complaint sheet whose column ``column`` (hidden) holds an ERP's look-up helpers."""
    wb = Workbook()
    ws = wb.active
    rows = [
        ("客户抱怨处理单",),
        ("客户名称", "宁波均胜汽车电子有限公司", helper[0], "受理日期", "2026-11-18"),
        ("品名", "PCB 控制板", helper[1], "料号", "KB-2205-A"),
        ("交运日期", "2026-11-02", helper[2], "数量", "4800"),
        ("不良数量", "36", helper[3], "订单号", "PO-JS-261102"),
        ("异常描述", "焊点虚焊，客户产线功能测试不良。"),
        ("填表人", "王晓燕", None, "主管", "李建国"),
    ]
    for row in rows:
        ws.append(list(row))
    ws.column_dimensions[column].hidden = True
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "helper", [("客户代码", "物料编码", "出货单号", "批次号"), ("C0042", "M-2205", "DN-88123", "L2611")]
)
def test_a_hidden_column_beside_the_values_is_neither_a_value_nor_an_unread_label(tmp_path, helper):
    result = parse(_hidden_helper(tmp_path, helper), "complaint")
    assert value(result, "customer") == "宁波均胜汽车电子有限公司"
    assert value(result, "part_name") == "PCB 控制板"
    assert value(result, "ship_date") == "2026-11-02"
    assert value(result, "defect_qty") == 36
    assert value(result, "received_date") == "2026-11-18"
    assert value(result, "order_no") == "PO-JS-261102"
    assert not any(p.code == "unread_label" for p in result.warnings)
    assert not any(p.code == "value_hidden" for p in result.warnings)


def test_the_same_text_in_a_shown_column_is_still_an_unread_label(tmp_path):
    path = _hidden_helper(tmp_path, ("客户代码", "物料编码", "出货单号", "批次号"), column="H")
    result = parse(path, "complaint")
    assert any(p.code == "unread_label" and p.params.get("text") == "出货单号" for p in result.warnings)


def test_a_hidden_column_between_a_label_and_its_value_gives_the_shown_value(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ("客户抱怨处理单",),
        ("客户名称", "C0042", "宁波均胜汽车电子有限公司", "受理日期", "2026-11-18"),
        ("交运日期", "2026-10-30", "2026-11-02", "数量", "4800"),
        ("不良数量", None, "36", "订单号", "PO-JS-261102"),
    ]:
        ws.append(list(row))
    ws.column_dimensions["B"].hidden = True
    path = tmp_path / "between.xlsx"
    wb.save(path)
    result = parse(path, "complaint")
    assert value(result, "customer") == "宁波均胜汽车电子有限公司"
    assert value(result, "ship_date") == "2026-11-02"
    assert value(result, "defect_qty") == 36
