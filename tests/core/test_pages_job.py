"""pages_job: a job follows a listing's pages, one exchange a page, and ends with it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.core._support import ROOT, json_response, make_config, page_2010
from twilio_sansio.core.errors import APIError
from twilio_sansio.core.http import Response
from twilio_sansio.core.paging import Page, PageChain, PageSequence, pages_job
from twilio_sansio.core.resources.messages import Message, MessageOperations
from twilio_sansio.core.steps import Exchange, Job
from twilio_sansio.core.time_range import RangeFilter, RangePages, message_time

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
SECOND = f"{MESSAGES}?PageSize=2&Page=1&PageToken=PA1"


def message(index: int, sent: str = "Mon, 02 Mar 2026 12:00:00 +0000") -> dict[str, Any]:
    return {"sid": f"SM{index:032x}", "date_sent": sent}


def operations() -> MessageOperations:
    return MessageOperations(make_config(account=ACCOUNT))


def drive(job: Job[list[Page[Message]]], answers: list[Response]) -> tuple[list[str], Any]:
    """Answer each exchange of ``job`` in turn; return the URLs asked for and the result."""
    asked: list[str] = []
    step = next(job)
    while True:
        assert isinstance(step, Exchange)
        asked.append(step.request.url)
        try:
            step = job.send(answers[len(asked) - 1])
        except StopIteration as done:
            return asked, done.value


def test_every_page_is_fetched_once_in_order_and_the_job_returns_them() -> None:
    first = operations().get_page(page_size=2)
    answers = [
        json_response(page_2010("messages", [message(1), message(2)], SECOND)),
        json_response(page_2010("messages", [message(3)], None)),
    ]
    asked, pages = drive(pages_job(PageChain(first)), answers)
    assert asked == [first.request.url, ROOT + SECOND]
    assert [[m.sid for m in page] for page in pages] == [
        [f"SM{1:032x}", f"SM{2:032x}"],
        [f"SM{3:032x}"],
    ]


def test_an_empty_page_with_a_next_uri_is_followed() -> None:
    first = operations().get_page()
    answers = [
        json_response(page_2010("messages", [], SECOND)),
        json_response(page_2010("messages", [message(1)], None)),
    ]
    asked, pages = drive(pages_job(PageChain(first)), answers)
    assert (asked, [len(page) for page in pages]) == ([first.request.url, ROOT + SECOND], [0, 1])


def test_a_range_stops_the_job_where_the_range_ends() -> None:
    start, end = datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC)
    first = operations().get_page(page_size=2)
    state: PageSequence[Message] = RangePages(first, RangeFilter(start, end, message_time))
    older = "Sun, 01 Mar 2026 12:00:00 +0000"
    answers = [json_response(page_2010("messages", [message(1), message(2, older)], SECOND))]
    asked, pages = drive(pages_job(state), answers)
    assert len(asked) == 1
    assert [m.sid for page in pages for m in page] == [f"SM{1:032x}"]


def test_an_error_page_is_raised_out_of_the_job() -> None:
    job = pages_job(PageChain(operations().get_page()))
    next(job)
    failure = json_response({"code": 20003, "message": "Authenticate", "status": 401}, 401)
    with pytest.raises(APIError) as raised:
        job.send(failure)
    assert raised.value.status == 401
