"""``kesu learn``: a layout profile from one filled form and the clerk's corrections."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import click

from .common import LANG_OPTION, console, fail, t
from .options import KIND_OPTION


def _pairs(items: tuple[str, ...]) -> dict[str, str]:
    from ..problems import MESSAGES

    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)?", name.strip()):
            zh, en = MESSAGES["learn_bad_setting"]
            fail(zh.format(text=item), en.format(text=item))
        out[name.strip()] = value
    return out


def _named(exc: OSError, target: Path) -> OSError:
    """The error said of ``target``, not of its temporary name."""
    exc.filename = str(target)
    return exc


def _profiles_folder(folder: Path) -> Path:
    """The profiles folder, checked before the form is learned: refused in the clerk's words when
    it is a file or cannot be written into, or is missing with its parent (a folder named in
    kesu.toml on a share that is not there is said, not made somewhere else). A missing folder
    is made once the profile is learned (:func:`_made`): a failed learn leaves nothing."""
    if folder.exists() and not folder.is_dir():
        fail(
            f"版式档案文件夹 {folder} 是一个文件，不是文件夹：请用 --profiles 或 kesu.toml 的 profiles 另指定文件夹",
            f"The profiles folder {folder} is a file, not a folder: name another with --profiles or "
            "kesu.toml's profiles",
        )
    if not folder.exists():
        if not folder.parent.is_dir():
            fail(
                f"版式档案文件夹 {folder} 不存在，其上级文件夹 {folder.parent} 也不存在：请检查 --profiles "
                "或 kesu.toml 的 profiles 设置（共享盘是否已连接？）",
                f"The profiles folder {folder} does not exist, nor does its parent {folder.parent}: "
                "check --profiles or kesu.toml's profiles (is the share connected?)",
            )
    if not os.access(folder if folder.exists() else folder.parent, os.W_OK | os.X_OK):
        fail(
            f"无法写入版式档案文件夹 {folder}：文件夹是只读的或您无权写入；请让 IT 人员开放写入权限，或用 --profiles 另指定文件夹",
            f"The profiles folder {folder} cannot be written into (read-only, or not yours to "
            "write): ask IT for write access, or name another with --profiles",
        )
    return folder


def _made(folder: Path) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        from ..filing import file_failure

        said = file_failure(exc)
        fail(f"无法建立版式档案文件夹：{said.zh}", f"The profiles folder cannot be made: {said.en}")


@click.command("learn")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@KIND_OPTION
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="FIELD=CELL_or_LABEL",
    help='where a field stands: a cell (B3), a range (D4:K4), the label it belongs to, or its value as printed in quotes ("TH-2609-011", the way to point on a PDF); FIELD= drops one',
)
@click.option(
    "--fixed",
    multiple=True,
    metavar="FIELD=VALUE",
    help="a value printed on the form itself (e.g. team[0].role=leader next to 组长)",
)
@click.option(
    "--confirm",
    "confirms",
    multiple=True,
    metavar="FIELD",
    help="a field kesu read with a doubt (a guess) that you checked: learned as confirmed, not warned on the next forms",
)
@click.option("--name", default=None, help="profile name (default: the file's name)")
@click.option(
    "--blank",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="the layout's blank form: its texts become the fingerprint",
)
@click.option(
    "--profiles",
    "folder",
    type=click.Path(path_type=Path),  # (a file given is refused in the clerk's words: _profiles_folder)
    default=None,
    help="profiles folder (default: profiles/ next to kesu.toml)",
)
@click.option("--force", is_flag=True, help="replace a profile of the same name")
@LANG_OPTION
def learn_command(
    file: Path,
    kind: str | None,
    sets: tuple[str, ...],
    fixed: tuple[str, ...],
    confirms: tuple[str, ...],
    name: str | None,
    blank: Path | None,
    folder: Path | None,
    force: bool,
) -> None:
    """Learn a form layout from one filled copy: writes profiles/NAME.toml.

    kesu reads the form as it can, the corrections (--set) say where the fields it missed or
    misread stand; the profile (field → cell and label, and the layout's printed labels as its
    fingerprint) is short TOML that may be edited by hand. From then on kesu parse / validate /
    render read every form of this layout (Excel or its PDF print) exactly by the profile.
    A PDF can be learned too: it has no cells, so a correction names the label or the value as
    printed, in quotes; such a profile reads the PDF prints of the layout.

    \b
    Example:
      kesu learn 华兴投诉单.xlsx --kind complaint --set customer=B3 --set ship_qty=出货数量(K)
      kesu learn scar.xlsx --kind 8d --set "team[0].name=A6" --fixed "team[0].role=leader"
      kesu learn 退货单.pdf --kind return --set 'number="TH-2609-011"' --set customer=退货客户
    """
    from ..config import profiles_dir
    from ..parse.profile import LearnError, learn
    from ..problems import MESSAGES, SourceError

    folder = _profiles_folder(folder or profiles_dir())  # before the work: a folder it cannot write
    try:
        confirm = [c.strip() for c in confirms]
        profile = learn(file, kind, _pairs(sets), _pairs(fixed), name=name, blank=blank, confirm=confirm)
    except (LearnError, SourceError) as exc:
        if isinstance(exc, SourceError):  # formatted as every problem is (no KeyError on a param)
            fail(exc.message("zh"), exc.message("en"))
        zh, en = MESSAGES.get(exc.code, (exc.code, exc.code))
        params = {k: str(v) for k, v in exc.params.items()}
        fail(zh.format_map(params), en.format_map(params))
    from ..filenames import safe_file_name

    # one file name, whatever the clerk typed or the form's file was called (85 Chinese
    # characters are 255 bytes: a name too long for the file system)
    safe = safe_file_name(re.sub(r"\s+", "_", profile.name), fallback="profile").strip("._") or "profile"
    target = folder / f"{safe}.toml"
    _agrees_with_the_copy_learned(target, profile, file, force)
    if target.exists() and not force:
        fail(
            f"版式档案 {target} 已存在；用 --force 覆盖，或用 --name 另取名称",
            f"Profile {target} exists; --force replaces it, --name picks another name",
        )
    _agrees_with_the_layouts_profile(target, profile, file, force)  # (says it is written: last)
    from ..leftovers import write_file

    _made(folder)
    try:  # whole or not at all: a temporary file renamed (a full disk leaves no half profile)
        write_file(target, profile.to_toml().encode("utf-8"))
    except OSError as exc:
        from ..filing import file_failure

        said = file_failure(exc if exc.filename == str(target) else _named(exc, target))
        fail(f"版式档案未写出：{said.zh}", f"The profile was not written: {said.en}")
    # read the form back with the new profile: the clerk sees what each field gives
    from ..parse.profile import read_by_profile

    data = file.read_bytes()
    read = read_by_profile(file, data, profile.kind, folder)
    record = None
    stood: dict[str, str] = {}  # field → the stand-in read there (#N/A, 见附件): no value
    if read:
        from .. import forms
        from ..parse.placeholders import not_given
        from ..validation import build

        spec = forms.get(profile.kind)
        given = not_given(read[0].values, spec, read[0].locations)  # as kesu parse reads it
        stood = {p.field: str(p.params.get("value", "")) for p in given}
        record, _ = build(spec, read[0].values, read[0].locations)
    from .plain_table import PlainTable as Table

    table = Table(title=t(f"版式档案 {target}", f"Profile {target}"))
    for head in (t("栏位", "Field"), t("位置", "Place"), t("读到的值", "Value read")):
        table.add_column(head)
    dumped = record.model_dump(mode="json", warnings=False) if record is not None else {}
    where = read[0].locations if read else {}
    for path in sorted(p for p in where if p):
        shown = _show(dumped, path)
        if path in stood:  # the clerk sees the field is left unread, and why
            shown = t(f"（未读取：“{stood[path]}”不是值）", f"(not read: '{stood[path]}' is no value)")
        table.add_row(path, str(where[path]), shown)
    console().print(table)
    for path, text in profile.unlearned.items():  # pointed at, but not readable by the profile
        click.echo(
            t(
                f"未学到 {path}：“{text}”与其他内容同在一格（或一个框）内，按档案读不出它；该栏位未写入档案",
                f"Not learned: {path}: '{text}' shares its cell (or box) with other text and the "
                "profile would not read it alone; the field is left out of the profile",
            )
        )
    for path, (typed, kept) in profile.bounded.items():  # a range typed past the cells used
        click.echo(
            t(
                f"{path}：区域 {typed} 超出工作表已用的储存格，档案中记为 {kept}",
                f"{path}: the range {typed} runs past the cells the sheet uses; the profile keeps {kept}",
            )
        )
    _guesses_listed(profile, target, file, [c.strip() for c in confirms])
    click.echo(t(f"已写出版式档案：{target}", f"Profile written: {target}"))
    sys.exit(0)


def _guesses_listed(profile, target: Path, file: Path, confirms: list[str]) -> None:
    """The fields learned ``unconfirmed`` (the reader's guesses on this copy: parse.profile.
    _guesses_kept), each with its place and doubts, and how to confirm them; a ``--confirm`` naming a
    field the profile holds no place for is said, never passed over."""
    from ..parse.profile import GUESS_DOUBTS

    for path in confirms:
        place = profile.fields.get(path)
        if place is None or place.value is not None:
            click.echo(
                t(
                    f"--confirm {path}：档案中没有此栏位在表上的位置（读取器没有读到它），无从确认",
                    f"--confirm {path}: the profile holds no place for it on the form (the reader read"
                    " nothing there), nothing to confirm",
                )
            )
    guessed = {p: pl for p, pl in profile.fields.items() if pl.unconfirmed}
    if not guessed:
        return
    click.echo(
        t(
            f"以下 {len(guessed)} 个栏位是读取器的猜测，档案中记为未确认（unconfirmed）；"
            "按此档案读取的每一份表都会在这些栏位上提示，直到确认：",
            f"{len(guessed)} field(s) were the reader's guess and are learned unconfirmed (unconfirmed in the"
            " profile); every form read by it is warned on them until they are confirmed:",
        )
    )
    for path, place in guessed.items():
        doubts = [GUESS_DOUBTS[c] for c in place.unconfirmed.split(", ") if c in GUESS_DOUBTS]
        where = place.cell or place.label or ""
        label = f"“{place.label}”" if place.label else ""
        click.echo(
            t(
                f"  {path}（{where}，标签{label}）：" + "；".join(d.zh for d in doubts),
                f"  {path} ({where}, label {place.label or ''!r}): " + "; ".join(d.en for d in doubts),
            )
        )
    shown = " ".join(f"--confirm {p}" for p in guessed)
    click.echo(
        t(
            f"核对无误后用 kesu learn {file.name} --kind {profile.kind} --force {shown}（连同原来的 --set 更正）重新学习"
            f"（或在 {target} 中删去该栏位的 unconfirmed）；"
            "读错的栏位用 --set 更正",
            f"Once checked, learn again with kesu learn {file.name} --kind {profile.kind} --force {shown} (and your"
            " --set corrections again; or delete the field's"
            f" unconfirmed in {target}); a field read wrong is corrected with --set",
        )
    )


def _agrees_with_the_copy_learned(target: Path, profile, file: Path, force: bool) -> None:
    """The profile ``target`` learned on a copy of the layout (this one again or another) puts
    no field where this one does not (``parse.profile.disagreements``): one would read the other
    wrong — said; nothing written without ``--force``, the profile replaced with it (each
    difference said as a warning). A profile that cannot be read is left to ``--force``."""
    from ..config import NotSettingsText, read_settings_text
    from ..parse.profile import Profile, disagreements

    if not target.is_file():
        return
    try:
        old = Profile.from_toml(read_settings_text(target), target)
    except (NotSettingsText, OSError, ValueError, TypeError, KeyError, AttributeError, ArithmeticError):
        return
    fields = disagreements(old, profile)
    if fields:
        said = {
            "file": str(target),
            "first": old.learned_from or "?",
            "second": file.name,
            "fields": t("；", "; ").join(fields),
        }
        _refused_unless_forced("learn_copies_disagree", said, force)


def _agrees_with_the_layouts_profile(target: Path, profile, file: Path, force: bool) -> None:
    """Another profile of the folder (another name) whose fingerprint this copy matches — a
    second copy of a layout already learned — is compared as a copy learned under the same name
    is: where the two put a field apart, said (``learn_copies_disagree_other``) and nothing
    written without ``--force`` (both would recognise such forms: one reads the other wrong);
    where they agree, the profile it duplicates is named (``learn_profile_duplicated``)."""
    from ..parse.profile import ProfileError, best_match, disagreements, layouts_of, load_profiles
    from ..problems import MESSAGES

    try:
        others = [
            p for p in load_profiles(target.parent) if p.file is None or p.file.resolve() != target.resolve()
        ]
        match = best_match(others, layouts_of(file, file.read_bytes()), profile.kind) if others else None
    except (ProfileError, OSError, ValueError):
        return  # (a folder's broken profile is said when a form is read)
    if match is None or match[0].printed != profile.printed:
        return  # (a print's profile and a workbook's are two profiles, read apart)
    other = match[0]
    fields = disagreements(other, profile)
    said = {
        "file": other.shown,
        "other": other.name,
        "first": other.learned_from or "?",
        "second": file.name,
        "fields": t("；", "; ").join(fields),
        "target": str(target),
    }
    if fields:
        _refused_unless_forced("learn_copies_disagree_other", said, force)
        return
    zh, en = MESSAGES["learn_profile_duplicated"]
    click.echo(t(zh, en).format_map(said), err=True)


def _refused_unless_forced(code: str, said: dict[str, str], force: bool) -> None:
    """Two copies of a layout learned apart disagree (``code``): refused, said; with ``--force``
    written anyway, the difference said as a warning (its ``_forced`` code)."""
    from ..problems import MESSAGES

    zh, en = MESSAGES[f"{code}_forced" if force else code]
    if not force:
        fail(zh.format_map(said), en.format_map(said))
    click.echo(t(zh, en).format_map(said), err=True)


def _show(record: dict, path: str) -> str:
    from ..value_paths import get as value_at

    node = value_at(record, path)
    return (
        "" if node is None else (json.dumps(node, ensure_ascii=False) if not isinstance(node, str) else node)
    )


COMMANDS = [learn_command]
