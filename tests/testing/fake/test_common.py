"""The helpers every resource of the fake shares: field names, URIs, filters, removal."""

from __future__ import annotations

import pytest

from tests.testing.fake._support import send
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources._common import field_of, subresource_uris
from twilio_sansio.testing.fake.store import FakeStore


@pytest.mark.parametrize(
    ("param", "field"),
    [
        ("To", "to"),
        ("DateSent", "date_sent"),
        ("ParentCallSid", "parent_call_sid"),
        ("VoiceCallerIdLookup", "voice_caller_id_lookup"),
        ("PublicApplicationConnectEnabled", "public_application_connect_enabled"),
    ],
)
def test_a_parameter_is_kept_in_its_snake_case_field(param: str, field: str) -> None:
    assert field_of(param) == field


def test_subresource_uris_name_each_segment_in_camel_case_in_the_order_given() -> None:
    uris = subresource_uris("/2010-04-01/Accounts/AC1", "outgoing_caller_ids", "calls")

    assert list(uris.items()) == [
        ("outgoing_caller_ids", "/2010-04-01/Accounts/AC1/OutgoingCallerIds.json"),
        ("calls", "/2010-04-01/Accounts/AC1/Calls.json"),
    ]


def test_remove_where_removes_only_the_matching_records_and_returns_them() -> None:
    store = FakeStore(seed=1)
    for key, parent in (("a", "p1"), ("b", "p2"), ("c", "p1")):
        store.insert("things", key, {"sid": key, "parent": parent})

    removed = store.remove_where("things", lambda record: record["parent"] == "p1")

    assert [record["sid"] for record in removed] == ["c", "a"]
    assert list(store.table("things")) == ["b"]


def test_a_flag_filter_keeps_the_records_whose_flag_is_the_one_asked(fake: FakeTwilio) -> None:
    room = fake.seed_conference(friendly_name="Room")
    fake.seed_participant(room["sid"], muted=True)
    loud = fake.seed_participant(room["sid"])

    status, page = send(fake, "GET", f"/Conferences/{room['sid']}/Participants.json?Muted=false")

    assert status == 200
    assert [p["call_sid"] for p in page["participants"]] == [loud["call_sid"]]


def test_a_flag_filter_that_is_not_a_boolean_is_refused(fake: FakeTwilio) -> None:
    room = fake.seed_conference(friendly_name="Room")

    status, body = send(fake, "GET", f"/Conferences/{room['sid']}/Participants.json?Hold=maybe")

    assert (status, body["code"]) == (400, 21200)
