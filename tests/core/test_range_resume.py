"""The range builders resume from a saved cursor, as twilio-go's GetNext...InRange does."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from tests.core._support import ROOT, json_response, make_config, page_2010
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.alerts import AlertOperations
from twilio_sansio.core.resources.calls import CallOperations
from twilio_sansio.core.resources.conferences import ConferenceOperations
from twilio_sansio.core.resources.messages import Message, MessageOperations
from twilio_sansio.core.time_range import RangePages

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
API = f"/2010-04-01/Accounts/{ACCOUNT}"
START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 3, 2, tzinfo=UTC)
TOKEN = "PA" + "0123456789abcdef" * 2


def config() -> Any:
    return make_config(account=ACCOUNT, base_url={"api": ROOT, "monitor": ROOT})


BUILDERS: dict[str, tuple[Any, str]] = {
    "messages": (MessageOperations, f"{API}/Messages.json"),
    "calls": (CallOperations, f"{API}/Calls.json"),
    "conferences": (ConferenceOperations, f"{API}/Conferences.json"),
    "alerts": (AlertOperations, "/v1/Alerts"),
}


@pytest.mark.parametrize("name", BUILDERS)
def test_a_saved_cursor_is_the_first_page_fetched(name: str) -> None:
    cls, path = BUILDERS[name]
    cursor = f"{path}?PageSize=50&Page=3&PageToken={TOKEN}"
    state = cls(config()).get_page_in_range(START, END, cursor=cursor)
    operation = state.next_operation()
    assert operation is not None
    assert operation.request.url == ROOT + cursor
    assert state.range_filter.start == START  # the range still decides what is kept


@pytest.mark.parametrize("name", BUILDERS)
def test_an_absolute_cursor_on_the_product_host_resumes_too(name: str) -> None:
    cls, path = BUILDERS[name]
    cursor = f"{ROOT}{path}?Page=1&PageToken={TOKEN}"
    operation = cls(config()).get_page_in_range(START, END, cursor=cursor).next_operation()
    assert operation is not None
    assert operation.request.url == cursor


@pytest.mark.parametrize("name", BUILDERS)
@pytest.mark.parametrize(
    "cursor",
    [
        "https://evil.example.com{path}?Page=1",
        f"{API}/Keys.json?Page=1",
        "/2010-04-01/Accounts/AC" + "f" * 32 + "/Messages.json?Page=1",
        "{path}/../Keys.json?Page=1",
        "{path}?Page=1\r\nHost: evil",
        "",
        42,
    ],
)
def test_a_cursor_of_another_listing_or_host_is_refused_before_any_request(
    name: str, cursor: object
) -> None:
    cls, path = BUILDERS[name]
    if isinstance(cursor, str):
        cursor = cursor.replace("{path}", path)
    with pytest.raises(InvalidArgument):
        cls(config()).get_page_in_range(START, END, cursor=cursor)


@pytest.mark.parametrize("name", BUILDERS)
def test_the_range_and_filters_are_still_checked_with_a_cursor(name: str) -> None:
    cls, path = BUILDERS[name]
    cursor = f"{path}?Page=1"
    with pytest.raises(InvalidArgument):
        cls(config()).get_page_in_range(datetime(2026, 3, 1), END, cursor=cursor)
    with pytest.raises(InvalidArgument):
        cls(config()).get_page_in_range(END, START, cursor=cursor)
    with pytest.raises(InvalidArgument):
        cls(config()).get_page_in_range(START, END, page_size=0, cursor=cursor)


def sent(index: int) -> str:
    return format_datetime(END - timedelta(hours=index + 1), usegmt=True)


def page_uri(page: int) -> str:
    return f"{API}/Messages.json?PageSize=2&Page={page}&PageToken=PA{page}"


def answer(page: int) -> Any:
    """Page ``page`` of a listing whose record ``i`` was sent ``i + 1`` hours before END."""
    records = [{"sid": f"SM{i:032x}", "date_sent": sent(i)} for i in (2 * page, 2 * page + 1)]
    return json_response(page_2010("messages", records, page_uri(page + 1)))


def read(state: RangePages[Message], pages: int | None = None) -> list[str]:
    """Fetch up to ``pages`` pages (all when None), answering from the listing above."""
    sids: list[str] = []
    fetched = 0
    while (pages is None or fetched < pages) and (operation := state.next_operation()):
        found = re.search(r"Page=(\d+)", operation.request.url)
        page = state.accept(operation.parse(answer(int(found.group(1)) if found else 0)))
        sids.extend(m.sid for m in page)
        fetched += 1
    return sids


def test_resuming_from_a_saved_cursor_reads_the_rest_of_the_range() -> None:
    messages = MessageOperations(make_config(account=ACCOUNT))
    start, end = END - timedelta(hours=30), END  # records 0..29 (14 pages plus one)
    whole = read(messages.get_page_in_range(start, end, page_size=2))
    first = messages.get_page_in_range(start, end, page_size=2)
    head = read(first, pages=3)
    assert first.cursor == page_uri(3)
    rest = read(messages.get_page_in_range(start, end, page_size=2, cursor=first.cursor))
    assert head + rest == whole
    assert len(whole) == 30
