"""Conferences: every operation's request byte for byte, the model's conversions, bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_choices_cover,
    assert_enum_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.conferences import (
    Conference,
    ConferenceEndReason,
    ConferenceOperations,
    ConferenceStatus,
)

CONFERENCE = "CF" + "1" * 32
CALL = "CA" + "2" * 32
CONFERENCES = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Conferences"


def conferences() -> ConferenceOperations:
    return ConferenceOperations(make_config())


CONFERENCE_JSON: dict[str, Any] = {
    "sid": CONFERENCE,
    "account_sid": ACCOUNT,
    "friendly_name": "standup",
    "status": "completed",
    "region": "ie1",
    "reason_conference_ended": "last-participant-left",
    "call_sid_ending_conference": CALL,
    "date_created": WHEN,
    "date_updated": "Wed, 03 Jan 2024 00:00:00 +0000",
    "api_version": "2010-04-01",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}.json",
    "subresource_uris": {"participants": "/p.json", "recordings": "/r.json"},
    "later_field": 1,
}


# Requests


def test_get_fetches_the_conference_json() -> None:
    assert_request(conferences().get(CONFERENCE).request, "GET", f"{CONFERENCES}/{CONFERENCE}.json")


def test_update_posts_twilios_parameters() -> None:
    operation = conferences().update(
        CONFERENCE, Status="completed", AnnounceUrl="https://example.com/a?b=c"
    )
    assert_request(
        operation.request,
        "POST",
        f"{CONFERENCES}/{CONFERENCE}.json",
        b"Status=completed&AnnounceUrl=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc",
    )


def test_get_page_without_filters_asks_for_the_list() -> None:
    assert_request(conferences().get_page().request, "GET", f"{CONFERENCES}.json")


def test_get_page_sends_every_filter_by_twilios_name() -> None:
    operation = conferences().get_page(
        date_created=date(2024, 1, 2),
        date_created_after=date(2024, 1, 1),
        date_created_before=date(2024, 1, 31),
        date_updated=date(2024, 2, 2),
        # An aware datetime is its day in UTC: 23:30 at -05:00 is the next day in UTC.
        date_updated_after=datetime(2024, 2, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
        date_updated_before=date(2024, 2, 29),
        friendly_name="team standup",
        status=ConferenceStatus.IN_PROGRESS,
        page_size=20,
        PageToken="PT1",
    )
    assert_request(
        operation.request,
        "GET",
        f"{CONFERENCES}.json?DateCreated=2024-01-02&DateCreated%3E=2024-01-01"
        "&DateCreated%3C=2024-01-31&DateUpdated=2024-02-02&DateUpdated%3E=2024-02-02"
        "&DateUpdated%3C=2024-02-29&FriendlyName=team%20standup&Status=in-progress"
        "&PageSize=20&PageToken=PT1",
    )


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Conferences.json?PageSize=2&Page=1&PageToken=PA"
    assert_request(conferences().get_page_at(cursor).request, "GET", ROOT + cursor)


# Parsing


def test_conference_converts_every_field() -> None:
    conference = conferences().get(CONFERENCE).parse(json_response(CONFERENCE_JSON))
    assert isinstance(conference, Conference)
    assert conference.to_dict() == {
        "sid": CONFERENCE,
        "account_sid": ACCOUNT,
        "friendly_name": "standup",
        "status": ConferenceStatus.COMPLETED,
        "region": "ie1",
        "reason_conference_ended": ConferenceEndReason.LAST_PARTICIPANT_LEFT,
        "call_sid_ending_conference": CALL,
        "date_created": WHEN_DT,
        "date_updated": datetime(2024, 1, 3, tzinfo=UTC),
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}.json",
        "subresource_uris": {"participants": "/p.json", "recordings": "/r.json"},
    }
    assert conference.raw["later_field"] == 1


def test_conference_keeps_a_status_twilio_adds_later() -> None:
    conference = Conference.from_json({"status": "paused-for-lunch"})
    assert conference.status == "paused-for-lunch"
    assert conference.status is not None
    assert not conference.status.is_known


def test_update_parses_the_updated_conference() -> None:
    operation = conferences().update(CONFERENCE, Status="completed")
    assert operation.parse(json_response(CONFERENCE_JSON)).sid == CONFERENCE


def test_get_page_parses_records_and_the_next_cursor() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Conferences.json?Page=1&PageToken=PA"
    body = {
        "conferences": [CONFERENCE_JSON, {**CONFERENCE_JSON, "status": "init"}],
        "page": 0,
        "page_size": 2,
        "next_page_uri": next_uri,
    }
    page = conferences().get_page(page_size=2).parse(json_response(body))
    assert [record.status for record in page] == [
        ConferenceStatus.COMPLETED,
        ConferenceStatus.INIT,
    ]
    assert page.cursor == next_uri
    following = page.next_operation()
    assert following is not None
    assert following.request.url == ROOT + next_uri


# Bad input


@pytest.mark.parametrize("sid", ["CA" + "1" * 32, "CF123", "CF" + "g" * 32, "", None])
def test_get_and_update_refuse_a_malformed_conference_sid(sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="conference_sid"):
        conferences().get(sid)
    with pytest.raises(InvalidArgument, match="conference_sid"):
        conferences().update(sid, Status="completed")


@pytest.mark.parametrize(
    "filters",
    [
        {"page_size": 0},
        {"page_size": 1001},
        {"date_created": datetime(2024, 1, 2, 3, 4)},  # naive
        {"date_updated_before": "2024-01-02"},
        {"friendly_name": ""},
        {"status": 3},
    ],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        conferences().get_page(**filters)


def test_get_page_at_refuses_a_cursor_on_another_host() -> None:
    with pytest.raises(InvalidArgument, match="cursor"):
        conferences().get_page_at("https://evil.example.com/2010-04-01/Conferences.json")


# Conformance with Twilio's OpenAPI document


def test_conference_model_and_enums_cover_twilios_document() -> None:
    schemas = openapi_schemas()
    enums = {"status": ConferenceStatus, "reason_conference_ended": ConferenceEndReason}
    assert_choices_cover(schemas, "api.v2010.account.conference", Conference, enums)
    assert_enum_covers(schemas, "conference_enum_update_status", ConferenceStatus)
