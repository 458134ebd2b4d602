"""Siprec sessions of a call on the fake Twilio: start, stop by SID or name, errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Through,
    assert_schema,
    error_of,
    run_scenario,
    send,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import calls
from twilio_sansio.testing.fake.resources.call_media import CALL_SIPREC


def test_a_siprec_session_is_started_and_stopped_by_sid_and_by_name(through: Through) -> None:
    store = through.fake.store
    call = calls.seed_call(store, through.fake.account_sid)

    async def scenario(client: Any) -> Any:
        ops = client.call_siprec
        first = await settle(
            ops.create(call["sid"], connector_name="rec", parameters={"tenant": "acme"})
        )
        named = await settle(ops.create(call["sid"], name="recorder", track="inbound_track"))
        stopped = await settle(ops.stop(call["sid"], first.sid))
        by_name = await settle(ops.update(call["sid"], "recorder", status="stopped"))
        return first, named, stopped, by_name

    first, named, stopped, by_name = run_scenario(through, scenario)
    assert (first.status, first.call_sid, first.name) == ("in-progress", call["sid"], None)
    assert first.sid.startswith("SR")
    assert first.uri.endswith(f"/Calls/{call['sid']}/Siprec/{first.sid}.json")
    assert (stopped.sid, stopped.status) == (first.sid, "stopped")
    assert (by_name.sid, by_name.name, by_name.status) == (named.sid, "recorder", "stopped")
    stored = store.get(CALL_SIPREC, first.sid)
    assert stored is not None
    assert ("ConnectorName", "rec") in stored["_form"]


def test_the_fake_answers_the_documented_fields(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, body = send(fake, "POST", f"/Calls/{call['sid']}/Siprec.json", {})
    assert status == 200
    assert_schema("api.v2010.account.call.siprec", body)


def test_siprec_on_an_unknown_call_is_20404(fake: FakeTwilio) -> None:
    unknown = "CA" + "0" * 32
    assert error_of(send(fake, "POST", f"/Calls/{unknown}/Siprec.json", {})) == (404, 20404)
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.call_siprec.stop(unknown, "SR" + "0" * 32)
    assert (caught.value.status, caught.value.code) == (404, 20404)


def test_siprec_on_a_call_not_in_progress_is_21220(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid, status="completed")
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.call_siprec.create(call["sid"])
    assert (caught.value.status, caught.value.code) == (400, 21220)


@pytest.mark.parametrize(
    "form",
    [
        {"Track": "both"},
        {"StatusCallback": "nowhere"},
        {"StatusCallbackMethod": "PATCH"},
        {"Parameter2.Value": "x"},
    ],
)
def test_bad_start_parameters_are_400(fake: FakeTwilio, form: dict[str, str]) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, _ = send(fake, "POST", f"/Calls/{call['sid']}/Siprec.json", form)
    assert status == 400
