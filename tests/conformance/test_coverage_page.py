"""docs/reference/coverage.md is what tools/coverage_page.py makes of the documents and cases."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_committed_coverage_page_is_current() -> None:
    spec = importlib.util.spec_from_file_location("coverage_page", REPO / "tools/coverage_page.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (REPO / "docs" / "reference" / "coverage.md").read_text(encoding="utf-8")
    assert committed == module.render(), (
        "docs/reference/coverage.md is stale: run tools/coverage_page.py"
    )
