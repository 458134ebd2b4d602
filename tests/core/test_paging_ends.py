"""Every listing ends: repeated next URIs raise, runs of empty pages end, one empty page does not.

The paging state (PageChain, RangePages, and pages_job walking either) is driven here with
hand-made pages, including the loops the fake Twilio never produces.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.core._support import ROOT, json_response, make_config, meta_page, page_2010
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.http import Response
from twilio_sansio.core.paging import (
    MAX_EMPTY_PAGES,
    Page,
    PageChain,
    PageLoopError,
    PageSequence,
    pages_job,
)
from twilio_sansio.core.resources.alerts import Alert, AlertOperations
from twilio_sansio.core.resources.media import MAX_MEDIA, MAX_MEDIA_PAGES, media_urls_job
from twilio_sansio.core.resources.messages import Message, MessageOperations
from twilio_sansio.core.steps import Exchange, Gather, Job
from twilio_sansio.core.time_range import RangeFilter, RangePages, message_time

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
SENT = "Mon, 02 Mar 2026 12:00:00 +0000"


def uri(page: int) -> str:
    return f"{MESSAGES}?PageSize=2&Page={page}&PageToken=PA{page}"


def message(index: int, sent: str = SENT) -> dict[str, Any]:
    return {"sid": f"SM{index:032x}", "date_sent": sent}


def answer(records: list[dict[str, Any]], next_uri: str | None) -> Response:
    return json_response(page_2010("messages", records, next_uri))


def operations() -> MessageOperations:
    return MessageOperations(make_config(account=ACCOUNT))


def walk(state: PageSequence[Message], answers: list[Response]) -> tuple[list[str], list[int]]:
    """Drive ``state`` as a client does; return the URLs fetched and each page's size."""
    asked: list[str] = []
    sizes: list[int] = []
    while (operation := state.next_operation()) is not None:
        assert operation is state.next_operation()  # asking twice is not a second page
        asked.append(operation.request.url)
        page = state.accept(operation.parse(answers[len(asked) - 1]))
        sizes.append(len(page))
    return asked, sizes


def in_range() -> RangeFilter[Message]:
    return RangeFilter(
        datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC), message_time
    )


def chain() -> PageChain[Message]:
    return PageChain(operations().get_page(page_size=2))


def range_pages() -> RangePages[Message]:
    return RangePages(operations().get_page(page_size=2), in_range())


STATES = [pytest.param(chain, id="PageChain"), pytest.param(range_pages, id="RangePages")]


# Repeated next URIs


@pytest.mark.parametrize("make", STATES)
def test_a_page_pointing_at_itself_raises_instead_of_looping(make: Any) -> None:
    state = make()
    answers = [answer([message(1)], uri(1)), answer([message(2)], uri(1))]
    with pytest.raises(PageLoopError) as info:
        walk(state, answers)
    assert isinstance(info.value, UnexpectedResponseError)
    assert uri(1) in info.value.excerpt


@pytest.mark.parametrize("make", STATES)
def test_a_to_b_to_a_raises_after_two_pages(make: Any) -> None:
    state = make()
    answers = [
        answer([message(1)], uri(1)),
        answer([message(2)], uri(2)),
        answer([message(3)], uri(1)),
    ]
    asked: list[str] = []
    for response in answers[:2]:
        operation = state.next_operation()
        asked.append(operation.request.url)
        state.accept(operation.parse(response))
    operation = state.next_operation()
    asked.append(operation.request.url)
    state.accept(operation.parse(answers[2]))
    with pytest.raises(PageLoopError):
        state.next_operation()
    assert asked == [operations().get_page(page_size=2).request.url, ROOT + uri(1), ROOT + uri(2)]


def test_a_link_back_to_the_first_page_is_a_loop() -> None:
    first = operations().get_page(page_size=2)
    state = PageChain(first)
    back = first.request.url.removeprefix(ROOT)
    with pytest.raises(PageLoopError):
        walk(state, [answer([message(1)], back)])


def test_the_same_page_named_absolutely_and_relatively_is_a_loop() -> None:
    answers = [answer([message(1)], uri(1)), answer([message(2)], ROOT + uri(1))]
    with pytest.raises(PageLoopError):
        walk(chain(), answers)


def test_a_loop_on_a_newer_api_raises() -> None:
    alerts = AlertOperations(make_config(account=ACCOUNT, base_url={"monitor": ROOT}))
    state: PageChain[Alert] = PageChain(alerts.get_page(page_size=1))
    own = f"{ROOT}/v1/Alerts?PageSize=1&Page=1&PageToken=PA1"
    body = meta_page("alerts", [{"sid": "NO" + "0" * 32}], own, list_url=f"{ROOT}/v1/Alerts")
    operation = state.next_operation()
    assert operation is not None
    state.accept(operation.parse(json_response(body)))
    operation = state.next_operation()
    assert operation is not None
    state.accept(operation.parse(json_response(body)))
    with pytest.raises(PageLoopError):
        state.next_operation()


def test_pages_job_raises_on_a_loop() -> None:
    job = pages_job(chain())
    step = next(job)
    step = job.send(answer([message(1)], uri(1)))
    assert isinstance(step, Exchange)
    with pytest.raises(PageLoopError):
        job.send(answer([message(2)], uri(1)))


# Empty pages


@pytest.mark.parametrize("make", STATES)
def test_one_empty_page_with_a_next_uri_does_not_end_the_listing(make: Any) -> None:
    state = make()
    answers = [answer([], uri(1)), answer([message(1)], None)]
    asked, sizes = walk(state, answers)
    assert (len(asked), sizes) == (2, [0, 1])
    assert state.end_reason is None


@pytest.mark.parametrize("make", STATES)
def test_a_run_of_empty_pages_ends_the_listing_and_says_why(make: Any) -> None:
    state = make()
    answers = [answer([], uri(n)) for n in range(1, 10)]
    asked, sizes = walk(state, answers)
    assert MAX_EMPTY_PAGES == 3
    assert (len(asked), sizes) == (3, [0, 0, 0])
    assert state.end_reason is not None
    assert "3 empty pages in a row" in state.end_reason
    assert state.cursor is None
    assert state.next_operation() is None


@pytest.mark.parametrize("make", STATES)
def test_a_page_with_records_resets_the_run_of_empty_pages(make: Any) -> None:
    state = make()
    records = [message(n) for n in range(2)]
    answers = [
        answer([], uri(1)),
        answer([], uri(2)),
        answer(records, uri(3)),
        answer([], uri(4)),
        answer([], uri(5)),
        answer(records, None),
    ]
    _asked, sizes = walk(state, answers)
    assert sizes == [0, 0, 2, 0, 0, 2]
    assert state.end_reason is None


def test_empty_pages_ending_without_a_next_uri_is_a_plain_end() -> None:
    state = chain()
    asked, _sizes = walk(state, [answer([], uri(1)), answer([], uri(2)), answer([], None)])
    assert len(asked) == 3
    assert state.end_reason is None


def test_a_range_counts_pages_twilio_sent_empty_not_pages_with_none_in_range() -> None:
    newer = "Wed, 04 Mar 2026 12:00:00 +0000"  # after the range: dropped, but not empty
    state = range_pages()
    answers = [answer([message(n, newer)], uri(n + 1)) for n in range(5)]
    answers.append(answer([message(9)], None))
    _asked, sizes = walk(state, answers)
    assert sizes == [0, 0, 0, 0, 0, 1]
    assert state.end_reason is None


def test_a_plain_listing_gives_every_page_and_a_range_only_pages_with_records() -> None:
    assert chain().skips_empty_pages is False
    assert range_pages().skips_empty_pages is True
    job = pages_job(range_pages())
    next(job)
    job.send(answer([], uri(1)))
    with pytest.raises(StopIteration) as done:
        job.send(answer([message(1)], None))
    pages: list[Page[Message]] = done.value.value
    assert [len(page) for page in pages] == [1]


# The media listing of get_media_urls


MESSAGE = "SM" + "a" * 32
MEDIA = f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}/Media.json"


def media(index: int) -> dict[str, Any]:
    sid = f"ME{index:032x}"
    return {
        "sid": sid,
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}/Media/{sid}.json",
    }


def media_answer(indexes: range, next_uri: str | None) -> Response:
    return json_response(page_2010("media_list", [media(i) for i in indexes], next_uri))


def media_job() -> Job[list[str]]:
    return media_urls_job(make_config(account=ACCOUNT), MESSAGE)


def test_a_looping_media_listing_raises_on_its_second_page() -> None:
    job = media_job()
    next(job)
    step = job.send(media_answer(range(1), f"{MEDIA}?Page=1"))
    assert isinstance(step, Exchange)
    with pytest.raises(PageLoopError):
        job.send(media_answer(range(1), f"{MEDIA}?Page=1"))


def test_a_media_listing_of_endless_fresh_pages_stops_at_its_page_bound() -> None:
    job = media_job()
    next(job)
    for page in range(1, MAX_MEDIA_PAGES):
        step = job.send(media_answer(range(page, page + 1), f"{MEDIA}?Page={page}"))
        assert isinstance(step, Exchange)
    last = media_answer(range(99, 100), f"{MEDIA}?Page={MAX_MEDIA_PAGES}")
    with pytest.raises(UnexpectedResponseError, match=f"past {MAX_MEDIA_PAGES} pages"):
        job.send(last)


def test_a_media_listing_of_too_many_records_is_refused_before_any_content_request() -> None:
    job = media_job()
    next(job)
    with pytest.raises(UnexpectedResponseError, match=f"more than {MAX_MEDIA} records"):
        job.send(media_answer(range(MAX_MEDIA + 1), None))


def test_a_media_listing_at_the_record_bound_is_resolved() -> None:
    job = media_job()
    next(job)
    step = job.send(media_answer(range(MAX_MEDIA), None))
    assert isinstance(step, Gather)
    assert len(step.jobs) == MAX_MEDIA


# A cursor of a listing is checked against that listing


def test_a_cursor_of_another_listing_on_the_same_host_is_refused_for_a_path() -> None:
    lister = operations().lister
    calls = f"/2010-04-01/Accounts/{ACCOUNT}/Calls.json?Page=1"
    assert lister.at(calls).request.url == ROOT + calls  # no path: the host is enough
    with pytest.raises(InvalidArgument, match="not a page of this listing"):
        lister.at(calls, MESSAGES)
    assert lister.at(uri(1), MESSAGES).request.url == ROOT + uri(1)
