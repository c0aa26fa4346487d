"""Imports run one way (docs/architecture.md): the neutral vocabulary at the bottom, then read -> analyse ->
extract -> resolve -> store -> pipeline -> query -> export/eval -> cli/web; no package imports one above it, the store
consumes plain records only, only analyse touches spaCy and only the store talks to a database. Read from
the source with ast, so nothing is imported to check it."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "dossier"
# Bottom to top: each top-level package or module of dossier may import only those before it.
NEUTRAL = ["errors", "plover", "models", "dates", "lexicon", "packs", "text", "summaries"]
ORDER = [*NEUTRAL, "read", "analyse", "extract", "resolve", "store", "ingest", "bounded", "workers", "pipeline",
         "watch", "query", "export", "evaluate", "web", "cli", "__main__", "__init__"]
# Who may import these: only analyse touches spaCy, only the store a database (the CLI names sqlite3's error
# type, to word a failing store in one line).
ONLY = {"spacy": {"analyse"}, "sqlite3": {"store", "cli"}, "psycopg": {"store"}}


def runtime_imports(path: Path) -> set[str]:
    """Modules a file imports when it runs (not those imported for the type checker only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
                   for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def package_imports() -> dict[str, set[str]]:
    """Top-level package (or module) of dossier -> everything its files import at run time."""
    imports: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        imports[path.relative_to(PACKAGE).parts[0].removesuffix(".py")] |= runtime_imports(path)
    return imports


def test_every_package_has_its_place_in_the_order() -> None:
    missing = sorted(set(package_imports()) - set(ORDER))
    assert not missing, f"add {missing} to ORDER in {Path(__file__).name} (and to docs/architecture.md)"


def test_imports_run_one_way() -> None:
    rank = {name: n for n, name in enumerate(ORDER)}
    upward = sorted(f"{package} imports {module}" for package, modules in package_imports().items()
                    for module in modules if module.startswith("dossier.")
                    and (target := module.split(".")[1]) != package and rank[target] >= rank[package])
    assert upward == []


def test_the_store_consumes_plain_records_only() -> None:
    above = sorted(m for m in package_imports()["store"] if m.startswith("dossier.")
                   and m.split(".")[1] not in {*NEUTRAL, "store"})
    assert above == [], "the store imports nothing from the stages: they hand it records from dossier.models"


def test_only_analyse_touches_spacy_and_only_the_store_a_database() -> None:
    wrong = sorted(f"{package} imports {module}" for package, modules in package_imports().items()
                   for module in modules for library, allowed in ONLY.items()
                   if module.split(".")[0] == library and package not in allowed)
    assert wrong == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    code = tmp_path / "x.py"
    code.write_text("from typing import TYPE_CHECKING\nfrom dossier.store import Store\n"
                    "if TYPE_CHECKING:\n    from spacy.language import Language\n")
    assert runtime_imports(code) == {"typing", "dossier.store"}
