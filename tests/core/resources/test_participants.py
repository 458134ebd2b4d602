"""Participants: every operation's request byte for byte, the model's conversions, bad input."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_choices_cover,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import APIError, InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.participants import (
    Participant,
    ParticipantOperations,
    ParticipantStatus,
)

CONFERENCE = "CF" + "1" * 32
CALL = "CA" + "2" * 32
COACHED = "CA" + "3" * 32
CONFERENCE_URL = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}"
PARTICIPANTS = f"{CONFERENCE_URL}/Participants"


def participants(default_region: str | None = None) -> ParticipantOperations:
    return ParticipantOperations(make_config(default_region=default_region))


PARTICIPANT_JSON: dict[str, Any] = {
    "call_sid": CALL,
    "conference_sid": CONFERENCE,
    "account_sid": ACCOUNT,
    "label": "customer",
    "status": "connected",
    "muted": False,
    "hold": True,
    "coaching": True,
    "call_sid_to_coach": COACHED,
    "start_conference_on_enter": True,
    "end_conference_on_exit": False,
    "queue_time": "1500",
    "date_created": WHEN,
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Participants/{CALL}.json",
}


# Requests


def test_create_posts_from_and_to_in_e164_with_twilios_parameters() -> None:
    operation = participants(default_region="US").create(
        CONFERENCE,
        "(410) 555-1234",
        "+1 202-555-0123",
        Label="customer",
        EarlyMedia=True,
        StatusCallbackEvent=["ringing", "answered"],
    )
    assert_request(
        operation.request,
        "POST",
        f"{PARTICIPANTS}.json",
        b"From=%2B14105551234&To=%2B12025550123&Label=customer&EarlyMedia=true"
        b"&StatusCallbackEvent=ringing&StatusCallbackEvent=answered",
    )


def test_create_joins_a_conference_by_friendly_name() -> None:
    operation = participants().create("Team Room/1", "client:alice", "client:bob")
    assert_request(
        operation.request,
        "POST",
        f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Conferences/Team%20Room%2F1/Participants.json",
        b"From=client%3Aalice&To=client%3Abob",
    )


def test_create_to_a_sip_address_sends_from_as_the_sip_user_name() -> None:
    operation = participants().create(CONFERENCE, "1001", "sip:desk@example.com")
    assert_request(
        operation.request,
        "POST",
        f"{PARTICIPANTS}.json",
        b"From=1001&To=sip%3Adesk%40example.com",
    )


def test_get_fetches_a_participant_by_call_sid() -> None:
    operation = participants().get(CONFERENCE, CALL)
    assert_request(operation.request, "GET", f"{PARTICIPANTS}/{CALL}.json")


def test_get_fetches_a_participant_by_label_percent_encoded() -> None:
    operation = participants().get(CONFERENCE, "agent 1/b")
    assert_request(operation.request, "GET", f"{PARTICIPANTS}/agent%201%2Fb.json")


def test_update_posts_twilios_parameters() -> None:
    operation = participants().update(
        CONFERENCE, CALL, Muted=True, Hold=False, HoldUrl="https://example.com/hold"
    )
    assert_request(
        operation.request,
        "POST",
        f"{PARTICIPANTS}/{CALL}.json",
        b"Muted=true&Hold=false&HoldUrl=https%3A%2F%2Fexample.com%2Fhold",
    )


def test_delete_removes_a_participant_by_call_sid_or_label() -> None:
    assert_request(
        participants().delete(CONFERENCE, CALL).request, "DELETE", f"{PARTICIPANTS}/{CALL}.json"
    )
    assert_request(
        participants().delete(CONFERENCE, "customer").request,
        "DELETE",
        f"{PARTICIPANTS}/customer.json",
    )


def test_get_page_sends_every_filter_by_twilios_name() -> None:
    operation = participants().get_page(
        CONFERENCE, muted=True, hold=False, coaching=True, page_size=5, PageToken="PT"
    )
    assert_request(
        operation.request,
        "GET",
        f"{PARTICIPANTS}.json?Muted=true&Hold=false&Coaching=true&PageSize=5&PageToken=PT",
    )


def test_get_page_without_filters_asks_for_the_list() -> None:
    assert_request(participants().get_page(CONFERENCE).request, "GET", f"{PARTICIPANTS}.json")


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Participants.json?Page=1"
    assert_request(participants().get_page_at(cursor).request, "GET", ROOT + cursor)


# Parsing


def test_participant_converts_every_field() -> None:
    participant = participants().get(CONFERENCE, CALL).parse(json_response(PARTICIPANT_JSON))
    assert isinstance(participant, Participant)
    assert participant.to_dict() == {
        "call_sid": CALL,
        "conference_sid": CONFERENCE,
        "account_sid": ACCOUNT,
        "label": "customer",
        "status": ParticipantStatus.CONNECTED,
        "muted": False,
        "hold": True,
        "coaching": True,
        "call_sid_to_coach": COACHED,
        "start_conference_on_enter": True,
        "end_conference_on_exit": False,
        "queue_time": timedelta(seconds=1.5),
        "date_created": WHEN_DT,
        "date_updated": WHEN_DT,
        "uri": PARTICIPANT_JSON["uri"],
    }


def test_participant_reads_null_queue_time_as_none() -> None:
    assert Participant.from_json({"queue_time": None}).queue_time is None


@pytest.mark.parametrize("build", ["create", "update"])
def test_create_and_update_parse_the_participant(build: str) -> None:
    ops = participants()
    if build == "create":
        operation = ops.create(CONFERENCE, "+14105551234", "+12025550123")
    else:
        operation = ops.update(CONFERENCE, CALL, Muted=False)
    assert operation.parse(json_response(PARTICIPANT_JSON)).call_sid == CALL


@pytest.mark.parametrize("status", [204, 404])
def test_delete_succeeds_when_removed_or_already_gone(status: int) -> None:
    assert participants().delete(CONFERENCE, CALL).parse(Response(status)) is None


def test_delete_raises_twilios_other_errors() -> None:
    body = {"code": 20003, "message": "Authenticate", "status": 401}
    with pytest.raises(APIError):
        participants().delete(CONFERENCE, CALL).parse(json_response(body, 401))


def test_get_page_parses_records_and_the_next_cursor() -> None:
    next_uri = f"/2010-04-01/Accounts/{ACCOUNT}/Conferences/{CONFERENCE}/Participants.json?Page=1"
    body = {"participants": [PARTICIPANT_JSON], "page": 0, "next_page_uri": next_uri}
    page = participants().get_page(CONFERENCE).parse(json_response(body))
    assert [record.call_sid for record in page] == [CALL]
    assert page.cursor == next_uri


# Bad input


@pytest.mark.parametrize("conference", ["CA" + "1" * 32, "CF123", "", None])
def test_operations_refuse_a_malformed_conference_sid(conference: Any) -> None:
    ops = participants()
    for build in (
        lambda: ops.get(conference, CALL),
        lambda: ops.update(conference, CALL, Muted=True),
        lambda: ops.delete(conference, CALL),
        lambda: ops.get_page(conference),
    ):
        with pytest.raises(InvalidArgument, match="conference_sid"):
            build()


@pytest.mark.parametrize("conference", ["QU" + "1" * 32, "", "a\x00b", 7])
def test_create_refuses_a_conference_that_is_neither_sid_nor_name(conference: Any) -> None:
    with pytest.raises(InvalidArgument, match="conference_sid"):
        participants().create(conference, "+14105551234", "+12025550123")


@pytest.mark.parametrize("call_sid", ["CF" + "2" * 32, "", "a\x00b", None, ".."])
def test_operations_refuse_a_participant_that_is_neither_call_sid_nor_label(
    call_sid: Any,
) -> None:
    ops = participants()
    for build in (
        lambda: ops.get(CONFERENCE, call_sid),
        lambda: ops.update(CONFERENCE, call_sid, Muted=True),
        lambda: ops.delete(CONFERENCE, call_sid),
    ):
        with pytest.raises(InvalidArgument):
            build()


@pytest.mark.parametrize(
    ("from_", "to"),
    [("+1410555", "+12025550123"), ("+14105551234", "+1202"), ("", "+12025550123"), (None, "x")],
)
def test_create_refuses_invalid_addresses(from_: Any, to: Any) -> None:
    with pytest.raises(InvalidArgument):
        participants().create(CONFERENCE, from_, to)


@pytest.mark.parametrize(
    "filters", [{"muted": "yes"}, {"hold": 1}, {"coaching": "false"}, {"page_size": 0}]
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        participants().get_page(CONFERENCE, **filters)


# Conformance with Twilio's OpenAPI document


def test_participant_model_and_status_cover_twilios_document() -> None:
    schema = "api.v2010.account.conference.participant"
    assert_choices_cover(openapi_schemas(), schema, Participant, {"status": ParticipantStatus})
