"""Form redaction holds for bodies that are not well-formed forms too."""

from __future__ import annotations

import pytest

from twilio_sansio.core.debug import redact_form


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"AuthToken=s3cret&&x=1", b"AuthToken=%5Bredacted%5D&&x=1"),
        (b"\xff&MyToken=abc", b"\xff&MyToken=%5Bredacted%5D"),
        (b"Auth%54oken=abc&B=2", b"Auth%54oken=%5Bredacted%5D&B=2"),
        (b"A=1&ApiSecret=zz&B=2", b"A=1&ApiSecret=%5Bredacted%5D&B=2"),
    ],
)
def test_secret_fields_are_redacted_in_malformed_bodies(body: bytes, expected: bytes) -> None:
    assert redact_form(body) == expected


def test_bodies_without_secret_fields_are_unchanged() -> None:
    body = b"Body=Token%20of%20thanks&To=%2B14105556789&&x"
    assert redact_form(body) == body
