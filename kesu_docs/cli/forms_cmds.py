"""``kesu forms``, ``kesu schema KIND``, ``kesu blank KIND -o FILE``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import LANG_OPTION, console, fail, fail_writing, own_output_only, t
from .options import FormKind

KIND = FormKind()  # every form module found, not a list typed here


@click.command("forms")
@LANG_OPTION
def forms_command() -> None:
    """List the form kinds: kind, code, title, copies.

    \b
    Example:
      kesu forms
    """
    from rich.table import Table

    table = Table(title=t("表单种类", "Form kinds"))
    for head in (t("种类", "kind"), t("编码", "code"), t("名称", "title"), t("联数", "copies")):
        table.add_column(head)
    from .. import forms

    for spec in forms.all_specs():
        title = spec.title_zh if t("zh", "en") == "zh" else spec.title_en
        table.add_row(spec.kind, spec.form_code, title, str(len(spec.copies)))
    console().print(table)


@click.command("schema")
@click.argument("kind", type=KIND)
@LANG_OPTION
def schema_command(kind: str) -> None:
    """Print the JSON Schema of a form's record.

    \b
    Example:
      kesu schema complaint > complaint.schema.json
    """
    from .. import forms

    spec = forms.get(kind)
    schema = spec.model.model_json_schema(mode="validation")
    schema["$id"] = f"https://kesu-docs/schema/{spec.kind}.json"
    schema["title"] = f"{spec.title_zh} {spec.form_code}"
    click.echo(json.dumps(schema, ensure_ascii=False, indent=2))


@click.command("blank")
@click.argument("kind", type=KIND)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="FILE.xlsx (or FILE.pdf: a fillable PDF form)",
)
@click.option(
    "--force",
    is_flag=True,
    help="replace the file at -o even when it is a filled form / -o 处的文件即使是已填写的表单也覆盖",
)
@LANG_OPTION
def blank_command(kind: str, output: Path, force: bool) -> None:
    """Write a blank fillable form; the suffix chooses the format.

    \b
    Example:
      kesu blank complaint -o 客户抱怨处理单.xlsx
    """
    from .. import forms
    from ..blank import is_blank_form

    spec = forms.get(kind)
    suffix = output.suffix.lower()
    if suffix == ".xlsx":
        from ..blank.excel import write_blank
    elif suffix == ".pdf":
        from ..blank.pdf import write_blank  # type: ignore[assignment]  # settings not needed
    else:
        fail(f"不支持的格式 {suffix}：请用 .xlsx 或 .pdf", f"Unsupported format {suffix}: use .xlsx or .pdf")
    from ..leftovers import clean

    # a blank written again writes over a blank (a form with nothing filled in); never over the
    # clerk's filled form of the same name: asked now and right before the rename
    replaceable = own_output_only(output, is_blank_form, force, ("空白表单", "blank form"))
    replaceable()
    clean(output.parent)  # the temporary file of a blank killed (kill -9) while it was written
    try:
        write_blank(spec, output, check=replaceable)
    except RuntimeError as exc:  # the fillable PDF's font (FontMissing) and the like: say what to do
        fail(getattr(exc, "zh", str(exc)), getattr(exc, "en", str(exc)))
    except OSError as exc:  # a folder that is a file, no permission, a full disk
        fail_writing(f"无法写出 {output}", f"Cannot write {output}", exc)
    click.echo(t(f"已写出空白表单：{output}", f"Blank form written: {output}"))


COMMANDS = (forms_command, schema_command, blank_command)
