"""Media streams of a call on the fake Twilio: start, stop by SID or name, errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Through,
    assert_schema,
    error_of,
    other_account,
    run_scenario,
    send,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import calls
from twilio_sansio.testing.fake.resources.call_media import CALL_STREAMS

WSS = "wss://agent.example.com/media"


def test_a_stream_is_started_and_stopped_by_sid_and_by_name(through: Through) -> None:
    store = through.fake.store
    call = calls.seed_call(store, through.fake.account_sid)

    async def scenario(client: Any) -> Any:
        streams = client.call_streams
        first = await settle(
            streams.create(call["sid"], WSS, track="both_tracks", parameters={"lang": "en"})
        )
        named = await settle(streams.create(call["sid"], WSS, name="agent"))
        stopped = await settle(streams.stop(call["sid"], first.sid))
        by_name = await settle(streams.update(call["sid"], "agent", status="stopped"))
        return first, named, stopped, by_name

    first, named, stopped, by_name = run_scenario(through, scenario)
    assert (first.status, first.call_sid, first.name) == ("in-progress", call["sid"], None)
    assert first.sid.startswith("MZ")
    assert first.uri.endswith(f"/Calls/{call['sid']}/Streams/{first.sid}.json")
    assert (stopped.sid, stopped.status) == (first.sid, "stopped")
    assert (by_name.sid, by_name.name, by_name.status) == (named.sid, "agent", "stopped")
    stored = store.get(CALL_STREAMS, first.sid)
    assert stored is not None
    assert ("Parameter1.Name", "lang") in stored["_form"]


def test_the_fake_answers_the_documented_fields(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, body = send(fake, "POST", f"/Calls/{call['sid']}/Streams.json", {"Url": WSS})
    assert status == 200
    assert_schema("api.v2010.account.call.stream", body)
    status, body = send(
        fake, "POST", f"/Calls/{call['sid']}/Streams/{body['sid']}.json", {"Status": "stopped"}
    )
    assert (status, body["status"]) == (200, "stopped")


def test_streaming_an_unknown_call_is_20404(fake: FakeTwilio) -> None:
    unknown = "CA" + "0" * 32
    assert error_of(send(fake, "POST", f"/Calls/{unknown}/Streams.json", {"Url": WSS})) == (
        404,
        20404,
    )
    stream = "MZ" + "0" * 32
    assert error_of(
        send(fake, "POST", f"/Calls/{unknown}/Streams/{stream}.json", {"Status": "stopped"})
    ) == (404, 20404)


def test_another_accounts_call_is_not_found(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, other_account(fake))
    assert error_of(send(fake, "POST", f"/Calls/{call['sid']}/Streams.json", {"Url": WSS})) == (
        404,
        20404,
    )


def test_a_stream_of_a_call_not_in_progress_is_21220(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid, status="completed")
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.call_streams.create(call["sid"], WSS)
    assert (caught.value.status, caught.value.code) == (400, 21220)


def test_an_unknown_stream_of_a_call_is_404(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    other = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        stream = client.call_streams.create(call["sid"], WSS, name="agent")
        for call_sid, sid in ((other["sid"], stream.sid), (other["sid"], "agent")):
            with pytest.raises(APIError) as caught:
                client.call_streams.stop(call_sid, sid)
            assert (caught.value.status, caught.value.code) == (404, 20404)
        with pytest.raises(APIError) as missing:
            client.call_streams.stop(call["sid"], "MZ" + "0" * 32)
        assert missing.value.status == 404


@pytest.mark.parametrize(
    "form",
    [
        {},
        {"Url": "https://agent.example.com/media"},
        {"Url": WSS, "Track": "left"},
        {"Url": WSS, "StatusCallback": "not a url"},
        {"Url": WSS, "StatusCallbackMethod": "PUT"},
        {"Url": WSS, "Parameter1.Value": "x"},
    ],
)
def test_bad_start_parameters_are_400(fake: FakeTwilio, form: dict[str, str]) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, _ = send(fake, "POST", f"/Calls/{call['sid']}/Streams.json", form)
    assert status == 400


@pytest.mark.parametrize("form", [{}, {"Status": "in-progress"}])
def test_a_stop_needs_status_stopped(fake: FakeTwilio, form: dict[str, str]) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    _, body = send(fake, "POST", f"/Calls/{call['sid']}/Streams.json", {"Url": WSS})
    status, _ = send(fake, "POST", f"/Calls/{call['sid']}/Streams/{body['sid']}.json", form)
    assert status == 400
