"""The account's recordings and transcriptions on the fake Twilio."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.testing.fake._support import (
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
from twilio_sansio.testing.fake.resources import calls, recordings
from twilio_sansio.testing.fake.resources._common import API_2010
from twilio_sansio.testing.fake.store import Record


def _recording(fake: FakeTwilio, **fields: Any) -> Record:
    return recordings.seed_recording(fake.store, fake.account_sid, **fields)


def _rest(uri: str, account_sid: str) -> str:
    """The part of an account URI after ``/Accounts/{sid}``."""
    prefix = f"{API_2010}/Accounts/{account_sid}"
    assert uri.startswith(prefix)
    return uri[len(prefix) :]


# -- recordings -------------------------------------------------------------------------------


def test_recordings_are_listed_filtered_fetched_and_deleted(through: Through) -> None:
    fake = through.fake
    call = calls.seed_call(fake.store, fake.account_sid)
    of_call = _recording(fake, call_sid=call["sid"])
    of_conference = _recording(fake, conference_sid="CF" + "1" * 32)

    async def scenario(client: Any) -> Any:
        every = await settle(collect(client.recordings.iterate()))
        by_call = await settle(collect(client.recordings.iterate(call_sid=call["sid"])))
        by_conference = await settle(
            collect(client.recordings.iterate(conference_sid=of_conference["conference_sid"]))
        )
        fetched = await settle(client.recordings.get(of_call["sid"]))
        await settle(client.recordings.delete(of_call["sid"]))
        try:
            await settle(client.recordings.get(of_call["sid"]))
        except APIError as error:
            gone: APIError | None = error
        else:
            gone = None
        kept = await settle(client.recordings.get(of_call["sid"], include_soft_deleted=True))
        left = await settle(collect(client.recordings.iterate()))
        with_deleted = await settle(collect(client.recordings.iterate(include_soft_deleted=True)))
        return every, by_call, by_conference, fetched, gone, kept, left, with_deleted

    every, by_call, by_conference, fetched, gone, kept, left, with_deleted = run_scenario(
        through, scenario
    )
    assert [r.sid for r in every] == [of_conference["sid"], of_call["sid"]]
    assert [r.sid for r in by_call] == [of_call["sid"]]
    assert [r.sid for r in by_conference] == [of_conference["sid"]]
    assert (fetched.status, fetched.raw["duration"], fetched.raw["price"]) == (
        "completed",
        "15",
        "-0.0025",
    )
    assert gone is not None
    assert gone.status == 404
    assert kept.status == "deleted"
    assert [r.sid for r in left] == [of_conference["sid"]]
    assert [r.sid for r in with_deleted] == [of_conference["sid"], of_call["sid"]]


def test_recordings_are_filtered_by_creation_date(fake: FakeTwilio, clock: Clock) -> None:
    first = _recording(fake)
    clock.advance(86400)
    second = _recording(fake)
    clock.advance(86400)
    third = _recording(fake)
    with fake.client() as client:

        def sids(**filters: Any) -> list[str | None]:
            return [recording.sid for recording in client.recordings.iterate(**filters)]

        assert sids(date_created=date(2026, 3, 3)) == [second["sid"]]
        assert sids(date_created_after=date(2026, 3, 3)) == [third["sid"], second["sid"]]
        assert sids(date_created_before=date(2026, 3, 3)) == [second["sid"], first["sid"]]


def test_recording_pages_are_newest_first_and_hold_each_once(through: Through) -> None:
    made = [_recording(through.fake)["sid"] for _ in range(7)]

    async def scenario(client: Any) -> Any:
        return await settle(collect(client.recordings.get_page_iterator(page_size=3)))

    pages = run_scenario(through, scenario)
    assert [len(page.records) for page in pages] == [3, 3, 1]
    assert [recording.sid for page in pages for recording in page.records] == made[::-1]


def test_a_recording_in_progress_cannot_be_deleted(fake: FakeTwilio) -> None:
    live = _recording(fake, status="in-progress", duration="-1", price=None)
    assert error_of(send(fake, "DELETE", f"/Recordings/{live['sid']}.json")) == (400, 20009)
    assert live["status"] == "in-progress"


def test_unknown_recordings_and_those_of_another_account_are_404(fake: FakeTwilio) -> None:
    foreign = recordings.seed_recording(fake.store, other_account(fake))
    for sid in ("RE" + "0" * 32, foreign["sid"]):
        assert error_of(send(fake, "GET", f"/Recordings/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "DELETE", f"/Recordings/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "GET", f"/Recordings/{sid}/Transcriptions.json")) == (
            404,
            20404,
        )
    assert foreign["status"] == "completed"
    with fake.client() as client:
        client.recordings.delete("RE" + "0" * 32)  # a 404 on delete is not an error


def test_a_recordings_uris_lead_to_it(fake: FakeTwilio) -> None:
    recording = _recording(fake)
    transcription = recordings.seed_transcription(fake.store, fake.account_sid, recording["sid"])
    status, body = send(fake, "GET", _rest(recording["uri"], fake.account_sid))
    assert (status, body["sid"]) == (200, recording["sid"])
    transcriptions_uri = recording["subresource_uris"]["transcriptions"]
    _, listed = send(fake, "GET", _rest(transcriptions_uri, fake.account_sid))
    assert [item["sid"] for item in listed["transcriptions"]] == [transcription["sid"]]
    assert recording["media_url"] == "https://api.twilio.com" + recording["uri"][: -len(".json")]


# -- transcriptions ---------------------------------------------------------------------------


def test_transcriptions_are_listed_fetched_and_deleted(through: Through) -> None:
    fake = through.fake
    recording = _recording(fake, duration="75")
    first = recordings.seed_transcription(fake.store, fake.account_sid, recording["sid"])
    second = recordings.seed_transcription(
        fake.store, fake.account_sid, recording["sid"], transcription_text="second"
    )
    elsewhere = recordings.seed_transcription(fake.store, fake.account_sid)

    async def scenario(client: Any) -> Any:
        every = await settle(collect(client.transcriptions.iterate()))
        of_recording = await settle(
            collect(client.recordings.iterate_transcriptions(recording["sid"]))
        )
        fetched = await settle(client.transcriptions.get(second["sid"]))
        await settle(client.transcriptions.delete(first["sid"]))
        left = await settle(collect(client.recordings.iterate_transcriptions(recording["sid"])))
        return every, of_recording, fetched, left

    every, of_recording, fetched, left = run_scenario(through, scenario)
    assert [t.sid for t in every] == [elsewhere["sid"], second["sid"], first["sid"]]
    assert [t.sid for t in of_recording] == [second["sid"], first["sid"]]
    assert of_recording[0].uri.endswith(
        f"/Recordings/{recording['sid']}/Transcriptions/{second['sid']}.json"
    )
    assert (fetched.transcription_text, fetched.raw["duration"], fetched.raw["price"]) == (
        "second",
        "75",
        -0.1,
    )
    assert [t.sid for t in left] == [second["sid"]]
    assert elsewhere["recording_sid"] != recording["sid"]
    assert fake.store.get(recordings.RECORDINGS, elsewhere["recording_sid"]) is not None


def test_a_recordings_transcription_is_fetched_and_deleted_by_sid(through: Through) -> None:
    fake = through.fake
    recording = _recording(fake)
    transcription = recordings.seed_transcription(
        fake.store, fake.account_sid, recording["sid"], transcription_text="hello"
    )
    other = _recording(fake)

    async def scenario(client: Any) -> Any:
        fetched = await settle(
            client.recordings.get_transcription(recording["sid"], transcription["sid"])
        )
        elsewhere = None
        try:
            await settle(client.recordings.get_transcription(other["sid"], transcription["sid"]))
        except APIError as error:
            elsewhere = error.status
        await settle(client.recordings.delete_transcription(recording["sid"], transcription["sid"]))
        await settle(client.recordings.delete_transcription(recording["sid"], transcription["sid"]))
        left = await settle(collect(client.recordings.iterate_transcriptions(recording["sid"])))
        return fetched, elsewhere, left

    fetched, elsewhere, left = run_scenario(through, scenario)
    assert (fetched.sid, fetched.transcription_text) == (transcription["sid"], "hello")
    assert fetched.uri.endswith(f"/Recordings/{recording['sid']}/Transcriptions/{fetched.sid}.json")
    assert elsewhere == 404
    assert left == []


def test_a_transcription_is_only_found_under_its_own_recording(fake: FakeTwilio) -> None:
    mine = _recording(fake)
    other = _recording(fake)
    transcription = recordings.seed_transcription(fake.store, fake.account_sid, other["sid"])
    wrong = f"/Recordings/{mine['sid']}/Transcriptions/{transcription['sid']}.json"
    right = f"/Recordings/{other['sid']}/Transcriptions/{transcription['sid']}.json"
    assert error_of(send(fake, "GET", wrong)) == (404, 20404)
    assert error_of(send(fake, "DELETE", wrong)) == (404, 20404)
    assert send(fake, "GET", right)[0] == 200
    assert send(fake, "DELETE", right) == (204, None)
    assert error_of(send(fake, "GET", f"/Transcriptions/{transcription['sid']}.json")) == (
        404,
        20404,
    )


def test_transcriptions_of_another_account_are_404(fake: FakeTwilio) -> None:
    foreign = recordings.seed_transcription(fake.store, other_account(fake))
    for sid in ("TR" + "0" * 32, foreign["sid"]):
        assert error_of(send(fake, "GET", f"/Transcriptions/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "DELETE", f"/Transcriptions/{sid}.json")) == (404, 20404)
    with pytest.raises(KeyError):
        recordings.seed_transcription(fake.store, fake.account_sid, foreign["recording_sid"])


def test_transcription_pages_are_newest_first_and_hold_each_once(fake: FakeTwilio) -> None:
    recording = _recording(fake)
    made = [
        recordings.seed_transcription(fake.store, fake.account_sid, recording["sid"])["sid"]
        for _ in range(7)
    ]
    with fake.client() as client:
        pages = list(client.transcriptions.get_page_iterator(page_size=3))
        by_recording = list(
            client.recordings.get_transcriptions_page_iterator(recording["sid"], page_size=3)
        )
    for listing in (pages, by_recording):
        assert [len(page.records) for page in listing] == [3, 3, 1]
        assert [t.sid for page in listing for t in page.records] == made[::-1]


# -- the JSON matches Twilio's schemas ------------------------------------------------------


def test_every_schema_property_is_in_the_fakes_json(fake: FakeTwilio) -> None:
    recording = _recording(fake, call_sid=calls.seed_call(fake.store, fake.account_sid)["sid"])
    transcription = recordings.seed_transcription(fake.store, fake.account_sid, recording["sid"])
    _, fetched = send(fake, "GET", f"/Recordings/{recording['sid']}.json")
    _, listed = send(fake, "GET", "/Recordings.json")
    _, one = send(fake, "GET", f"/Transcriptions/{transcription['sid']}.json")
    _, of_recording = send(fake, "GET", f"/Recordings/{recording['sid']}/Transcriptions.json")
    assert_schema("api.v2010.account.recording", fetched)
    assert_schema("api.v2010.account.recording", listed["recordings"][0])
    assert_schema("api.v2010.account.transcription", one)
    assert_schema(
        "api.v2010.account.recording.recording_transcription", of_recording["transcriptions"][0]
    )
