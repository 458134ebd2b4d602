"""Every Python example in the user guides runs, against the fake Twilio, and passes.

Each fenced ``python`` block is executed on its own. A block that defines ``test_*``
functions (a pytest example) has them called, with the fixtures they name built here.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from twilio_sansio.testing import FakeTwilio

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDES = ["testing.md"]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _examples() -> list[Any]:
    cases = []
    for guide in GUIDES:
        text = (DOCS / guide).read_text(encoding="utf-8")
        for index, found in enumerate(_BLOCK.finditer(text), start=1):
            line = text.count("\n", 0, found.start()) + 2
            cases.append(pytest.param(found.group(1), id=f"{guide}:{index}:line{line}"))
    return cases


FIXTURES = {"fake_twilio": FakeTwilio}


@pytest.mark.parametrize("source", _examples())
def test_the_example_runs(source: str) -> None:
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(source, "<docs example>", "exec"), namespace)
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            wanted = inspect.signature(value).parameters
            value(**{parameter: FIXTURES[parameter]() for parameter in wanted})


def test_every_guide_has_examples() -> None:
    assert len(_examples()) >= 5
