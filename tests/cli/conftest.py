"""Fixtures of the command line's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli._support import clean_env
from twilio_sansio.testing.fake import FakeTwilio


@pytest.fixture
def state(tmp_path: Path) -> Path:
    """Where the built-in fake keeps its state in this test (not created yet)."""
    return tmp_path / "state" / "fake-state.json"


@pytest.fixture
def env(state: Path) -> dict[str, str]:
    """An environment with no Twilio credentials and the fake's state under tmp_path."""
    return clean_env(state)


@pytest.fixture
def builtin_env(state: Path) -> dict[str, str]:
    """Only the state variable: an in-process run against the built-in fake."""
    return {"TWILIO_SANSIO_FAKE_STATE": str(state)}


@pytest.fixture
def fake() -> FakeTwilio:
    """A fresh fake with a fixed seed."""
    return FakeTwilio(seed=5)
