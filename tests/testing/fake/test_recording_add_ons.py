"""Add-on results of recordings, payloads and data on the fake: every client, errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Through,
    assert_schema,
    collect,
    error_of,
    run_scenario,
    send,
    send_raw,
    settle,
)
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources.recording_add_ons import PAYLOADS

DATA_URL = "https://data.example.com/transcript.json?signature=s"


def test_results_payloads_and_data_are_read_and_deleted(through: Through) -> None:
    fake = through.fake
    recording = fake.seed_recording()
    result = fake.seed_add_on_result(recording["sid"])
    older = fake.seed_add_on_result_payload(result["sid"], label="older")
    newer = fake.seed_add_on_result_payload(result["sid"], data_url=DATA_URL)
    recording_sid, result_sid = recording["sid"], result["sid"]

    async def scenario(client: Any) -> Any:
        results = client.recording_add_on_results
        listed = await settle(collect(results.iterate(recording_sid)))
        fetched = await settle(results.get(recording_sid, result_sid))
        payloads = client.recording_add_on_result_payloads
        found = await settle(collect(payloads.iterate(recording_sid, result_sid, page_size=1)))
        one = await settle(payloads.get(recording_sid, result_sid, newer["sid"]))
        data = await settle(payloads.get_data(recording_sid, result_sid, newer["sid"]))
        await settle(payloads.delete(recording_sid, result_sid, older["sid"]))
        left = await settle(payloads.get_page(recording_sid, result_sid))
        await settle(results.delete(recording_sid, result_sid))
        after = await settle(results.get_page(recording_sid))
        return listed, fetched, found, one, data, left, after

    listed, fetched, found, one, data, left, after = run_scenario(through, scenario)
    assert [record.sid for record in listed] == [result["sid"]]
    assert (fetched.status, fetched.reference_sid) == ("completed", recording["sid"])
    assert [payload.sid for payload in found] == [newer["sid"], older["sid"]]
    assert (one.label, one.add_on_result_sid) == ("transcript", result["sid"])
    assert data.redirect_to == DATA_URL
    assert [payload.sid for payload in left.records] == [newer["sid"]]
    assert list(after.records) == []
    assert fake.store.table(PAYLOADS) == {}


def test_the_fake_answers_the_documented_fields_and_a_307(fake: FakeTwilio) -> None:
    recording = fake.seed_recording()
    result = fake.seed_add_on_result(recording["sid"], status="processing")
    payload = fake.seed_add_on_result_payload(result["sid"], data_url=DATA_URL)
    rest = f"/Recordings/{recording['sid']}/AddOnResults"
    status, body = send(fake, "GET", f"{rest}/{result['sid']}.json")
    assert (status, body["status"]) == (200, "processing")
    base = "api.v2010.account.recording.recording_add_on_result"
    assert_schema(base, body)
    payloads = f"{rest}/{result['sid']}/Payloads"
    status, body = send(fake, "GET", f"{payloads}/{payload['sid']}.json")
    assert status == 200
    assert_schema(f"{base}.recording_add_on_result_payload", body)
    response = send_raw(fake, "GET", f"{payloads}/{payload['sid']}/Data.json")
    assert response.status == 307
    assert response.header("location") == DATA_URL


def test_a_deleted_recording_has_no_add_on_results(fake: FakeTwilio) -> None:
    recording = fake.seed_recording()
    result = fake.seed_add_on_result(recording["sid"])
    assert send(fake, "DELETE", f"/Recordings/{recording['sid']}.json")[0] == 204
    rest = f"/Recordings/{recording['sid']}/AddOnResults"
    assert error_of(send(fake, "GET", f"{rest}.json")) == (404, 20404)
    assert error_of(send(fake, "GET", f"{rest}/{result['sid']}.json")) == (404, 20404)


@pytest.mark.parametrize("method", ["get", "delete", "get_data"])
def test_a_payload_is_only_found_under_its_own_result(fake: FakeTwilio, method: str) -> None:
    recording = fake.seed_recording()
    result = fake.seed_add_on_result(recording["sid"])
    other = fake.seed_add_on_result(recording["sid"])
    payload = fake.seed_add_on_result_payload(result["sid"])
    with fake.client() as client:
        call = getattr(client.recording_add_on_result_payloads, method)
        if method == "delete":  # a 404 is success for a delete: nothing is removed
            call(recording["sid"], other["sid"], payload["sid"])
            assert fake.store.get(PAYLOADS, payload["sid"]) is not None
            return
        with pytest.raises(APIError) as caught:
            call(recording["sid"], other["sid"], payload["sid"])
    assert (caught.value.status, caught.value.code) == (404, 20404)


def test_seeding_under_an_unknown_parent_is_a_key_error(fake: FakeTwilio) -> None:
    with pytest.raises(KeyError):
        fake.seed_add_on_result("RE" + "0" * 32)
    with pytest.raises(KeyError):
        fake.seed_add_on_result_payload("XR" + "0" * 32)
