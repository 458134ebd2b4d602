"""Time-range iteration through every client kind: the core decides, the clients fetch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.clients.conftest import ACCOUNT, API, Harness, collect, message_json
from twilio_sansio import InvalidArgument
from twilio_sansio.core.http import Request
from twilio_sansio.testing import LoopbackServer, Reply

NEWEST = datetime(2026, 11, 26, 23, 0, tzinfo=UTC)
PER_PAGE = 3
PAGES = 4


def sent_at(index: int) -> datetime:
    return NEWEST - timedelta(hours=index)


def listing(request: Request) -> Reply:
    found = re.search(r"[?&]Page=(\d+)", request.url)
    page = int(found.group(1)) if found else 0
    first = page * PER_PAGE
    records = [
        message_json(f"SM{i:032x}", date_sent=format_datetime(sent_at(i), usegmt=True))
        for i in range(first, first + PER_PAGE)
    ]
    more = page < PAGES - 1
    next_uri = f"{API}/Messages.json?PageSize={PER_PAGE}&Page={page + 1}" if more else None
    return Reply.json({"messages": records, "page": page, "next_page_uri": next_uri})


@pytest.fixture
def paged() -> Iterator[LoopbackServer]:
    with LoopbackServer(listing) as server:
        yield server
    assert server.errors == []


@pytest.mark.parametrize("kind", ["sync", "trio", "asyncio"])
def test_iterate_in_range_yields_exactly_the_records_in_range_and_stops_early(
    kind: str, paged: LoopbackServer
) -> None:
    start, end = sent_at(4), sent_at(1)  # records 2, 3 and 4; [start, end)
    harness = Harness(kind, paged.base_url)
    found = harness.run(
        lambda c: collect(c.messages.iterate_in_range(start, end, page_size=PER_PAGE))
    )
    assert [m.sid for m in found] == [f"SM{i:032x}" for i in (2, 3, 4)]
    # Record 5 (page 1) is older than start: page 2 is never asked for.
    assert len(paged.requests) == 2
    first = paged.requests[0].url
    assert "DateSent%3E=2026-11-26" in first
    assert "DateSent%3C=2026-11-27" in first
    assert f"/Accounts/{ACCOUNT}/Messages.json" in first


@pytest.mark.parametrize("kind", ["sync", "trio"])
def test_a_naive_or_reversed_range_is_refused_before_any_request(
    kind: str, paged: LoopbackServer
) -> None:
    harness = Harness(kind, paged.base_url)
    with pytest.raises(InvalidArgument):
        harness.run(lambda c: c.calls.iterate_in_range(datetime(2026, 1, 1), NEWEST))
    with pytest.raises(InvalidArgument):
        harness.run(lambda c: c.alerts.get_page_iterator_in_range(NEWEST, sent_at(5)))
    assert paged.requests == []
