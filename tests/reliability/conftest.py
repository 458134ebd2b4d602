"""Session fixtures of the fault suite: warm lazy imports; write the figures if asked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability._support import FIGURES, RECIPIENT, SENDER, Figure
from twilio_sansio import Client
from twilio_sansio.core.resources.messages import MessageOperations


@pytest.fixture(scope="session", autouse=True)
def warm_lazy_imports() -> None:
    """Build one ``send_message`` operation before any timed call.

    The first phone number validated in a process imports phonenumbers and its metadata
    (tens of milliseconds, more on a busy machine). That happens while the operation is
    built, before the call's deadline starts, and the start-up tests measure it; the
    timings here are about the deadline, so they start warm.
    """
    with Client("AC" + "0" * 32, "token") as client:
        MessageOperations(client.config).send_message(SENDER, RECIPIENT, "warm")


@pytest.fixture(scope="session", autouse=True)
def write_figures() -> Iterator[None]:
    """After the session, write every recorded figure to ``$RELIABILITY_FIGURES``, if set."""
    yield
    target = os.environ.get("RELIABILITY_FIGURES")
    if target and FIGURES:
        Path(target).write_text(figures_markdown(FIGURES))


def figures_markdown(figures: list[Figure]) -> str:
    """One row per run: fault, client kind, method, what the server saw, what came back."""
    lines = [
        "| fault | client | method | requests seen | retries | outcome | seconds | leaks |",
        "|---|---|---|---:|---:|---|---:|---|",
    ]
    for row in figures:
        leaks = f"{row.leaked_descriptors} fd, {row.leaked_threads} threads"
        lines.append(
            f"| {row.case} | {row.kind} | {row.method} | {row.requests_seen} | "
            f"{row.retries_seen} | {row.error} | {row.elapsed:.2f} | {leaks} |"
        )
    return "\n".join(lines) + "\n"
