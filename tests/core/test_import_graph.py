"""The import graph of the package, read with `ast` (every import, including those inside
functions and `if TYPE_CHECKING:`), keeps the layering the architecture promises:

- core never imports gui, commands or cli;
- cli -> commands -> commands.context, never back (no half-initialised `cli`);
- no cycles between modules: the main window and its behaviour (window_actions, user_lists),
  curate/editor and curate/saving once formed some (type-checking only, still a knot).
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "hyvatkaytannot"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PKG.rglob("*.py")}


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The package module `name` refers to (its longest known prefix)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def graph() -> dict[str, set[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        is_pkg = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name if is_pkg else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                # `from pkg import mod` imports the module pkg.mod when there is one.
                targets = [f"{base}.{a.name}" for a in node.names] + [base]
            for target in targets:
                if not target.startswith("hyvatkaytannot"):
                    continue
                found = _resolve(target, modules)
                if found is not None and found != name:
                    edges[name].add(found)
    return edges


def _package_edge(a: str, b: str) -> bool:
    """A package and its own submodules import each other by design (re-exports)."""
    return a.startswith(b + ".") or b.startswith(a + ".")


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), package edges aside."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if _package_edge(v, w):
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_known_edges() -> None:
    edges = graph()
    assert "hyvatkaytannot.commands.context" in edges["hyvatkaytannot.commands.notes"]
    assert "hyvatkaytannot.gui.results_flow" in edges["hyvatkaytannot.gui.mainwindow"]
    assert "hyvatkaytannot.core.kb_parts" in edges["hyvatkaytannot.core.kb"]


def test_core_depends_on_nothing_above_it() -> None:
    for name, targets in graph().items():
        if name.startswith("hyvatkaytannot.core"):
            above = [t for t in targets if not t.startswith("hyvatkaytannot.core")]
            assert above in ([], ["hyvatkaytannot"]), (name, above)


def test_commands_never_import_the_cli() -> None:
    for name, targets in graph().items():
        if name.startswith("hyvatkaytannot.commands"):
            assert "hyvatkaytannot.cli" not in targets, name


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []
