"""What a document prints the same in every copy (联), rendered once a document, not once a copy.

A template prints its copies in one loop, ``{% for copy in copies %} … {% endfor %}``, and
most of that loop's body — the record's fields, the tables of rows — does not depend on the
copy. Jinja evaluates it again for each copy: five copies, five times every field looked up,
escaped and encoded. Here, before the template is compiled, each run of the loop's
statements that reads nothing the loop changes becomes a Jinja ``{% block %}`` of its own,
and the loop prints a marker in its place; the renderer renders each block once, where the
loop first reaches its marker, and puts its bytes at every copy's marker
(:class:`~.template._Part`). The output is byte for byte what the loop printed before
(tests/test_render_invariant.py).

A run is taken only when moving it cannot change what it prints: it reads no name bound
anywhere in the template (the copy, ``loop``, a ``{% set %}``, an enclosing loop's
variable), and it holds nothing but output, ``if``, plain ``for`` loops and expressions
without side effects (attributes, items, comparisons, the filters in :data:`PURE_FILTERS`,
``range``). Anything else stays in the loop, evaluated per copy as Jinja does.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import nodes
from markupsafe import Markup

# filters whose result depends on their arguments only (``random`` does not, and a filter a
# template environment adds is not known)
PURE_FILTERS = frozenset(
    {
        "abs", "capitalize", "center", "count", "d", "default", "e", "escape", "first", "float",
        "format", "indent", "int", "join", "last", "length", "list", "lower", "replace", "round",
        "safe", "string", "striptags", "sum", "title", "trim", "truncate", "upper", "wordcount",
    }
)  # fmt: skip
# globals that are pure functions of their arguments
PURE_CALLS = frozenset({"range"})
_EXPRESSIONS = (
    nodes.Const, nodes.TemplateData, nodes.Name, nodes.Getattr, nodes.Getitem, nodes.Slice,
    nodes.Compare, nodes.Operand, nodes.And, nodes.Or, nodes.Not, nodes.Neg, nodes.Pos,
    nodes.CondExpr, nodes.Concat, nodes.BinExpr, nodes.Tuple, nodes.List, nodes.Dict, nodes.Pair,
    nodes.Test, nodes.MarkSafe, nodes.MarkSafeIfAutoescape,
)  # fmt: skip
_STATEMENTS = (nodes.Output, nodes.If)
# names Jinja gives a meaning of its own inside a template
_SPECIAL = frozenset({"loop", "self", "caller", "varargs", "kwargs", "super"})
_MARK = "\x00kesu-copy-invariant-{}\x00"  # never in a part's XML: XML cannot hold a NUL


@dataclass(frozen=True)
class Hoisted:
    """One block: its name in the compiled template and the marker the loop prints for it."""

    block: str
    marker: Markup

    @classmethod
    def nth(cls, index: int) -> Hoisted:
        """The ``index``-th block :func:`hoist` makes of a template (names and markers follow
        from the index alone: a part's compiled code kept on disk is given them again)."""
        return cls(f"_kesu_copy_invariant_{index}", Markup(_MARK.format(index)))


def hoist(tree: nodes.Template, loop_over: str = "copies", *, per_copy: str | None = None) -> list[Hoisted]:
    """Move the copy-invariant runs of ``tree``'s loops over ``loop_over`` into blocks (in place).

    ``per_copy`` names the variable of a part rendered once a copy (a header printing
    ``{{ copy.label }}``): the runs of its whole body that do not read it become blocks too,
    and the renderer keeps their bytes from one copy's render to the next of a document.
    The blocks stand after the template's output, under ``{% if false %}``: compiled, never
    printed there. Returns the blocks made; none when the template has blocks, macros,
    ``{% autoescape %}`` or ``extends`` of its own (their scoping is left to Jinja).
    """
    if any(True for _ in tree.find_all(_SCOPING)):
        return []
    bound = {n.name for n in tree.find_all(nodes.Name) if n.ctx != "load"} | _SPECIAL
    made: list[Hoisted] = []
    blocks: list[nodes.Node] = []
    for loop in list(tree.find_all(nodes.For)):
        if isinstance(loop.iter, nodes.Name) and loop.iter.name == loop_over and not loop.recursive:
            loop.body = _runs_made_blocks(loop.body, bound, made, blocks)
    if per_copy is not None:
        tree.body = _runs_made_blocks(tree.body, bound | {per_copy}, made, blocks)
    if blocks:
        tree.body.append(nodes.If(nodes.Const(False), blocks, [], []))
    return made


def _runs_made_blocks(
    statements: list[nodes.Node], bound: set[str], made: list[Hoisted], blocks: list[nodes.Node]
) -> list[nodes.Node]:
    """``statements`` with each run that reads nothing in ``bound`` (and prints a value) made a
    block of ``blocks``, a marker printed in its place."""
    body: list[nodes.Node] = []
    run: list[nodes.Node] = []
    for statement in [*_one_output_each(statements), None]:
        if statement is not None and _invariant(statement, bound):
            run.append(statement)
            continue
        if any(_prints_a_value(s) for s in run):
            hoisted = Hoisted.nth(len(made))
            made.append(hoisted)
            blocks.append(nodes.Block(hoisted.block, _joined_outputs(run), False, False))
            body.append(nodes.Output([nodes.Name(hoisted.block, "load")]))
        else:
            body += run
        run = []
        if statement is not None:
            body.append(statement)
    return _joined_outputs(body)


def markers(made: list[Hoisted]) -> dict[str, Markup]:
    """The template globals that name each block's marker (the loop prints these)."""
    return {h.block: h.marker for h in made}


_SCOPING = (
    nodes.Block, nodes.Macro, nodes.CallBlock, nodes.Extends, nodes.Include, nodes.Import,
    nodes.FromImport, nodes.EvalContextModifier, nodes.Scope, nodes.OverlayScope,
)  # fmt: skip


def _one_output_each(statements: list[nodes.Node]) -> list[nodes.Node]:
    """The statements with each ``Output`` split into one per printed piece: a piece that
    reads the copy keeps only itself in the loop, not the text around it."""
    out: list[nodes.Node] = []
    for statement in statements:
        if isinstance(statement, nodes.Output):
            out += [nodes.Output([child], lineno=child.lineno) for child in statement.nodes]
        else:
            out.append(statement)
    return out


def _joined_outputs(statements: list[nodes.Node]) -> list[nodes.Node]:
    """Consecutive ``Output`` statements as one again (Jinja joins its constants then)."""
    out: list[nodes.Node] = []
    for statement in statements:
        if isinstance(statement, nodes.Output) and out and isinstance(out[-1], nodes.Output):
            out[-1] = nodes.Output([*out[-1].nodes, *statement.nodes], lineno=out[-1].lineno)
        else:
            out.append(statement)
    return out


def _prints_a_value(node: nodes.Node) -> bool:
    """Whether moving ``node`` saves any work: it prints more than the template's own text."""
    if isinstance(node, nodes.Output):
        return any(not isinstance(child, nodes.TemplateData) for child in node.nodes)
    return True


def _invariant(node: nodes.Node, bound: set[str], local: frozenset[str] = frozenset()) -> bool:
    """Whether ``node`` prints the same wherever it is evaluated in the template: it reads no
    name bound anywhere in the template (but those its own loops bind) and has no side effect."""
    if isinstance(node, nodes.For):
        if node.recursive or not _invariant(node.iter, bound, local):
            return False
        inner = local | {n.name for n in node.target.find_all(nodes.Name)} | {"loop"}
        parts = [*node.body, *node.else_] + ([node.test] if node.test is not None else [])
        return all(_invariant(part, bound, inner) for part in parts)
    if isinstance(node, nodes.Name):
        return node.ctx == "load" and (node.name in local or node.name not in bound)
    if isinstance(node, nodes.Filter):
        if node.name not in PURE_FILTERS or node.dyn_args is not None or node.dyn_kwargs is not None:
            return False
    elif isinstance(node, nodes.Call):
        if not (isinstance(node.node, nodes.Name) and node.node.name in PURE_CALLS):
            return False
        if node.dyn_args is not None or node.dyn_kwargs is not None or node.kwargs:
            return False
        return all(_invariant(arg, bound, local) for arg in node.args) and _invariant(node.node, bound, local)
    elif isinstance(node, nodes.Keyword):
        pass
    elif not isinstance(node, _STATEMENTS + _EXPRESSIONS):
        return False
    return all(_invariant(child, bound, local) for child in node.iter_child_nodes())
