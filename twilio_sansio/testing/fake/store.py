"""The fake Twilio's state: tables of Twilio-shaped JSON records, SIDs and the clock.

Every resource is kept as the JSON object Twilio would send for it, so rendering is a
copy. Fields whose names start with ``_`` are the fake's own bookkeeping (a key's secret,
a record's parent) and never leave the fake. Tables keep insertion order; listings walk
them newest first, as Twilio lists.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from twilio_sansio.testing.fake.webhooks import OutgoingWebhook

Record = dict[str, Any]
Clock = Callable[[], datetime]

STATE_VERSION = 1


def utc_now() -> datetime:
    """Return the current time in UTC (the fake's default clock)."""
    return datetime.now(UTC)


def rfc2822(moment: datetime) -> str:
    """Format ``moment`` as Twilio's API 2010 does: ``Thu, 26 Nov 2026 18:04:11 +0000``."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0))


def iso8601(moment: datetime) -> str:
    """Format ``moment`` as Twilio's newer APIs do: ``2026-11-26T18:04:11Z``."""
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def public(record: Record) -> Record:
    """Return ``record`` without the fake's private (``_``-prefixed) fields."""
    return {name: value for name, value in record.items() if not name.startswith("_")}


class FakeStore:
    """In-memory tables of records, a SID generator and a clock.

    Args:
        seed: Seed of the SID generator; the same seed and the same requests give the
            same SIDs. None draws a random seed.
        clock: Returns the current time (timezone-aware); the fake stamps records with it.
        deliver_messages: Deliver each message as soon as it is created (its create
            answer still says ``queued``, as Twilio's does); False leaves it queued
            until a test moves it on.
    """

    def __init__(
        self, *, seed: int | None = None, clock: Clock = utc_now, deliver_messages: bool = True
    ) -> None:
        self._random = random.Random(seed)
        self.clock = clock
        self.deliver_messages = deliver_messages
        self.tables: dict[str, dict[str, Record]] = {}
        self.outbox: list[OutgoingWebhook] = []
        """Webhooks decided and not yet taken by a sender, oldest first (not saved)."""

    def new_sid(self, prefix: str) -> str:
        """Return a fresh SID: ``prefix`` and 32 lower-case hex digits."""
        return f"{prefix}{self._random.getrandbits(128):032x}"

    def random_digits(self, count: int) -> str:
        """Return ``count`` random decimal digits (for generated phone numbers)."""
        return "".join(str(self._random.randrange(10)) for _ in range(count))

    def now(self) -> datetime:
        """Return the fake's current time."""
        return self.clock()

    def table(self, kind: str) -> dict[str, Record]:
        """Return the table of ``kind``, created empty on first use."""
        return self.tables.setdefault(kind, {})

    def insert(self, kind: str, key: str, record: Record) -> Record:
        """Store ``record`` under ``key`` (replacing any record there) and return it."""
        self.table(kind)[key] = record
        return record

    def get(self, kind: str, key: str) -> Record | None:
        """Return the record of ``kind`` under ``key``, or None."""
        return self.tables.get(kind, {}).get(key)

    def remove(self, kind: str, key: str) -> Record | None:
        """Remove and return the record of ``kind`` under ``key``, or None if absent."""
        return self.tables.get(kind, {}).pop(key, None)

    def remove_where(self, kind: str, matches: Callable[[Record], bool]) -> list[Record]:
        """Remove the records of ``kind`` that ``matches`` accepts; return them, newest first."""
        removed = list(self.newest_first(kind, matches))
        for key, _ in removed:
            del self.tables[kind][key]
        return [record for _, record in removed]

    def newest_first(
        self, kind: str, matches: Callable[[Record], bool] | None = None
    ) -> Iterator[tuple[str, Record]]:
        """Yield ``(key, record)`` of ``kind``, newest first, keeping those ``matches`` accepts."""
        for key, record in reversed(self.tables.get(kind, {}).items()):
            if matches is None or matches(record):
                yield key, record

    def to_json(self) -> dict[str, Any]:
        """Return the whole state as a JSON-ready dict (see :meth:`from_json`)."""
        return {"version": STATE_VERSION, "tables": self.tables}

    def load_json(self, data: dict[str, Any]) -> None:
        """Replace the state with one saved by :meth:`to_json`.

        Raises:
            ValueError: ``data`` is not a state this version of the fake wrote.
        """
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ValueError("not a saved fake Twilio state of version 1")
        tables = data.get("tables")
        if not isinstance(tables, dict) or not all(
            isinstance(table, dict) and all(isinstance(record, dict) for record in table.values())
            for table in tables.values()
        ):
            raise ValueError(
                "the saved fake Twilio state has no valid tables (objects of records, "
                "each an object)"
            )
        self.tables = {str(kind): dict(table) for kind, table in tables.items()}
