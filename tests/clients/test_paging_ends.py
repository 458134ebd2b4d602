"""Listings end on every client kind: loops raise, empty runs end, range pages are never empty.

A server on the loopback plays listings the fake Twilio never produces (next URIs that
loop, runs of empty pages); each test runs with ``Client``, and ``AsyncClient`` on trio
and asyncio.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from tests._drivers import KINDS, settle
from tests.clients.conftest import API, MESSAGE_SID, Harness, collect, message_json
from twilio_sansio.core.http import Request
from twilio_sansio.core.paging import PageLoopError
from twilio_sansio.testing import LoopbackServer, Reply

NEWEST = datetime(2026, 11, 26, 23, 0, tzinfo=UTC)
Pages = dict[int, tuple[list[int], int | None]]
"""Page number -> (the records' indexes, the next page's number or None)."""


def sent_at(index: int) -> datetime:
    """Record ``index`` was sent ``index`` hours before NEWEST."""
    return NEWEST - timedelta(hours=index)


def listing(pages: Pages) -> Callable[[Request], Reply]:
    """Answer a listing of messages (or calls, by the path) laid out as ``pages``."""

    def answer(request: Request) -> Reply:
        found = re.search(r"[?&]Page=(\d+)", request.url)
        number = int(found.group(1)) if found else 0
        indexes, following = pages[number]
        key = "calls" if "/Calls.json" in request.url else "messages"
        records = [
            message_json(f"SM{i:032x}", date_sent=when, start_time=when)
            for i in indexes
            if (when := format_datetime(sent_at(i), usegmt=True))
        ]
        path = request.url.split("?")[0].split("127.0.0.1", 1)[-1].partition("/")[2]
        next_uri = None if following is None else f"/{path}?PageSize=3&Page={following}"
        return Reply.json({key: records, "page": number, "next_page_uri": next_uri})

    return answer


def media_listing(request: Request) -> Reply:
    media = {"sid": "ME" + "0" * 32, "uri": f"{API}/Messages/{MESSAGE_SID}/Media/ME{'0' * 32}.json"}
    next_uri = f"{API}/Messages/{MESSAGE_SID}/Media.json?PageSize=1000&Page=1"
    return Reply.json({"media_list": [media], "page": 0, "next_page_uri": next_uri})


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Request], Reply]], LoopbackServer]]:
    servers: list[LoopbackServer] = []

    def start(handler: Callable[[Request], Reply]) -> LoopbackServer:
        server = LoopbackServer(handler)
        server.__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)
        assert server.errors == []


def sids(indexes: list[int]) -> list[str]:
    return [f"SM{i:032x}" for i in indexes]


async def iterate_all(client: Any) -> Any:
    return await settle(collect(client.messages.iterate(page_size=3)))


# Loops


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("pages", "sent"),
    [
        pytest.param({0: ([0], 1), 1: ([1], 1)}, 2, id="itself"),
        pytest.param({0: ([0], 1), 1: ([1], 2), 2: ([2], 1)}, 3, id="A-B-A"),
    ],
)
def test_a_looping_listing_raises_after_each_page_once(
    kind: str, pages: Pages, sent: int, serve: Any
) -> None:
    server = serve(listing(pages))
    with pytest.raises(PageLoopError):
        Harness(kind, server.base_url).run(iterate_all)
    assert len(server.requests) == sent


@pytest.mark.parametrize("kind", KINDS)
def test_a_looping_range_listing_raises(kind: str, serve: Any) -> None:
    server = serve(listing({0: ([0], 1), 1: ([1], 1)}))
    start, end = sent_at(50), sent_at(-1)
    with pytest.raises(PageLoopError):
        Harness(kind, server.base_url).run(
            lambda c: collect(c.messages.iterate_in_range(start, end))
        )
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_looping_media_listing_ends_get_media_urls(kind: str, serve: Any) -> None:
    server = serve(media_listing)
    with pytest.raises(PageLoopError):
        Harness(kind, server.base_url).run(lambda c: c.messages.get_media_urls(MESSAGE_SID))
    assert len(server.requests) == 2


# Empty pages


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_page_with_a_next_uri_is_followed(kind: str, serve: Any) -> None:
    server = serve(listing({0: ([], 1), 1: ([1, 2], None)}))
    found = Harness(kind, server.base_url).run(iterate_all)
    assert [m.sid for m in found] == sids([1, 2])
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_run_of_empty_pages_ends_the_listing_and_says_so_at_debug(
    kind: str, serve: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(listing({n: ([], n + 1) for n in range(10)}))
    with caplog.at_level(logging.DEBUG, logger="twilio_sansio"):
        found = Harness(kind, server.base_url).run(iterate_all)
    assert found == []
    assert len(server.requests) == 3
    ended = [r.getMessage() for r in caplog.records if "listing ended" in r.getMessage()]
    assert len(ended) == 1
    assert "3 empty pages in a row" in ended[0]


@pytest.mark.parametrize("kind", KINDS)
def test_the_early_end_shows_in_the_debug_output(
    kind: str, serve: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    server = serve(listing({n: ([], n + 1) for n in range(10)}))
    Harness(kind, server.base_url).run(iterate_all, debug=True)
    assert "listing ended: 3 empty pages in a row" in capsys.readouterr().err


@pytest.mark.parametrize("kind", KINDS)
def test_a_plain_page_iterator_returns_each_page_as_sent_one_request_each(
    kind: str, serve: Any
) -> None:
    server = serve(listing({0: ([], 1), 1: ([1], 2), 2: ([], None)}))

    async def scenario(client: Any) -> list[int]:
        pages = client.messages.get_page_iterator(page_size=3)
        sizes = []
        for expected_requests in (1, 2, 3):
            sizes.append(len(await settle(pages.next())))
            assert len(server.requests) == expected_requests
        return sizes

    assert Harness(kind, server.base_url).run(scenario) == [0, 1, 0]


# Range page iterators skip pages with nothing in range


@pytest.mark.parametrize("kind", KINDS)
def test_a_range_page_iterator_never_returns_an_empty_page(kind: str, serve: Any) -> None:
    # Pages 0 and 1 hold records newer than the range, page 2 one in range and one older.
    server = serve(
        listing({0: ([0, 1, 2], 1), 1: ([3, 4, 5], 2), 2: ([6, 40], 3), 3: ([41], None)})
    )
    start, end = sent_at(10), sent_at(5)  # (hours 6..10 ago]; record 6 only

    async def scenario(client: Any) -> list[list[str]]:
        pages = client.messages.get_page_iterator_in_range(start, end, page_size=3)
        first = await settle(pages.next())
        assert len(server.requests) == 3  # one next() fetched on past the empty pages
        rest = await settle(collect(pages))
        return [[m.sid for m in page] for page in [first, *rest]]

    assert Harness(kind, server.base_url).run(scenario) == [sids([6])]
    assert len(server.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_range_with_nothing_in_it_yields_no_page(kind: str, serve: Any) -> None:
    server = serve(listing({0: ([0, 1], 1), 1: ([20, 21], None)}))
    start, end = sent_at(10), sent_at(5)
    found = Harness(kind, server.base_url).run(
        lambda c: collect(c.messages.get_page_iterator_in_range(start, end))
    )
    assert found == []
    assert len(server.requests) == 2


# Range iterators resume from a saved cursor


@pytest.mark.parametrize("kind", KINDS)
def test_a_range_page_iterator_resumes_from_its_saved_cursor(kind: str, serve: Any) -> None:
    pages: Pages = {n: ([3 * n, 3 * n + 1, 3 * n + 2], n + 1) for n in range(6)}
    pages[6] = ([18], None)
    server = serve(listing(pages))
    start, end = sent_at(15), sent_at(1)  # records 2..15
    harness = Harness(kind, server.base_url)
    whole = harness.run(lambda c: collect(c.messages.iterate_in_range(start, end, page_size=3)))

    async def first_two_pages(client: Any) -> tuple[list[str], str]:
        pages = client.messages.get_page_iterator_in_range(start, end, page_size=3)
        taken = [m.sid for _ in range(2) for m in await settle(pages.next())]
        return taken, pages.cursor

    head, cursor = harness.run(first_two_pages)
    assert cursor.endswith("Page=2")
    before = len(server.requests)
    rest = harness.run(
        lambda c: collect(c.messages.iterate_in_range(start, end, page_size=3, cursor=cursor))
    )
    assert server.requests[before].url.endswith(cursor)
    assert head + [m.sid for m in rest] == [m.sid for m in whole] == sids(list(range(2, 16)))


@pytest.mark.parametrize("kind", KINDS)
def test_a_record_iterator_cursor_resumes_the_range(kind: str, serve: Any) -> None:
    pages: Pages = {n: ([2 * n, 2 * n + 1], n + 1) for n in range(5)}
    pages[5] = ([10], None)
    server = serve(listing(pages))
    start, end = sent_at(9), sent_at(0)  # records 1..9
    harness = Harness(kind, server.base_url)

    async def read_four(client: Any) -> tuple[list[str], str]:
        records = client.calls.iterate_in_range(start, end, page_size=2)
        taken = [(await settle(records.next())).sid for _ in range(3)]  # pages 0 and 1
        return taken, records.pages.cursor

    head, cursor = harness.run(read_four)
    assert "/Calls.json?" in cursor
    rest = harness.run(lambda c: collect(c.calls.iterate_in_range(start, end, cursor=cursor)))
    assert head + [c.sid for c in rest] == sids(list(range(1, 10)))


@pytest.mark.parametrize("kind", ["sync", "trio"])
def test_a_cursor_of_another_listing_is_refused_before_any_request(kind: str, serve: Any) -> None:
    server = serve(listing({0: ([], None)}))
    harness = Harness(kind, server.base_url)
    with pytest.raises(Exception, match="not a page of this listing"):
        harness.run(
            lambda c: c.messages.iterate_in_range(
                sent_at(5), sent_at(0), cursor=f"{API}/Calls.json?Page=1"
            )
        )
    assert server.requests == []
