"""Time-range iteration: the pure state that keeps records in ``[start, end)`` and stops early."""

from __future__ import annotations

import email.utils
import itertools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import pytest
from hypothesis import given, strategies as st

from tests.core._support import json_response, make_config
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources.messages import Message, MessageOperations
from twilio_sansio.core.time_range import (
    RangeFilter,
    RangePages,
    alert_time,
    call_time,
    check_range,
    conference_time,
    date_filters,
    first_time,
    instant_filters,
    message_time,
)

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
BASE = f"/2010-04-01/Accounts/{ACCOUNT}"
CONFIG = make_config(None, account=ACCOUNT, token="not-a-real-token")
ORIGIN = datetime(2024, 3, 4, 12, 0, tzinfo=UTC)
ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
)


@attrs.frozen
class Rec:
    """A record of a fake listing: a serial number (so equal times stay distinct) and a time."""

    n: int
    when: datetime | None


def rec_time(record: Rec) -> datetime | None:
    return record.when


def _rec_from_json(data: dict[str, Any]) -> Rec:
    raise AssertionError("fake pages are built directly, never parsed")


LISTER: Lister[Rec] = Lister(CONFIG, "api", "things", _rec_from_json)


def page_uri(index: int) -> str:
    return f"{BASE}/Things.json?Page={index}&PageSize=50"


def page_index(url: str) -> int:
    return int(parse_qs(urlsplit(url).query).get("Page", ["0"])[0])


def fake_pages(chunks: Sequence[Sequence[Rec]]) -> list[Page[Rec]]:
    """Pages linked by relative next URIs, as API 2010 sends them; the last has none."""
    return [
        Page(
            records=list(chunk),
            paging={"page": i, "page_size": 50},
            cursor=page_uri(i + 1) if i + 1 < len(chunks) else None,
            lister=LISTER,
        )
        for i, chunk in enumerate(chunks)
    ]


def drive(
    first: Operation[Page[Any]], range_filter: RangeFilter[Any], serve: Callable[[str], Any]
) -> tuple[list[Page[Any]], list[str]]:
    """The loop a client runs; returns the pages it yielded and the URLs it requested."""
    state = RangePages(first, range_filter)
    yielded: list[Page[Any]] = []
    requested: list[str] = []
    while (operation := state.next_operation()) is not None:
        requested.append(operation.request.url)
        assert len(requested) <= 1000, "the iteration does not terminate"
        yielded.append(state.accept(serve(operation.request.url)))
    assert state.done
    assert state.next_operation() is None
    return yielded, requested


def run_fake(
    chunks: Sequence[Sequence[Rec]], range_filter: RangeFilter[Rec]
) -> tuple[list[Page[Rec]], list[int]]:
    pages = fake_pages(chunks)
    yielded, urls = drive(LISTER.at(page_uri(0)), range_filter, lambda url: pages[page_index(url)])
    return yielded, [page_index(url) for url in urls]


# -- strategies ----------------------------------------------------------------------------


@st.composite
def listings(draw: st.DrawFn) -> tuple[list[Rec], list[list[Rec]]]:
    """A newest-first listing (some records without a time) split into non-empty pages,
    the last page optionally followed by an empty one."""
    slots = draw(st.lists(st.one_of(st.none(), st.integers(-30, 30)), max_size=40))
    minutes = iter(sorted((m for m in slots if m is not None), reverse=True))
    records = []
    for n, slot in enumerate(slots):
        if slot is None:
            records.append(Rec(n, None))
        else:
            zone = draw(ZONES)
            records.append(Rec(n, (ORIGIN + timedelta(minutes=next(minutes))).astimezone(zone)))
    cuts = sorted(draw(st.sets(st.integers(1, len(records) - 1)))) if len(records) > 1 else []
    bounds = [0, *cuts, len(records)]
    chunks = [records[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    if not chunks or draw(st.booleans()):
        chunks.append([])
    return records, chunks


@st.composite
def ranges(draw: st.DrawFn) -> tuple[datetime, datetime]:
    a, b = sorted(draw(st.lists(st.integers(-33, 33), min_size=2, max_size=2)))
    start = (ORIGIN + timedelta(minutes=a)).astimezone(draw(ZONES))
    end = (ORIGIN + timedelta(minutes=b)).astimezone(draw(ZONES))
    return start, end


# -- the state machine over any listing ----------------------------------------------------


@given(listings(), ranges())
def test_yields_exactly_the_records_in_range_in_order(
    listing: tuple[list[Rec], list[list[Rec]]], bounds: tuple[datetime, datetime]
) -> None:
    records, chunks = listing
    start, end = bounds
    yielded, _ = run_fake(chunks, RangeFilter(start, end, rec_time))
    got = [record for page in yielded for record in page.records]
    assert got == [r for r in records if r.when is not None and start <= r.when < end]


@given(listings(), ranges())
def test_requests_pages_in_order_and_stops_at_the_first_page_past_start(
    listing: tuple[list[Rec], list[list[Rec]]], bounds: tuple[datetime, datetime]
) -> None:
    _, chunks = listing
    start, end = bounds
    _, requested = run_fake(chunks, RangeFilter(start, end, rec_time))

    def timed(chunk: Sequence[Rec]) -> list[datetime]:
        return [r.when for r in chunk if r.when is not None]

    first_older = next(
        (i for i, chunk in enumerate(chunks) if any(t < start for t in timed(chunk))), None
    )
    if start == end:
        expected = 0
    elif first_older is not None:
        expected = first_older + 1
    else:
        expected = len(chunks)
    assert requested == list(range(expected))

    # The requirement's bound: at most one page past the last page needed.
    holding_in_range = [
        i for i, chunk in enumerate(chunks) if any(start <= t < end for t in timed(chunk))
    ]
    needed = holding_in_range[-1] if holding_in_range else first_older
    every_time_known = all(r.when is not None for chunk in chunks for r in chunk)
    if needed is not None and every_time_known:
        assert len(requested) <= needed + 2


@given(listings(), ranges())
def test_pages_returned_keep_twilios_paging_fields(
    listing: tuple[list[Rec], list[list[Rec]]], bounds: tuple[datetime, datetime]
) -> None:
    _, chunks = listing
    start, end = bounds
    yielded, requested = run_fake(chunks, RangeFilter(start, end, rec_time))
    assert [page.paging["page"] for page in yielded] == requested
    for page in yielded[:-1]:
        assert page.cursor == page_uri(page.paging["page"] + 1)


# -- with real Message records, parsed from Twilio's JSON ----------------------------------


def rfc2822(value: datetime | None) -> str | None:
    return None if value is None else email.utils.format_datetime(value.astimezone(UTC))


@st.composite
def message_listings(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[int]]:
    """Message JSON, newest first by date_sent (or date_created while unsent), with page
    sizes; each message has a queued-style null ``date_sent`` now and then."""
    count = draw(st.integers(0, 25))
    times = sorted(draw(st.lists(st.integers(-3000, 3000), min_size=count, max_size=count)))
    messages = []
    for n, seconds in enumerate(reversed(times)):
        when = ORIGIN + timedelta(seconds=seconds)
        sent = draw(st.booleans())
        created = when - timedelta(seconds=draw(st.integers(0, 5))) if sent else when
        messages.append(
            {
                "sid": f"SM{n:032x}",
                "status": "delivered" if sent else "queued",
                "date_created": rfc2822(created),
                "date_sent": rfc2822(when) if sent else None,
            }
        )
    sizes = draw(st.lists(st.integers(1, 6), min_size=1, max_size=10))
    return messages, sizes


@given(message_listings(), st.integers(-3100, 3100), st.integers(0, 4000))
def test_message_listing_from_json_yields_messages_sent_in_range(
    listing: tuple[list[dict[str, Any]], list[int]], offset: int, length: int
) -> None:
    messages, sizes = listing
    start = ORIGIN + timedelta(seconds=offset)
    end = start + timedelta(seconds=length)
    bodies: list[dict[str, Any]] = []
    position = 0
    for i, size in enumerate(sizes):
        chunk = messages[position : position + size]
        position += size
        last = position >= len(messages) and i > 0
        bodies.append(
            {
                "messages": chunk,
                "page": i,
                "page_size": size,
                "next_page_uri": None if last else f"{BASE}/Messages.json?Page={i + 1}",
            }
        )
        if last:
            break
    operations = MessageOperations(CONFIG)
    filters = date_filters(start, end, after_key="DateSent>", before_key="DateSent<")
    first = operations.get_page(
        date_sent_after=filters["DateSent>"], date_sent_before=filters["DateSent<"]
    )
    assert parse_qs(urlsplit(first.request.url).query) == {
        "DateSent>": [start.date().isoformat()],
        "DateSent<": [(end.date() + timedelta(days=1)).isoformat()],
    }

    def serve(url: str) -> Page[Message]:
        index = page_index(url)
        if index >= len(bodies):  # Twilio's answer past the last page: an empty page
            body = {"messages": [], "page": index, "next_page_uri": None}
        else:
            body = bodies[index]
        return operations.lister.parse(first.request, json_response(body))

    yielded, _ = drive(first, RangeFilter(start, end, message_time), serve)
    got = [m.sid for page in yielded for m in page.records]
    served = [m for body in bodies for m in body["messages"]]

    def when(m: dict[str, Any]) -> datetime:
        return email.utils.parsedate_to_datetime(m["date_sent"] or m["date_created"])

    assert got == [m["sid"] for m in served if start <= when(m) < end]


# -- check_range ---------------------------------------------------------------------------


def test_check_range_returns_both_ends_in_utc() -> None:
    start = datetime(2024, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    end = datetime(2024, 3, 6, tzinfo=UTC)
    assert check_range(start, end) == (datetime(2024, 3, 5, 4, 30, tzinfo=UTC), end)
    assert check_range(start, end)[0].tzinfo is UTC


def test_check_range_accepts_an_empty_range() -> None:
    assert check_range(ORIGIN, ORIGIN) == (ORIGIN, ORIGIN)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime(2024, 3, 4), ORIGIN),
        (ORIGIN, datetime(2024, 3, 5)),
        (datetime(2024, 3, 4), datetime(2024, 3, 5)),
    ],
)
def test_naive_datetimes_are_invalid_arguments(start: datetime, end: datetime) -> None:
    with pytest.raises(InvalidArgument, match="naive"):
        check_range(start, end)
    with pytest.raises(InvalidArgument, match="naive"):
        RangeFilter(start, end, rec_time)


def test_start_after_end_is_an_invalid_argument() -> None:
    later = ORIGIN + timedelta(microseconds=1)
    with pytest.raises(InvalidArgument, match="after end"):
        check_range(later, ORIGIN)
    with pytest.raises(InvalidArgument, match="after end"):
        RangeFilter(later, ORIGIN, rec_time)
    with pytest.raises(InvalidArgument, match="after end"):
        date_filters(later, ORIGIN, after_key="DateSent>", before_key="DateSent<")


def test_start_after_end_compares_instants_not_wall_clocks() -> None:
    # 10:00 in New York (UTC-5) is 15:00 UTC: after 12:00 UTC although "10" < "12".
    new_york = datetime(2024, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    with pytest.raises(InvalidArgument):
        check_range(new_york, ORIGIN)


def test_a_date_instead_of_a_datetime_is_an_invalid_argument() -> None:
    with pytest.raises(InvalidArgument):
        check_range(date(2024, 3, 4), ORIGIN)  # type: ignore[arg-type]


def test_a_range_that_cannot_be_expressed_in_utc_is_an_invalid_argument() -> None:
    early = datetime.min.replace(tzinfo=timezone(timedelta(hours=1)))
    with pytest.raises(InvalidArgument, match="out of range"):
        check_range(early, ORIGIN)


# -- server-side filters -------------------------------------------------------------------


def test_date_filters_use_utc_days_and_widen_the_end_by_a_day() -> None:
    start = datetime(2024, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 5 Mar UTC
    end = datetime(2024, 3, 10, 0, 0, tzinfo=UTC)
    assert date_filters(start, end, after_key="StartTime>", before_key="StartTime<") == {
        "StartTime>": date(2024, 3, 5),
        "StartTime<": date(2024, 3, 11),
    }


def test_date_filters_leave_out_an_end_past_the_last_representable_day() -> None:
    end = datetime(9999, 12, 31, 12, tzinfo=UTC)
    assert date_filters(ORIGIN, end, after_key="a", before_key="b") == {"a": date(2024, 3, 4)}


@given(ranges(), st.integers(0, 10**6))
def test_date_filters_never_exclude_a_record_in_range(
    bounds: tuple[datetime, datetime], micros: int
) -> None:
    start, end = bounds
    if start == end:
        return
    filters = date_filters(start, end, after_key="a", before_key="b")
    t = min(start + timedelta(microseconds=micros), end - timedelta(microseconds=1))
    day = t.astimezone(UTC).date()
    # "On or after" the lower day; strictly before the upper day, the strictest reading.
    assert filters["a"] <= day < filters["b"]


def test_instant_filters_round_outwards_to_whole_seconds() -> None:
    start = datetime(2024, 3, 4, 12, 0, 1, 500_000, tzinfo=UTC)
    end = datetime(2024, 3, 4, 13, 0, 2, 1, tzinfo=timezone(timedelta(hours=1)))
    assert instant_filters(start, end, after_key="StartDate", before_key="EndDate") == {
        "StartDate": datetime(2024, 3, 4, 12, 0, 1, tzinfo=UTC),
        "EndDate": datetime(2024, 3, 4, 12, 0, 3, tzinfo=UTC),
    }


def test_instant_filters_keep_whole_seconds_as_they_are() -> None:
    end = ORIGIN + timedelta(hours=1)
    assert instant_filters(ORIGIN, end, after_key="a", before_key="b") == {"a": ORIGIN, "b": end}


def test_instant_filters_leave_out_an_end_that_cannot_be_rounded_up() -> None:
    end = datetime.max.replace(tzinfo=UTC)
    assert instant_filters(ORIGIN, end, after_key="a", before_key="b") == {"a": ORIGIN}


# -- times of records ----------------------------------------------------------------------


def message(**fields: Any) -> Message:
    return Message.from_json({"sid": "SM" + "0" * 32, **fields})


def test_message_time_is_date_sent_else_date_created() -> None:
    sent = message(
        date_created="Mon, 04 Mar 2024 10:20:30 +0000", date_sent="Mon, 04 Mar 2024 10:20:31 +0000"
    )
    queued = message(date_created="Mon, 04 Mar 2024 10:20:30 +0000", date_sent=None)
    assert message_time(sent) == datetime(2024, 3, 4, 10, 20, 31, tzinfo=UTC)
    assert message_time(queued) == datetime(2024, 3, 4, 10, 20, 30, tzinfo=UTC)
    assert message_time(message()) is None


def test_a_malformed_time_falls_back_to_the_next_attribute() -> None:
    odd = message(date_created="Mon, 04 Mar 2024 10:20:30 +0000", date_sent="yesterday")
    assert message_time(odd) == datetime(2024, 3, 4, 10, 20, 30, tzinfo=UTC)


def test_first_time_skips_missing_attributes_and_values_that_are_not_datetimes() -> None:
    @attrs.frozen
    class Odd:
        start_time: object

    assert call_time(Odd("2024-03-04")) is None
    assert call_time(Odd(ORIGIN)) == ORIGIN
    assert conference_time(Odd(ORIGIN)) is None
    assert alert_time(Rec(0, ORIGIN)) is None


def test_first_time_needs_an_attribute_name() -> None:
    with pytest.raises(InvalidArgument):
        first_time()


def test_a_naive_record_time_is_taken_as_utc() -> None:
    flt = RangeFilter(ORIGIN, ORIGIN + timedelta(hours=1), rec_time)
    assert flt.contains(Rec(0, datetime(2024, 3, 4, 12, 30)))
    assert not flt.contains(Rec(0, datetime(2024, 3, 4, 13, 0)))


# -- the filter on one page ----------------------------------------------------------------


def at(minutes: int | None) -> datetime | None:
    return None if minutes is None else ORIGIN + timedelta(minutes=minutes)


def recs(*minutes: int | None) -> list[Rec]:
    return [Rec(n, at(m)) for n, m in enumerate(minutes)]


RANGE = RangeFilter(ORIGIN, ORIGIN + timedelta(minutes=10), rec_time)  # [0, 10) minutes


def test_the_range_includes_start_and_excludes_end() -> None:
    found = RANGE.apply(recs(10, 9, 0))
    assert [r.n for r in found.records] == [1, 2]
    assert not found.done


def test_a_page_reaching_past_start_ends_the_iteration() -> None:
    found = RANGE.apply(recs(5, -1))
    assert [r.n for r in found.records] == [0]
    assert found.done


def test_records_without_a_time_are_dropped_and_do_not_end_the_iteration() -> None:
    found = RANGE.apply(recs(5, None, None))
    assert [r.n for r in found.records] == [0]
    assert not found.done
    assert RANGE.apply(recs(-5, None)).done
    assert not RANGE.apply(recs(None)).done


def test_only_the_oldest_position_on_a_page_decides_done() -> None:
    # Slightly out of order: an older record first, then one in range.
    found = RANGE.apply(recs(-1, 3))
    assert [r.n for r in found.records] == [1]
    assert not found.done


def test_a_page_of_timeless_records_does_not_stop_paging() -> None:
    yielded, requested = run_fake([recs(None, None), recs(5), recs(-5)], RANGE)
    assert requested == [0, 1, 2]
    assert [[r.n for r in page.records] for page in yielded] == [[], [0], []]


# -- the state machine, step by step -------------------------------------------------------


def test_an_empty_range_requests_nothing() -> None:
    state = RangePages(LISTER.at(page_uri(0)), RangeFilter(ORIGIN, ORIGIN, rec_time))
    assert state.done
    assert state.next_operation() is None
    with pytest.raises(InvalidArgument):
        state.accept(fake_pages([recs(0)])[0])


def test_next_operation_repeats_until_a_page_is_accepted() -> None:
    pages = fake_pages([recs(20, 15), recs(5, 2), recs(-1)])
    state = RangePages(LISTER.at(page_uri(0)), RANGE)
    assert state.next_operation() == state.next_operation()
    state.accept(pages[0])
    second = state.next_operation()
    assert second is not None
    assert second == state.next_operation()
    assert page_index(second.request.url) == 1


def test_an_empty_filtered_page_does_not_end_the_iteration() -> None:
    pages = fake_pages([recs(20, 15), recs(5, 2), recs(-1)])
    state = RangePages(LISTER.at(page_uri(0)), RANGE)
    page = state.accept(pages[0])
    assert page.records == []
    assert not state.done
    assert page.cursor == page_uri(1)
    assert state.cursor == page_uri(1)


def test_the_last_page_has_no_cursor_once_the_range_is_passed() -> None:
    pages = fake_pages([recs(5, -1), recs(-2)])
    state = RangePages(LISTER.at(page_uri(0)), RANGE)
    page = state.accept(pages[0])
    assert [r.n for r in page.records] == [0]
    assert page.cursor is None
    assert page.paging == pages[0].paging
    assert state.done
    assert state.cursor is None
    assert state.pages_accepted == 1
    with pytest.raises(InvalidArgument, match="over"):
        state.accept(pages[1])


def test_the_listing_ending_ends_the_iteration() -> None:
    _, requested = run_fake([recs(5)], RANGE)
    assert requested == [0]


def test_a_foreign_next_uri_is_refused_after_the_page_is_returned() -> None:
    page = Page(records=recs(5), paging={}, cursor="https://evil.example/x", lister=LISTER)
    state = RangePages(LISTER.at(page_uri(0)), RANGE)
    assert [r.n for r in state.accept(page).records] == [0]
    with pytest.raises(UnexpectedResponseError):
        state.next_operation()
