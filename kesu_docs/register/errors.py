"""What can go wrong with the register: each error a stable code with zh and en messages."""

from __future__ import annotations

from typing import Any

from ..problems import Bilingual, KesuError

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "register_unreachable": (
        "无法连接登记簿 {url}：{reason}",
        "Cannot reach the register {url}: {reason}",
    ),
    "register_no_folder": (
        "登记簿所在的目录不存在：{url}",
        "The register's folder does not exist: {url}",
    ),
    "register_missing": (
        "登记簿 {url} 不存在（先用 kesu render 建立）",
        "The register {url} does not exist (kesu render creates it)",
    ),
    "register_unsupported": (
        "不支持的登记簿地址 {url}：请用 SQLite 文件路径或 postgresql:// 地址",
        "Unsupported register address {url}: use an SQLite file path or a postgresql:// URL",
    ),
    "register_in_memory": (
        "登记簿 {url} 只在内存中：命令结束时编号全部丢失，下次会再次发出同样的编号；请用 SQLite 文件路径或 postgresql:// 地址",
        "The register {url} would be in memory only: its numbers would be lost as the command ends and "
        "issued again next time; use an SQLite file path or a postgresql:// URL",
    ),
    "register_unlocked": (
        "登记簿地址 {url} 关闭了 SQLite 的文件锁（nolock、immutable 或不加锁的 VFS）：两位文员同时办理时会发出同一个编号；"
        "请去掉这些参数，用 SQLite 文件路径或 postgresql:// 地址",
        "The register address {url} turns SQLite's file locks off (nolock, immutable or a VFS that "
        "locks nothing): two clerks at work together would issue the same number; remove those "
        "parameters, use an SQLite file path or a postgresql:// URL",
    ),
    "register_vfs": (
        "登记簿地址 {url} 指定了 SQLite 的 VFS「{vfs}」：kesu 只用 SQLite 默认的 VFS 打开登记簿——"
        "别的 VFS 把登记簿放在内存中，或者按另一种方式加锁，其他文员的 kesu 看不到这种锁，两人会发出同一个编号。"
        "请去掉 vfs 参数，用 SQLite 文件路径或 postgresql:// 地址",
        "The register address {url} names SQLite's VFS '{vfs}': kesu opens a register with SQLite's "
        "default VFS only — another keeps the register in memory, or locks it another way, which "
        "other clerks' kesu never meets, and two clerks would issue the same number. Remove the "
        "vfs parameter, use an SQLite file path or a postgresql:// URL",
    ),
    "register_uri_ignored": (
        "登记簿地址 {url} 中的参数（{names}）只有加上 uri=true 才会交给 SQLite，否则会被悄悄忽略：请加上 uri=true，或去掉这些参数",
        "The register address {url} has parameters ({names}) that reach SQLite only with uri=true, "
        "and would be dropped without a word: add uri=true, or remove them",
    ),
    "register_uri_not_file": (
        "登记簿地址 {url} 中的参数（{names}）不会交给 SQLite：只有以 file: 开头的地址（如 "
        "sqlite:///file:kesu.db?cache=shared&uri=true）才会读取这些参数，否则它们会成为文件名的一部分，"
        "另建一个从头编号的登记簿：请改用 file: 开头的地址，或去掉这些参数",
        "The register address {url} has parameters ({names}) SQLite would never read: only an "
        "address starting file: (such as sqlite:///file:kesu.db?cache=shared&uri=true) passes them on; "
        "here they would become part of the file's name, a register of its own numbering from the "
        "start: write the address starting file:, or remove them",
    ),
    "register_too_new": (
        "登记簿 {url} 的版本（{found}）比本程序支持的（{known}）新，请升级 kesu-docs",
        "The register {url} has schema version {found}, newer than this program's {known}: upgrade kesu-docs",
    ),
    # database.PG_OLDEST: txid_status (a commit whose answer was lost, asked about), 10 and later
    "register_server_too_old": (
        "登记簿服务器 {url} 是 PostgreSQL {found}，kesu 需要 PostgreSQL {oldest} 或更新的版本"
        "（批次提交后回复丢失时，要靠它查明该事务是否已提交，才不会重号或漏号）：请升级服务器，"
        "或暂用 SQLite 登记簿文件",
        "The register's server {url} runs PostgreSQL {found}; kesu needs PostgreSQL {oldest} or "
        "later (it asks the server what became of a batch whose commit answer was lost, so that "
        "nothing is numbered twice): upgrade the server, or use an SQLite register file meanwhile",
    ),
    "register_failed": ("登记簿操作失败：{reason}", "The register failed: {reason}"),
    # issuing.update_many: a row to update is not there (gone under the batch); nothing written
    "register_rows_missed": (
        "登记簿表 {table} 中有 {missed} 行要更新的记录找不到（可能同时被其他操作更改）：本批未写入任何内容，请重试",
        "{missed} row(s) of the register's table {table} to update were not found (changed by "
        "another operation at the same time?): nothing of this batch was written, try again",
    ),
    # the database cannot hold a value of the document (PostgreSQL: a NUL character in a text)
    "register_value_refused": (
        "登记簿数据库拒收此文件的一个值：{reason}",
        "The register's database refused a value of this document: {reason}",
    ),
    "register_read_only": (
        "登记簿 {url} 是只读的，无法写入：请检查文件或数据库账号的写权限",
        "The register {url} is read-only: check the write permission of the file or the database account",
    ),
    # files.read_only_uri: reading would leave -wal/-shm files the register's writer could not use
    "register_copy_failed": (
        "无法读取登记簿 {url}：您不能在它的文件夹里建文件，kesu 需要把它复制到临时文件夹 {folder} 再读，"
        "但复制失败（{reason}）。请腾出临时文件夹的空间（登记簿 {size}），或设置 TMPDIR 到有空间的文件夹，"
        "或由有写权限的用户读取",
        "Cannot read the register {url}: you may not make files in its folder, so kesu copies it to "
        "the temporary folder {folder} to read it, and the copy failed ({reason}). Free space there "
        "(the register is {size}), set TMPDIR to a folder with room, or read it as a user who may "
        "write it",
    ),
    "register_read_only_no_writer": (
        "您对登记簿 {url} 只有读权限，而此刻没有程序打开它：只读打开会在它旁边留下属于您的 -wal/-shm "
        "文件，之后有写权限的用户将无法登记。请在 kesu 写入它时（如网页服务运行时）再读，或由有写权限的"
        "用户读取；存档的只读副本（去掉所有写权限）可以直接读取",
        "You may only read the register {url}, and no program has it open now: reading it would "
        "leave -wal/-shm files of yours beside it, and the users who write it could no longer "
        "file. Read it while kesu writes it (while the page runs, say), or as a user who may "
        "write it; an archived copy with no write permission for anyone is read as it is",
    ),
    "filed_under_other_number": (
        "表上编号为 {value}，但同一份文件已登记为 {number}（{holder}）：一份文件不能有两个编号",
        "The form says {value}, but the same document is registered as {number} ({holder}): "
        "one document cannot hold two numbers",
    ),
    # a document whose file is in the output folder already, never printed by this register
    # (filing.py): the lost documents filed again with their numbers (register_behind_folder's
    # recovery), or the register lost its latest records and issued that file's number again
    "number_in_folder": (
        "输出文件夹中已有编号 {number} 的文件 {path}，但登记簿没有在这里打印过它：该文件保持原样，"
        "此表单的文件没有写入。若此表单就是该文件的表单、带着它的编号重新归档（登记簿丢失最近的记录之后），"
        "登记簿已记下这个编号：请用 kesu render 把它归档到一个新的空输出文件夹（kesu render … -o 新文件夹）。"
        "否则登记簿可能丢失了最近的记录（从备份恢复，或 SQLite 登记簿的 -wal 文件被删除或未随文件一起复制），"
        "把这个编号又发给了此表单：请先找回登记簿的最近记录再归档",
        "The output folder already holds {path} under number {number}, which this register never "
        "printed there: that file was kept as it is, and this form's file not written. If this "
        "form is that file's document filed again with its number (the register having lost its "
        "latest records), the register holds its number now: file it with kesu render into a new, "
        "empty output folder (kesu render … -o <new folder>). Otherwise the register may have lost "
        "its latest records (put back from a backup, or an SQLite register's -wal file deleted or "
        "not copied with it) and issued that number to this form again: bring back the register's "
        "latest records before filing again",
    ),
    # a file put under the document's name after the folder was looked at, met at the very
    # rename (filing._written_new: the file system refuses the name): nothing of the register's
    "document_name_taken": (
        "输出文件夹中刚刚出现了文件 {path}：检查文件夹时它还不在，写入编号 {number} 的文件前一刻才出现"
        "（其他文员或程序同时保存了同名文件）。该文件保持原样，此表单的文件没有写入。"
        "请查明这个文件是谁的、把它移到别处，然后再运行同一命令",
        "{path} appeared in the output folder just now: it was not there when the folder was "
        "looked at, and came right before the file of number {number} was written under its name "
        "(another clerk or program saved a file of that name meanwhile). That file was kept as it "
        "is, and this form's file not written. Find out whose file it is, move it elsewhere, then "
        "run the same command again",
    ),
    # a file newer than its document under the document's name that kesu did not write
    # (filing._foreign: another program's zip or PDF): a rerun after document_name_taken
    "document_not_kesus": (
        "输出文件夹中的文件 {path} 占用了编号 {number} 的文件名，但它不是 kesu 写的（编号发出之后由其他文员或程序保存，"
        "或者文件被打开修改后另存过）。该文件保持原样，此表单的文件没有写入。"
        "请查明这个文件是谁的、把它移到别处，然后再运行同一命令",
        "{path} has the name of the file of number {number}, but kesu did not write it (another "
        "clerk or program saved it after the number was issued, or it was opened, changed and "
        "saved again). That file was kept as it is, and this form's file not written. Find out "
        "whose file it is, move it elsewhere, then run the same command again",
    ),
    # a register put back from a backup beside files it numbered after it (folder_ahead.py);
    # {lost} and {records}: worded for its database (register._refuse_behind)
    "register_behind_folder": (
        "输出文件夹 {folder} 中有 {count} 个文件的编号在登记簿已发出的编号之后，登记簿却没有它们的记录"
        "（{files}）：登记簿丢失了最近的记录——{lost}，这些文件是此前用更新的登记簿编号的。继续编号"
        "会把这些编号再次发给别的表单，所以 kesu 停在这里：从这里起的表单没有编号，也没有写入文件。"
        "恢复方法：找回登记簿最近的记录（{records}）；若已找不到，请把这些文件的原始表单填上各自文件的编号，"
        "用 kesu render 归档到一个新的空输出文件夹（本文件夹中的文件保持原样），让登记簿重新记下这些编号，"
        "再运行本命令（kesu register list 可核对登记簿最后的编号）。若这些文件是另一个登记簿写进同一文件夹的，"
        "请把它们移到那个登记簿自己的输出文件夹，再运行本命令",
        "The output folder {folder} holds {count} file(s) numbered after the numbers this register "
        "issued, which the register has no record of ({files}): the register lost its latest records "
        "— {lost} —, and they were numbered by the newer register before that. Numbering on would "
        "issue those numbers again to other forms, so kesu stopped here: no form from here on was "
        "numbered or written. To recover: bring back the register's latest records ({records}); "
        "failing that, file those documents' forms again with kesu render into a new, empty output "
        "folder (the files in this one stay as they are), each carrying its file's number, so that "
        "the register records those numbers, then run this command again (kesu register list shows "
        "the register's last numbers). Where those files were made by another register writing to "
        "the same folder, move them to that register's own folder and run this command again",
    ),
    "unknown_number": ("登记簿中没有编号 {number}", "Number {number} is not in the register"),
    "ambiguous_number": (
        "编号 {number} 同时属于多种文件（{kinds}），请用 --kind 指定",
        "Number {number} belongs to several kinds ({kinds}): give --kind",
    ),
    "already_void": (
        "{number} 已于 {voided_at} 作废（{reason}）",
        "{number} was voided on {voided_at} ({reason})",
    ),
    "amend_needs_number": (
        "修改登记内容须在表单上填写编号",
        "Amending needs the document's number on the form",
    ),
    "void_reason_required": ("作废必须说明原因", "Voiding needs a reason"),
    "ambiguous_case": (
        "表上没有编号，但与登记簿中的多个案件（{numbers}）客户、日期、料号、订单号、批号都相符：请在表上填写编号",
        "The form has no number and matches several registered cases ({numbers}) by customer, date, "
        "part, order and lot no.: write the number on the form",
    ),
    "revise_void": (
        "{number} 已于 {voided_at} 作废（{reason}），不能再修订",
        "{number} was voided on {voided_at} ({reason}): it cannot be revised",
    ),
    "unknown_revision": (
        "{number} 没有第 {revision} 版（共 {latest} 版）",
        "{number} has no revision {revision} (it has {latest})",
    ),
    "no_document_date": (
        "{label}为空，无法决定编号期间",
        "{label} is empty: no period to number the document in",
    ),
    "register_not_empty": (
        "目标登记簿 {url} 已有内容（{documents} 份文件、{events} 条日志、{counters} 个编号计数器），"
        "不能复制到这里：请用一个空的数据库",
        "The target register {url} is not empty ({documents} documents, {events} log lines, "
        "{counters} counters): copy into an empty database",
    ),
    "register_same": (
        "来源和目标是同一个登记簿：{url}",
        "The source and the target are the same register: {url}",
    ),
    "copy_mismatch": (
        "复制后核对数目不符（来源：{expected}；目标：{found}），已撤销，目标未改动",
        "The copy's counts do not match (source: {expected}; target: {found}): rolled back, "
        "the target is unchanged",
    ),
    "bad_numbering": (
        "编号格式“{pattern}”须恰好含一个 {{serial}}",
        "Numbering pattern '{pattern}' needs exactly one {{serial}}",
    ),
    # a PostgreSQL session holding the register (register._session_said), inside "held by …":
    # one the server does not show this user at all; another role's, its address and start hidden
    # (no pg_read_all_stats); one shown ({where}: its client address, {began}: its transaction's start)
    "register_holder_unseen": (
        "服务器进程 {pid}（本用户看不到是谁）",
        "server process {pid} (this user cannot see who)",
    ),
    "register_holder_hidden": (
        "{program}（角色 {role}，服务器进程 {pid}；客户端地址和开始时间不向本用户显示，需 pg_read_all_stats 权限）",
        "{program} (role {role}, server process {pid}; its address and start are not shown to this "
        "user without pg_read_all_stats)",
    ),
    "register_holder": (
        "{program}（{where}，服务器进程 {pid}，{began}）",
        "{program} ({where}, server process {pid}, {began})",
    ),
    # queries.check_columns: _columns.py written from another schema.py (a table changed since)
    "register_columns_stale": (
        "登记簿的列索引 kesu_docs/register/_columns.py 不是由当前的 schema.py 写出的（表已改动）："
        "不打开登记簿。请在源代码目录中运行以下命令重新写出它：{command}",
        "The register's columns' index kesu_docs/register/_columns.py was written from another "
        "schema.py than this one (a table changed): no register is opened. Write it again, in the "
        "source folder: {command}",
    ),
}


class RegisterError(KesuError):
    """The register cannot do what was asked; ``code`` is stable, ``message(lang)`` is for people."""


class NumberTaken(RegisterError):
    """A second, different document under a number already recorded (DOMAIN §2)."""

    def __init__(self, number: str, kind: str, holder: str = "", differences: Any = None) -> None:
        """``differences``: a Bilingual naming what differs (the identity: party, document date)."""
        zh = f"：{differences.zh}不同，不是同一份文件的修订" if differences else ""
        en = f": {differences.en} differ, so it is not a revision of it" if differences else ""
        super().__init__(
            "number_taken", value=number, kind=kind, holder=holder, differences=zh, differences_en=en
        )
        self.number = number
        self.kind = kind


class UnknownNumber(RegisterError, LookupError):
    """No document in the register carries that number."""

    def __init__(self, number: str) -> None:
        super().__init__("unknown_number", number=number)
        self.number = number


def damaged_words(text: str) -> bool:
    """Whether SQLite's message says the file is damaged."""
    text = text.lower()
    return "malformed" in text or "file is not a database" in text or "corrupt" in text


def damage_said(text: str, found: int = 0) -> Bilingual:
    """SQLite's words on a damaged register as the ``detail`` of ``register_damaged``: said in
    Chinese in the Chinese message (it read "已损坏（file is not a database）"), SQLite's own
    text kept for IT in the English one. ``found``: the errors an integrity check listed."""
    lowered = text.lower()
    if "file is not a database" in lowered:
        zh = "不是 SQLite 数据库文件，或文件头已损坏"
    elif found:
        zh = f"SQLite 完整性检查发现 {found} 处错误"
    elif "malformed" in lowered or "corrupt" in lowered:
        zh = "数据库文件的页面已损坏"
    else:
        zh = "数据库文件无法读取"
    return Bilingual(zh, text)


def database_errors() -> tuple[type[BaseException], ...]:
    """What a register's connection raises when the database fails: ``sqlite3``'s errors (a
    writer on the driver alone, :mod:`.lite_writer`) and SQLAlchemy's ``DBAPIError`` where
    SQLAlchemy is loaded — looked up, never imported: importing ``sqlalchemy.exc`` imports all
    of SQLAlchemy, and without it loaded none of its errors can be raised (issue 15)."""
    return _errors("Error", "DBAPIError")


def integrity_errors() -> tuple[type[BaseException], ...]:
    """:func:`database_errors`' refusals of a constraint (a unique number or source taken)."""
    return _errors("IntegrityError", "IntegrityError")


def data_errors() -> tuple[type[BaseException], ...]:
    """:func:`database_errors`' "problem with the processed data" (a value the database cannot hold)."""
    return _errors("DataError", "DataError")


def _errors(driver: str, wrapped: str) -> tuple[type[BaseException], ...]:
    import sqlite3
    import sys

    found: tuple[type[BaseException], ...] = (getattr(sqlite3, driver),)
    loaded = sys.modules.get("sqlalchemy.exc")
    return found + (getattr(loaded, wrapped),) if loaded is not None else found


def original(exc: BaseException) -> BaseException:
    """The driver's own error of a database failure: SQLAlchemy's ``orig``, else ``exc`` itself
    (a ``sqlite3`` error raised by the driver alone)."""
    return getattr(exc, "orig", None) or exc
