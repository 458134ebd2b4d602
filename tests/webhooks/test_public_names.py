"""The package's public surface, and what importing it costs."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import twilio_sansio.webhooks as webhooks
from twilio_sansio.core.errors import TwilioError


def modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(out))


def test_every_exported_name_resolves_and_has_a_docstring() -> None:
    for name in webhooks.__all__:
        value = getattr(webhooks, name)
        if not isinstance(value, str):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        webhooks.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018


def test_the_type_checkers_see_exactly_the_lazy_exports() -> None:
    tree = ast.parse(Path(webhooks.__file__).read_text(encoding="utf-8"))
    mirrored: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                assert statement.module is not None
                assert all(alias.asname == alias.name for alias in statement.names)
                mirrored[statement.module] = mirrored.get(statement.module, ()) + tuple(
                    alias.name for alias in statement.names
                )
    assert {module: set(names) for module, names in mirrored.items()} == {
        module: set(names) for module, names in webhooks._EXPORTS.items()
    }


def test_every_error_is_a_library_error() -> None:
    for name in webhooks.__all__:
        value = getattr(webhooks, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, TwilioError), name


def test_checking_signatures_imports_neither_cattrs_nor_phonenumbers_metadata() -> None:
    loaded = modules_after(
        "import twilio_sansio.core.webhooks\n"
        "from twilio_sansio.webhooks import parse_webhook, read_wsgi_request, IncomingMessage\n"
        "from twilio_sansio.webhooks import validate_request, signed_headers\n"
        "h = signed_headers('https://a.example/x', {'A': 'b'}, auth_token='t')\n"
        "validate_request('t', 'POST', 'https://a.example/x', h, b'A=b')"
    )
    assert "cattrs" not in loaded
    assert "phonenumbers.data" not in loaded


def test_building_the_first_event_imports_cattrs() -> None:
    loaded = modules_after(
        "from twilio_sansio.webhooks import IncomingMessage\n"
        "IncomingMessage.from_params({'MessageSid': 'SM1', 'AccountSid': 'AC1',"
        " 'From': 'client:a', 'To': 'client:b'})"
    )
    assert "cattrs" in loaded
