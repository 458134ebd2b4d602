"""Calls on the fake Twilio: life cycle, validation, filters, paging, sub-resources."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from tests.testing.fake._support import (
    RECIPIENT,
    SENDER,
    TWIML_URL,
    Clock,
    Through,
    assert_schema,
    collect,
    error_of,
    other_account,
    run_scenario,
    send,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import calls
from twilio_sansio.testing.fake.resources._common import INCOMING_NUMBERS, OUTGOING_CALLER_IDS

# -- life cycle ---------------------------------------------------------------------------


def test_a_call_is_made_answered_and_hung_up(through: Through, clock: Clock) -> None:
    store = through.fake.store

    async def scenario(client: Any) -> Any:
        made = await settle(client.calls.make_call(SENDER, RECIPIENT, TWIML_URL))
        calls.set_call_status(store, made.sid, "ringing")
        clock.advance(5)
        calls.set_call_status(store, made.sid, "in-progress")
        clock.advance(65)
        ended = await settle(client.calls.hangup(made.sid))
        fetched = await settle(client.calls.get(made.sid))
        listed = await settle(collect(client.calls.iterate()))
        return made, ended, fetched, listed

    made, ended, fetched, listed = run_scenario(through, scenario)
    assert made.status == "queued"
    assert made.raw["start_time"] is None
    assert made.raw["to_formatted"] == "(415) 555-0100"
    assert ended.status == "completed"
    assert ended.raw["duration"] == "65"
    assert ended.raw["price"] == "-0.02600"
    assert ended.raw["start_time"] == "Mon, 02 Mar 2026 12:00:00 +0000"
    assert ended.raw["end_time"] == "Mon, 02 Mar 2026 12:01:10 +0000"
    assert fetched.raw == ended.raw
    assert [call.sid for call in listed] == [made.sid]


def test_canceling_a_queued_call_ends_it_without_duration_or_price(through: Through) -> None:
    async def scenario(client: Any) -> Any:
        made = await settle(client.calls.make_call(SENDER, RECIPIENT, TWIML_URL))
        return await settle(client.calls.cancel(made.sid))

    canceled = run_scenario(through, scenario)
    assert canceled.status == "canceled"
    assert (canceled.raw["duration"], canceled.raw["end_time"], canceled.raw["price"]) == (
        None,
        None,
        None,
    )


def test_canceling_a_call_in_progress_is_refused_and_leaves_it(fake: FakeTwilio) -> None:
    with fake.client() as client:
        made = client.calls.make_call(SENDER, RECIPIENT, TWIML_URL)
        calls.set_call_status(fake.store, made.sid, "in-progress")
        with pytest.raises(APIError) as caught:
            client.calls.cancel(made.sid)
        assert (caught.value.status, caught.value.code) == (400, 21220)
        assert client.calls.get(made.sid).status == "in-progress"


@pytest.mark.parametrize("status", ["queued", "ringing"])
def test_hanging_up_a_call_not_yet_answered_cancels_it(fake: FakeTwilio, status: str) -> None:
    with fake.client() as client:
        made = client.calls.make_call(SENDER, RECIPIENT, TWIML_URL)
        if status != "queued":
            calls.set_call_status(fake.store, made.sid, status)
        ended = client.calls.hangup(made.sid)
    assert ended.status == "canceled"
    assert ended.raw["duration"] is None


def test_redirecting_a_live_call_changes_its_twiml(fake: FakeTwilio) -> None:
    with fake.client() as client:
        made = client.calls.make_call(SENDER, RECIPIENT, TWIML_URL)
        calls.set_call_status(fake.store, made.sid, "in-progress")
        client.calls.redirect(made.sid, "https://example.com/next")
        client.calls.update(made.sid, Twiml="<Response><Hangup/></Response>")
    record = fake.store.get(calls.CALLS, made.sid)
    assert record is not None
    assert record["_twiml"] == "<Response><Hangup/></Response>"
    assert "_url" not in record
    assert record["status"] == "in-progress"


def test_redirecting_an_ended_call_is_21220(fake: FakeTwilio) -> None:
    with fake.client() as client:
        made = client.calls.make_call(SENDER, RECIPIENT, TWIML_URL)
        calls.set_call_status(fake.store, made.sid, "completed")
        with pytest.raises(APIError) as caught:
            client.calls.redirect(made.sid, "https://example.com/next")
    assert (caught.value.status, caught.value.code) == (400, 21220)
    assert caught.value.message == "Call is not in-progress. Cannot redirect."


def test_an_unknown_update_status_is_refused(fake: FakeTwilio) -> None:
    made = calls.seed_call(fake.store, fake.account_sid)
    answer = send(fake, "POST", f"/Calls/{made['sid']}.json", {"Status": "ringing"})
    assert error_of(answer) == (400, 21200)


def test_a_live_call_cannot_be_deleted_an_ended_one_can(fake: FakeTwilio) -> None:
    with fake.client() as client:
        made = client.calls.make_call(SENDER, RECIPIENT, TWIML_URL)
        calls.seed_call_event(fake.store, fake.account_sid, made.sid)
        with pytest.raises(APIError) as caught:
            client.calls.delete(made.sid)
        assert (caught.value.status, caught.value.code) == (400, 20009)
        client.calls.hangup(made.sid)
        client.calls.delete(made.sid)
        with pytest.raises(APIError) as gone:
            client.calls.get(made.sid)
    assert gone.value.status == 404
    assert fake.store.table(calls.EVENTS) == {}


def test_set_call_status_keeps_the_times_consistent(fake: FakeTwilio, clock: Clock) -> None:
    busy = calls.seed_call(fake.store, fake.account_sid, status="queued", start_time=None)
    calls.set_call_status(fake.store, busy["sid"], "busy")
    assert busy["start_time"] == "Mon, 02 Mar 2026 12:00:00 +0000"
    assert (busy["end_time"], busy["duration"], busy["price"]) == (None, None, None)
    answered = calls.seed_call(fake.store, fake.account_sid)
    clock.advance(10)
    calls.set_call_status(fake.store, answered["sid"], "completed", price="-0.50000")
    assert (answered["duration"], answered["price"]) == ("10", "-0.50000")


def test_set_call_status_refuses_what_cannot_happen(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid, status="failed")
    with pytest.raises(KeyError):
        calls.set_call_status(fake.store, "CA" + "0" * 32, "ringing")
    with pytest.raises(ValueError, match="not a call status"):
        calls.set_call_status(fake.store, call["sid"], "answered")
    with pytest.raises(ValueError, match="already ended"):
        calls.set_call_status(fake.store, call["sid"], "in-progress")


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"From": SENDER, "Url": TWIML_URL}, 21201),
        ({"To": RECIPIENT, "Url": TWIML_URL}, 21213),
        ({"To": RECIPIENT, "From": SENDER}, 21205),
        ({"To": RECIPIENT, "From": SENDER, "Url": "not a url"}, 21205),
        ({"To": RECIPIENT, "From": SENDER, "Url": TWIML_URL, "Twiml": "<Response/>"}, 21200),
        ({"To": RECIPIENT, "From": SENDER, "ApplicationSid": "AP" + "1" * 32}, 21218),
        ({"To": RECIPIENT, "From": "+14155550199", "Url": TWIML_URL}, 21210),
        ({"To": RECIPIENT, "From": "+15005550001", "Url": TWIML_URL}, 21212),
        ({"To": "+15005550001", "From": SENDER, "Url": TWIML_URL}, 21217),
        ({"To": "+15005550002", "From": SENDER, "Url": TWIML_URL}, 21214),
        ({"To": "+15005550003", "From": SENDER, "Url": TWIML_URL}, 21215),
        ({"To": "+15005550004", "From": SENDER, "Url": TWIML_URL}, 21216),
        ({"To": "nobody", "From": SENDER, "Url": TWIML_URL}, 21217),
    ],
)
def test_a_call_twilio_would_refuse_is_refused(
    fake: FakeTwilio, form: dict[str, str], code: int
) -> None:
    assert error_of(send(fake, "POST", "/Calls.json", form)) == (400, code)
    assert fake.store.table(calls.CALLS) == {}


def test_an_unverified_caller_gets_twilios_message(fake: FakeTwilio) -> None:
    form = {"To": RECIPIENT, "From": "+14155550199", "Url": TWIML_URL}
    _, body = send(fake, "POST", "/Calls.json", form)
    assert body["message"].startswith(
        "The source phone number provided, +14155550199, is not yet verified for your account"
    )


def test_owned_and_verified_numbers_and_client_identities_may_call(fake: FakeTwilio) -> None:
    account = fake.account_sid
    owned_sid, verified_sid = "PN" + "1" * 32, "PN" + "2" * 32  # well-formed, as Twilio has them
    owned = {"sid": owned_sid, "account_sid": account, "phone_number": "+14155550111"}
    fake.store.insert(INCOMING_NUMBERS, owned_sid, owned)
    fake.store.insert(
        OUTGOING_CALLER_IDS, verified_sid,
        {"sid": verified_sid, "account_sid": account, "phone_number": "+14155550122"},
    )  # fmt: skip
    with fake.client() as client:
        from_owned = client.calls.make_call("+14155550111", RECIPIENT, TWIML_URL)
        verified = client.calls.make_call("+14155550122", RECIPIENT, twiml="<Response/>")
        agent = client.calls.make_call("client:agent", "client:alice", TWIML_URL)
    assert from_owned.raw["phone_number_sid"] == owned_sid
    assert verified.raw["from"] == "+14155550122"
    assert agent.raw["to_formatted"] == "client:alice"


def test_a_caller_id_verified_by_another_account_is_not_enough(fake: FakeTwilio) -> None:
    fake.store.insert(
        OUTGOING_CALLER_IDS, "PN3",
        {"sid": "PN3", "account_sid": other_account(fake), "phone_number": "+14155550133"},
    )  # fmt: skip
    form = {"To": RECIPIENT, "From": "+14155550133", "Url": TWIML_URL}
    assert error_of(send(fake, "POST", "/Calls.json", form)) == (400, 21210)


# -- listing --------------------------------------------------------------------------------


def test_pages_are_newest_first_and_hold_each_call_once(through: Through) -> None:
    made = [calls.seed_call(through.fake.store, through.fake.account_sid)["sid"] for _ in range(7)]

    async def scenario(client: Any) -> Any:
        return await settle(collect(client.calls.get_page_iterator(page_size=3)))

    pages = run_scenario(through, scenario)
    assert [len(page.records) for page in pages] == [3, 3, 1]
    assert [call.sid for page in pages for call in page.records] == made[::-1]


def test_filters_pick_the_calls_that_match(fake: FakeTwilio, clock: Clock) -> None:
    store, account = fake.store, fake.account_sid
    parent = calls.seed_call(store, account, to="+14155550001")
    child = calls.seed_call(store, account, to="+14155550002", parent_call_sid=parent["sid"])
    clock.advance(86400 * 2)
    later = calls.seed_call(store, account, to="+14155550003", **{"from": "+14155550999"})
    calls.set_call_status(store, later["sid"], "completed")
    with fake.client() as client:

        def sids(**filters: Any) -> list[str]:
            return [call.sid for call in client.calls.iterate(**filters)]

        assert sids(to="+14155550002") == [child["sid"]]
        assert sids(from_="+14155550999") == [later["sid"]]
        assert sids(parent_call_sid=parent["sid"]) == [child["sid"]]
        assert sids(status="completed") == [later["sid"]]
        assert sids(start_time=datetime(2026, 3, 2).date()) == [child["sid"], parent["sid"]]
        assert sids(start_time_after=datetime(2026, 3, 3).date()) == [later["sid"]]
        assert sids(start_time_before=datetime(2026, 3, 3).date()) == [child["sid"], parent["sid"]]
        assert sids(end_time=datetime(2026, 3, 4).date()) == [later["sid"]]
        assert sids(end_time_before=datetime(2026, 3, 3).date()) == []
        assert sids(end_time_after=datetime(2026, 3, 3).date()) == [later["sid"]]


def test_unknown_calls_and_calls_of_another_account_are_404(fake: FakeTwilio) -> None:
    foreign = calls.seed_call(fake.store, other_account(fake))
    for sid in ("CA" + "0" * 32, foreign["sid"]):
        assert error_of(send(fake, "GET", f"/Calls/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "POST", f"/Calls/{sid}.json", {"Status": "completed"})) == (
            404,
            20404,
        )
        assert error_of(send(fake, "GET", f"/Calls/{sid}/Recordings.json")) == (404, 20404)
    assert foreign["status"] == "in-progress"


# -- recordings, events and notifications of a call ------------------------------------------


def test_a_call_recording_is_started_paused_and_stopped(through: Through, clock: Clock) -> None:
    store = through.fake.store
    call = calls.seed_call(store, through.fake.account_sid)

    async def scenario(client: Any) -> Any:
        recordings = client.call_recordings
        started = await settle(recordings.create(call["sid"], RecordingChannels="dual"))
        clock.advance(20)
        paused = await settle(recordings.update(call["sid"], "Twilio.CURRENT", Status="paused"))
        resumed = await settle(recordings.update(call["sid"], started.sid, Status="in-progress"))
        clock.advance(10)
        stopped = await settle(recordings.update(call["sid"], started.sid, Status="stopped"))
        fetched = await settle(recordings.get(call["sid"], started.sid))
        listed = await settle(collect(recordings.iterate(call["sid"])))
        return started, paused, resumed, stopped, fetched, listed

    started, paused, resumed, stopped, fetched, listed = run_scenario(through, scenario)
    assert (started.status, started.raw["duration"], started.raw["channels"]) == (
        "in-progress",
        "-1",
        2,
    )
    assert started.raw["source"] == "StartCallRecordingAPI"
    assert [paused.status, resumed.status, stopped.status] == ["paused", "in-progress", "stopped"]
    assert (fetched.status, fetched.raw["duration"], fetched.raw["price"]) == (
        "completed",
        "30",
        -0.0025,
    )
    assert [recording.sid for recording in listed] == [started.sid]


def test_recording_a_call_that_is_not_in_progress_is_21220(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid, status="ringing")
    assert error_of(send(fake, "POST", f"/Calls/{call['sid']}/Recordings.json", {})) == (
        400,
        21220,
    )


def test_a_stopped_recording_cannot_change_and_can_be_deleted(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        recording = client.call_recordings.create(call["sid"])
        with pytest.raises(APIError) as live:
            client.call_recordings.delete(call["sid"], recording.sid)
        assert (live.value.status, live.value.code) == (400, 20009)
        client.call_recordings.update(call["sid"], recording.sid, Status="stopped")
        with pytest.raises(APIError) as caught:
            client.call_recordings.update(call["sid"], recording.sid, Status="paused")
        assert (caught.value.status, caught.value.code) == (400, 21220)
        client.call_recordings.delete(call["sid"], recording.sid)
        assert list(client.call_recordings.iterate(call["sid"])) == []
        with pytest.raises(APIError) as current:
            client.call_recordings.update(call["sid"], "Twilio.CURRENT", Status="paused")
    assert current.value.status == 404


def test_a_call_made_with_record_is_recorded_from_answer_to_hang_up(
    fake: FakeTwilio, clock: Clock
) -> None:
    with fake.client() as client:
        made = client.calls.make_call(SENDER, RECIPIENT, TWIML_URL, Record=True)
        assert list(client.call_recordings.iterate(made.sid)) == []
        calls.set_call_status(fake.store, made.sid, "in-progress")
        clock.advance(90)
        client.calls.hangup(made.sid)
        (recording,) = client.call_recordings.iterate(made.sid)
    assert (recording.status, recording.raw["duration"]) == ("completed", "90")
    assert recording.raw["source"] == "OutboundAPI"


def test_events_and_notifications_of_a_call(through: Through) -> None:
    store, account = through.fake.store, through.fake.account_sid
    call = calls.seed_call(store, account)
    other = calls.seed_call(store, account)
    first = calls.seed_call_event(store, account, call["sid"])
    second = calls.seed_call_event(store, account, call["sid"], response={"response_code": 500})
    calls.seed_call_event(store, account, other["sid"])
    error = calls.seed_call_notification(store, account, call["sid"])
    warning = calls.seed_call_notification(store, account, call["sid"], log="1")

    async def scenario(client: Any) -> Any:
        events = await settle(collect(client.call_events.iterate(call["sid"])))
        notes = await settle(collect(client.call_notifications.iterate(call["sid"])))
        warnings = await settle(collect(client.call_notifications.iterate(call["sid"], log=1)))
        one = await settle(client.call_notifications.get(call["sid"], error["sid"]))
        return events, notes, warnings, one

    events, notes, warnings, one = run_scenario(through, scenario)
    assert [event.response for event in events] == [second["response"], first["response"]]
    assert [note.sid for note in notes] == [warning["sid"], error["sid"]]
    assert notes[1].request_variables is None
    assert [note.sid for note in warnings] == [warning["sid"]]
    assert one.request_variables == error["request_variables"]


def test_a_notification_of_another_call_is_404(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    other = calls.seed_call(fake.store, fake.account_sid)
    note = calls.seed_call_notification(fake.store, fake.account_sid, other["sid"])
    path = f"/Calls/{call['sid']}/Notifications/{note['sid']}.json"
    assert error_of(send(fake, "GET", path)) == (404, 20404)
    with pytest.raises(KeyError):
        calls.seed_call_event(fake.store, other_account(fake), call["sid"])


# -- the JSON matches Twilio's schemas ------------------------------------------------------


def test_every_schema_property_is_in_the_fakes_json(fake: FakeTwilio) -> None:
    store, account = fake.store, fake.account_sid
    call = calls.seed_call(store, account)
    calls.seed_call_event(store, account, call["sid"])
    note = calls.seed_call_notification(store, account, call["sid"])
    _, recording = send(fake, "POST", f"/Calls/{call['sid']}/Recordings.json", {})
    _, fetched = send(fake, "GET", f"/Calls/{call['sid']}.json")
    _, events = send(fake, "GET", f"/Calls/{call['sid']}/Events.json")
    _, notes = send(fake, "GET", f"/Calls/{call['sid']}/Notifications.json")
    _, one_note = send(fake, "GET", f"/Calls/{call['sid']}/Notifications/{note['sid']}.json")
    assert_schema("api.v2010.account.call", fetched)
    assert_schema("api.v2010.account.call.call_recording", recording)
    assert_schema("api.v2010.account.call.call_event", events["events"][0])
    assert_schema("api.v2010.account.call.call_notification", notes["notifications"][0])
    assert_schema("api.v2010.account.call.call_notification-instance", one_note)
    send(fake, "POST", f"/Calls/{call['sid']}.json", {"Status": "completed"})
    _, ended = send(fake, "GET", f"/Calls/{call['sid']}.json")
    assert_schema("api.v2010.account.call", ended)
