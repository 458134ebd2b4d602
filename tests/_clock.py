"""A wall clock that only the test moves, for the fake Twilio's ``clock=`` and the like."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

DEFAULT_START = datetime(2026, 3, 2, 12, 0, 0, tzinfo=UTC)


class ManualClock:
    """A ``now()`` callable that stands still until the test sets or advances it.

    Attributes:
        now: The time it tells; a test may assign it directly.
    """

    def __init__(self, now: datetime = DEFAULT_START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock on by ``seconds``."""
        self.now += timedelta(seconds=seconds)
