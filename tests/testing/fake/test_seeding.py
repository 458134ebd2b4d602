"""The fake's seeding methods: what Twilio makes by itself, put there by a test, then read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from twilio_sansio import Client
from twilio_sansio.testing.fake import FakeTwilio


@pytest.fixture
def client(fake: FakeTwilio) -> Client:
    return fake.client()


def test_a_seeded_call_moves_through_its_statuses(fake: FakeTwilio, client: Client) -> None:
    call = fake.seed_call(status="queued", direction="outbound-api")
    fake.set_call_status(call["sid"], "ringing")
    fake.set_call_status(call["sid"], "in-progress")
    ended = fake.set_call_status(call["sid"], "completed")
    fetched = client.calls.get(call["sid"])
    assert fetched.status == "completed"
    assert ended["duration"] is not None
    with pytest.raises(ValueError):
        fake.set_call_status(call["sid"], "ringing")


def test_call_events_and_notifications_are_listed(fake: FakeTwilio, client: Client) -> None:
    call = fake.seed_call()
    fake.seed_call_event(call["sid"])
    note = fake.seed_call_notification(call["sid"])
    assert len(list(client.call_events.iterate(call["sid"]))) == 1
    assert client.call_notifications.get(call["sid"], note["sid"]).sid == note["sid"]


def test_conferences_participants_and_their_recordings(fake: FakeTwilio, client: Client) -> None:
    conference = fake.seed_conference(friendly_name="standup")
    participant = fake.seed_participant(conference["sid"])
    recording = fake.seed_conference_recording(conference["sid"])
    assert client.conferences.get(conference["sid"]).friendly_name == "standup"
    fetched = client.participants.get(conference["sid"], participant["call_sid"])
    assert fetched.call_sid == participant["call_sid"]
    fetched_recording = client.conference_recordings.get(conference["sid"], recording["sid"])
    assert fetched_recording.sid == recording["sid"]


def test_queues_and_members(fake: FakeTwilio, client: Client) -> None:
    queue = fake.seed_queue("support")
    member = fake.seed_queue_member(queue["sid"])
    fetched = client.queue_members.get(queue["sid"], member["call_sid"])
    assert fetched.position == 1
    assert client.queues.get(queue["sid"]).current_size == 1


def test_recordings_and_transcriptions(fake: FakeTwilio, client: Client) -> None:
    call = fake.seed_call()
    recording = fake.seed_recording(call_sid=call["sid"])
    transcription = fake.seed_transcription(recording["sid"], transcription_text="hello there")
    assert client.recordings.get(recording["sid"]).call_sid == call["sid"]
    assert client.transcriptions.get(transcription["sid"]).transcription_text == "hello there"


def test_numbers_caller_ids_keys_applications_and_alerts(fake: FakeTwilio, client: Client) -> None:
    number = fake.seed_incoming_number("+14155550123")
    caller_id = fake.seed_caller_id("+14155550124", friendly_name="desk")
    key = fake.seed_key(secret="s" * 32)
    application = fake.seed_application(friendly_name="ivr")
    alert = fake.seed_alert()
    assert client.incoming_numbers.get(number["sid"]).phone_number == "+14155550123"
    assert client.outgoing_caller_ids.get(caller_id["sid"]).friendly_name == "desk"
    assert client.applications.get(application["sid"]).friendly_name == "ivr"
    assert client.alerts.get(alert["sid"]).sid == alert["sid"]
    keyed = Client(
        fake.account_sid,
        api_key_sid=key["sid"],
        api_key_secret="s" * 32,
        transport=fake.transport(),
    )
    assert keyed.keys.get(key["sid"]).sid == key["sid"]


def test_a_message_from_a_seeded_number_is_accepted(fake: FakeTwilio, client: Client) -> None:
    fake.seed_incoming_number("+14155550123")
    sent = client.messages.send_message("+14155550123", "+14155550100", "hi")
    assert sent.from_ == "+14155550123"


def test_seeding_targets_a_subaccount(fake: FakeTwilio, client: Client) -> None:
    sub = client.accounts.create(friendly_name="team")
    alert = fake.seed_alert(account_sid=sub.sid)
    assert list(client.alerts.iterate()) == []
    sub_client = Client(sub.sid, str(sub.raw["auth_token"]), transport=fake.transport())
    assert [seen.sid for seen in sub_client.alerts.iterate()] == [alert["sid"]]


def test_a_pending_caller_id_validation_completes(fake: FakeTwilio, client: Client) -> None:
    client.outgoing_caller_ids.create("+14155550177")
    fake.complete_validation("+14155550177")
    assert [c.phone_number for c in client.outgoing_caller_ids.iterate()] == ["+14155550177"]


def test_a_suspended_or_closed_account_cannot_send_call_or_buy(
    fake: FakeTwilio, client: Client
) -> None:
    from twilio_sansio import APIError

    sub = client.accounts.create(friendly_name="customer")
    view = client.for_subaccount(sub.sid)
    view.messages.send_message("+15005550006", "+14155550100", "while active")
    client.accounts.suspend(sub.sid)
    attempts: list[Callable[[], object]] = [
        lambda: view.messages.send_message("+15005550006", "+14155550100", "suspended"),
        lambda: view.calls.make_call("+15005550006", "+14155550100", "https://e.co/t"),
        lambda: view.incoming_numbers.buy_number("+14155550144"),
    ]
    for attempt in attempts:
        with pytest.raises(APIError) as caught:
            attempt()
        assert (caught.value.status, caught.value.code) == (403, 10001)
    assert len(list(view.messages.iterate())) == 1  # its records stay readable
    client.accounts.close(sub.sid)
    with pytest.raises(APIError):
        view.messages.send_message("+15005550006", "+14155550100", "closed")
