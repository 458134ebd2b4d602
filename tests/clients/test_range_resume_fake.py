"""Against the fake Twilio: a range listing read in two sittings, through a saved cursor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import pytest

from tests._drivers import KINDS, Driver, collect, settle
from twilio_sansio.testing import FakeTwilio

SENDER, RECIPIENT = "+15005550006", "+14155550100"
BEGIN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class TickingClock:
    """A clock that moves one minute each time it is read: every record has its own time."""

    def __init__(self) -> None:
        self.now = BEGIN

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def fake() -> FakeTwilio:
    fake = FakeTwilio(clock=TickingClock())
    with fake.client() as client:
        for n in range(9):
            client.messages.send_message(SENDER, RECIPIENT, f"message {n}")
    return fake


def driver(kind: str, fake: FakeTwilio) -> Driver:
    return Driver(kind, partial(fake.client), partial(fake.async_client))


@pytest.mark.parametrize("kind", KINDS)
def test_a_range_page_iterator_resumes_where_its_cursor_left_off(
    kind: str, fake: FakeTwilio
) -> None:
    start, end = BEGIN, BEGIN + timedelta(days=1)
    run = driver(kind, fake).run
    whole = run(lambda c: collect(c.messages.iterate_in_range(start, end, page_size=2)))
    assert len(whole) == 9

    async def two_pages(client: Any) -> tuple[list[str], str]:
        pages = client.messages.get_page_iterator_in_range(start, end, page_size=2)
        taken = [m.sid for _ in range(2) for m in await settle(pages.next())]
        return taken, pages.cursor

    head, cursor = run(two_pages)
    assert cursor is not None
    asked = len(fake.requests)
    rest = run(lambda c: collect(c.messages.get_page_iterator_in_range(start, end, cursor=cursor)))
    assert fake.requests[asked].url.endswith(cursor)
    assert all(page.records for page in rest)
    assert head + [m.sid for page in rest for m in page] == [m.sid for m in whole]


@pytest.mark.parametrize("kind", ["sync", "trio"])
def test_a_record_iterator_resumes_from_its_pages_cursor(kind: str, fake: FakeTwilio) -> None:
    start, end = BEGIN, BEGIN + timedelta(days=1)
    run = driver(kind, fake).run

    async def first_page(client: Any) -> tuple[list[str], str]:
        records = client.messages.iterate_in_range(start, end, page_size=3)
        taken = [(await settle(records.next())).sid for _ in range(3)]
        return taken, records.pages.cursor

    head, cursor = run(first_page)
    rest = run(lambda c: collect(c.messages.iterate_in_range(start, end, cursor=cursor)))
    everything = run(lambda c: collect(c.messages.iterate_in_range(start, end)))
    assert head + [m.sid for m in rest] == [m.sid for m in everything]
