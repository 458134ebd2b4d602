"""The time-range builders of calls, messages, conferences and alerts: the first request."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.alerts import AlertOperations
from twilio_sansio.core.resources.calls import CallOperations
from twilio_sansio.core.resources.conferences import ConferenceOperations
from twilio_sansio.core.resources.messages import MessageOperations

ACCOUNT = "AC" + "0" * 32
START = datetime(2026, 3, 1, 22, 30, 15, 500_000, tzinfo=UTC)
END = datetime(2026, 3, 3, 8, 0, 0, 250_000, tzinfo=UTC)


def config() -> ClientConfig:
    credentials = Credentials.from_auth_token(ACCOUNT, "token")
    return ClientConfig(ACCOUNT, credentials, BaseUrls.build("https://api.example.test"), "ua")


def first_url(state: object) -> str:
    operation = state.next_operation()  # type: ignore[attr-defined]
    assert operation is not None
    return str(operation.request.url)


def test_messages_range_filters_by_sent_day_widened_by_one_day() -> None:
    url = first_url(MessageOperations(config()).get_page_in_range(START, END, to="+14105556789"))
    assert url.endswith(
        "/Messages.json?To=%2B14105556789&DateSent%3E=2026-03-01&DateSent%3C=2026-03-04"
    )


def test_calls_range_filters_by_start_day_widened_by_one_day() -> None:
    url = first_url(CallOperations(config()).get_page_in_range(START, END, page_size=20))
    assert "StartTime%3E=2026-03-01&StartTime%3C=2026-03-04" in url
    assert "PageSize=20" in url


def test_conferences_range_filters_by_created_day_widened_by_one_day() -> None:
    url = first_url(ConferenceOperations(config()).get_page_in_range(START, END))
    assert "DateCreated%3E=2026-03-01&DateCreated%3C=2026-03-04" in url


def test_alerts_range_filters_to_the_second_rounding_outwards() -> None:
    url = first_url(AlertOperations(config()).get_page_in_range(START, END))
    assert "StartDate=2026-03-01T22%3A30%3A15Z" in url
    assert "EndDate=2026-03-03T08%3A00%3A01Z" in url


def test_snake_case_passthrough_parameters_are_refused() -> None:
    with pytest.raises(InvalidArgument, match="date_sent_after"):
        MessageOperations(config()).get_page_in_range(START, END, date_sent_after=START)
