"""Placeholder: the incoming_numbers routes of the fake are being written (issue 5)."""

from __future__ import annotations

from twilio_sansio.testing.fake.router import Router


def register(router: Router) -> None:
    """Add no routes yet."""
