"""Conferences, participants and conference recordings on the fake Twilio."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.testing.fake._support import (
    SENDER,
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
from twilio_sansio.testing.fake.resources import calls, conferences
from twilio_sansio.testing.fake.store import Record

CALLEE = "+14155550142"


def _conference(fake: FakeTwilio, **fields: Any) -> Record:
    return conferences.seed_conference(fake.store, fake.account_sid, **fields)


def _stored_call(fake: FakeTwilio, sid: str) -> Record:
    call = fake.store.get(calls.CALLS, sid)
    assert call is not None
    return call


# -- participants and the life of a conference --------------------------------------------


def test_a_participant_is_added_muted_and_kicked(through: Through) -> None:
    fake = through.fake
    room = _conference(fake, friendly_name="standup")

    async def scenario(client: Any) -> Any:
        added = await settle(client.participants.create(room["sid"], SENDER, CALLEE, Label="bob"))
        muted = await settle(client.participants.update(room["sid"], "bob", Muted=True))
        listed = await settle(collect(client.participants.iterate(room["sid"])))
        await settle(client.participants.delete(room["sid"], added.call_sid))
        after = await settle(collect(client.participants.iterate(room["sid"])))
        ended = await settle(client.conferences.get(room["sid"]))
        return added, muted, listed, after, ended

    added, muted, listed, after, ended = run_scenario(through, scenario)
    assert (added.status, added.label, added.muted) == ("queued", "bob", False)
    assert added.start_conference_on_enter is True
    assert muted.muted is True
    assert [participant.call_sid for participant in listed] == [added.call_sid]
    assert after == []
    assert (ended.status, ended.raw["reason_conference_ended"]) == (
        "completed",
        "last-participant-kicked",
    )
    assert ended.raw["call_sid_ending_conference"] == added.call_sid
    call = _stored_call(fake, added.call_sid)
    assert (call["status"], call["to"], call["direction"]) == ("canceled", CALLEE, "outbound-api")


def test_a_participant_follows_its_call(fake: FakeTwilio) -> None:
    room = _conference(fake, status="init")
    with fake.client() as client:
        call_sid = client.participants.create(room["sid"], SENDER, CALLEE).call_sid
        assert call_sid is not None
        calls.set_call_status(fake.store, call_sid, "ringing")
        ringing = client.participants.get(room["sid"], call_sid)
        assert client.conferences.get(room["sid"]).status == "init"
        calls.set_call_status(fake.store, call_sid, "in-progress")
        connected = client.participants.get(room["sid"], call_sid)
        started = client.conferences.get(room["sid"])
        calls.set_call_status(fake.store, call_sid, "completed")
        ended = client.conferences.get(room["sid"])
        left = list(client.participants.iterate(room["sid"]))
    assert (ringing.status, connected.status, started.status) == (
        "ringing",
        "connected",
        "in-progress",
    )
    assert (ended.status, ended.raw["reason_conference_ended"]) == (
        "completed",
        "last-participant-left",
    )
    assert left == []


def test_a_participant_without_start_conference_on_enter_waits(fake: FakeTwilio) -> None:
    room = _conference(fake, status="init")
    waiting = conferences.seed_participant(
        fake.store, fake.account_sid, room["sid"], start_conference_on_enter=False
    )
    assert (waiting["status"], room["status"]) == ("connected", "init")
    conferences.seed_participant(fake.store, fake.account_sid, room["sid"])
    assert room["status"] == "in-progress"


def test_leaving_with_end_conference_on_exit_ends_it_for_everyone(fake: FakeTwilio) -> None:
    store, account = fake.store, fake.account_sid
    room = _conference(fake)
    host = conferences.seed_participant(store, account, room["sid"], end_conference_on_exit=True)
    guest = conferences.seed_participant(store, account, room["sid"])
    calls.set_call_status(store, host["call_sid"], "completed")
    assert room["status"] == "completed"
    assert room["reason_conference_ended"] == "participant-with-end-conference-on-exit-left"
    assert room["call_sid_ending_conference"] == host["call_sid"]
    assert _stored_call(fake, guest["call_sid"])["status"] == "completed"
    assert store.table(conferences.PARTICIPANTS) == {}


def test_one_of_two_participants_leaving_keeps_the_conference(fake: FakeTwilio) -> None:
    store, account = fake.store, fake.account_sid
    room = _conference(fake)
    first = conferences.seed_participant(store, account, room["sid"])
    second = conferences.seed_participant(store, account, room["sid"])
    calls.set_call_status(store, first["call_sid"], "completed")
    assert room["status"] == "in-progress"
    assert list(store.table(conferences.PARTICIPANTS).values()) == [second]


def test_ending_a_conference_hangs_up_its_calls_and_completes_its_recordings(
    through: Through,
) -> None:
    store, account = through.fake.store, through.fake.account_sid
    room = _conference(through.fake)
    member = conferences.seed_participant(store, account, room["sid"])
    recording = conferences.seed_conference_recording(
        store, account, room["sid"], status="in-progress", duration="-1", price=None
    )

    async def scenario(client: Any) -> Any:
        ended = await settle(client.conferences.update(room["sid"], Status="completed"))
        recorded = await settle(client.conference_recordings.get(room["sid"], recording["sid"]))
        return ended, recorded

    ended, recorded = run_scenario(through, scenario)
    assert (ended.status, ended.raw["reason_conference_ended"]) == (
        "completed",
        "conference-ended-via-api",
    )
    assert ended.raw["call_sid_ending_conference"] is None
    assert _stored_call(through.fake, member["call_sid"])["status"] == "completed"
    assert recorded.status == "completed"


def test_a_completed_conference_cannot_change_or_be_joined(fake: FakeTwilio) -> None:
    room = _conference(fake, status="completed")
    path = f"/Conferences/{room['sid']}"
    assert error_of(send(fake, "POST", f"{path}.json", {"Status": "completed"})) == (400, 21220)
    form = {"From": SENDER, "To": CALLEE}
    assert error_of(send(fake, "POST", f"{path}/Participants.json", form)) == (400, 21220)
    with pytest.raises(ValueError, match="ended"):
        conferences.seed_participant(fake.store, fake.account_sid, room["sid"])


def test_an_announcement_needs_a_valid_url(fake: FakeTwilio) -> None:
    room = _conference(fake)
    path = f"/Conferences/{room['sid']}.json"
    assert error_of(send(fake, "POST", path, {"AnnounceUrl": "nope"})) == (400, 21205)
    assert error_of(send(fake, "POST", path, {"Status": "init"})) == (400, 21200)
    status, body = send(fake, "POST", path, {"AnnounceUrl": "https://example.com/hello"})
    assert (status, body["status"]) == (200, "in-progress")
    assert room["_announce_url"] == "https://example.com/hello"


def test_joining_by_friendly_name_starts_one_conference(fake: FakeTwilio) -> None:
    with fake.client() as client:
        first = client.participants.create("daily", SENDER, CALLEE)
        second = client.participants.create("daily", SENDER, "+14155550143")
        (room,) = client.conferences.iterate(friendly_name="daily")
    assert first.conference_sid == second.conference_sid == room.sid
    assert room.status == "init"


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"From": SENDER}, 21201),
        ({"To": CALLEE}, 21213),
        ({"From": "+14155550199", "To": CALLEE}, 21210),
        ({"From": SENDER, "To": "+15005550001"}, 21217),
        ({"From": SENDER, "To": CALLEE, "Coaching": "true"}, 21200),
        ({"From": SENDER, "To": CALLEE, "Label": "taken"}, 21200),
        ({"From": SENDER, "To": CALLEE, "Muted": "maybe"}, 21200),
    ],
)
def test_a_participant_twilio_would_refuse_is_refused(
    fake: FakeTwilio, form: dict[str, str], code: int
) -> None:
    room = _conference(fake)
    conferences.seed_participant(fake.store, fake.account_sid, room["sid"], label="taken")
    calls_before = len(fake.store.table(calls.CALLS))
    answer = send(fake, "POST", f"/Conferences/{room['sid']}/Participants.json", form)
    assert error_of(answer) == (400, code)
    assert len(fake.store.table(calls.CALLS)) == calls_before


def test_coaching_needs_a_participant_to_coach(fake: FakeTwilio) -> None:
    store, account = fake.store, fake.account_sid
    room = _conference(fake)
    customer = conferences.seed_participant(store, account, room["sid"])
    agent = conferences.seed_participant(store, account, room["sid"], label="agent")
    with fake.client() as client:
        coaching = client.participants.update(
            room["sid"], "agent", Coaching=True, CallSidToCoach=customer["call_sid"]
        )
        with pytest.raises(APIError) as caught:
            client.participants.update(room["sid"], "agent", CallSidToCoach="CA" + "0" * 32)
        stopped = client.participants.update(room["sid"], agent["call_sid"], Coaching=False)
    assert (coaching.coaching, coaching.call_sid_to_coach) == (True, customer["call_sid"])
    assert (caught.value.status, caught.value.code) == (400, 21200)
    assert (stopped.coaching, stopped.call_sid_to_coach) == (False, None)


def test_participant_filters(fake: FakeTwilio) -> None:
    store, account = fake.store, fake.account_sid
    room = _conference(fake)
    muted = conferences.seed_participant(store, account, room["sid"], muted=True)
    held = conferences.seed_participant(store, account, room["sid"], hold=True)
    plain = conferences.seed_participant(store, account, room["sid"])
    with fake.client() as client:

        def sids(**filters: Any) -> list[str | None]:
            return [p.call_sid for p in client.participants.iterate(room["sid"], **filters)]

        assert sids(muted=True) == [muted["call_sid"]]
        assert sids(hold=True) == [held["call_sid"]]
        assert sids(muted=False) == [plain["call_sid"], held["call_sid"]]
        assert sids(coaching=True) == []
        assert sids() == [plain["call_sid"], held["call_sid"], muted["call_sid"]]


# -- listing conferences ----------------------------------------------------------------------


def test_conference_pages_are_newest_first_and_hold_each_once(through: Through) -> None:
    made = [_conference(through.fake)["sid"] for _ in range(7)]

    async def scenario(client: Any) -> Any:
        return await settle(collect(client.conferences.get_page_iterator(page_size=3)))

    pages = run_scenario(through, scenario)
    assert [len(page.records) for page in pages] == [3, 3, 1]
    assert [room.sid for page in pages for room in page.records] == made[::-1]


def test_conference_filters(fake: FakeTwilio, clock: Clock) -> None:
    first = _conference(fake, friendly_name="a")
    clock.advance(86400)
    second = _conference(fake, friendly_name="b", status="completed")
    clock.advance(86400)
    first["date_updated"] = "Wed, 04 Mar 2026 12:00:00 +0000"
    with fake.client() as client:

        def sids(**filters: Any) -> list[str]:
            return [room.sid for room in client.conferences.iterate(**filters)]

        assert sids(friendly_name="b") == [second["sid"]]
        assert sids(status="completed") == [second["sid"]]
        assert sids(status="in-progress") == [first["sid"]]
        assert sids(date_created=date(2026, 3, 2)) == [first["sid"]]
        assert sids(date_created_after=date(2026, 3, 3)) == [second["sid"]]
        assert sids(date_created_before=date(2026, 3, 3)) == [second["sid"], first["sid"]]
        assert sids(date_updated=date(2026, 3, 4)) == [first["sid"]]
        assert sids(date_updated_before=date(2026, 3, 3)) == [second["sid"]]
        assert sids(date_updated_after=date(2026, 3, 4)) == [first["sid"]]


def test_unknown_conferences_and_those_of_another_account_are_404(fake: FakeTwilio) -> None:
    foreign = conferences.seed_conference(fake.store, other_account(fake))
    mine = _conference(fake)
    for sid in ("CF" + "0" * 32, foreign["sid"]):
        assert error_of(send(fake, "GET", f"/Conferences/{sid}.json")) == (404, 20404)
        assert error_of(send(fake, "GET", f"/Conferences/{sid}/Participants.json")) == (404, 20404)
        assert error_of(send(fake, "GET", f"/Conferences/{sid}/Recordings.json")) == (404, 20404)
    path = f"/Conferences/{mine['sid']}/Participants/CA{'0' * 32}.json"
    assert error_of(send(fake, "GET", path)) == (404, 20404)
    with pytest.raises(KeyError):
        conferences.seed_participant(fake.store, fake.account_sid, foreign["sid"])


# -- conference recordings -------------------------------------------------------------------


def test_a_conference_recording_is_paused_stopped_and_deleted(
    through: Through, clock: Clock
) -> None:
    store, account = through.fake.store, through.fake.account_sid
    room = _conference(through.fake)
    recording = conferences.seed_conference_recording(
        store, account, room["sid"], status="in-progress", duration="-1", price=None
    )
    older = conferences.seed_conference_recording(store, account, room["sid"])
    clock.advance(125)

    async def scenario(client: Any) -> Any:
        recordings = client.conference_recordings
        paused = await settle(recordings.update(room["sid"], "Twilio.CURRENT", "paused"))
        stopped = await settle(recordings.update(room["sid"], recording["sid"], "stopped"))
        fetched = await settle(recordings.get(room["sid"], recording["sid"]))
        await settle(recordings.delete(room["sid"], older["sid"]))
        listed = await settle(collect(recordings.iterate(room["sid"])))
        return paused, stopped, fetched, listed

    paused, stopped, fetched, listed = run_scenario(through, scenario)
    assert (paused.status, stopped.status) == ("paused", "stopped")
    assert (fetched.status, fetched.raw["duration"], fetched.raw["price"]) == (
        "completed",
        "125",
        "-0.0075",
    )
    assert [item.sid for item in listed] == [recording["sid"]]


def test_conference_recording_errors(fake: FakeTwilio) -> None:
    room = _conference(fake)
    other_room = _conference(fake)
    done = conferences.seed_conference_recording(fake.store, fake.account_sid, room["sid"])
    path = f"/Conferences/{room['sid']}/Recordings"
    assert error_of(send(fake, "POST", f"{path}/{done['sid']}.json", {"Status": "paused"})) == (
        400,
        21220,
    )
    assert error_of(send(fake, "POST", f"{path}/{done['sid']}.json", {"Status": "done"})) == (
        400,
        21200,
    )
    assert error_of(send(fake, "POST", f"{path}/Twilio.CURRENT.json", {"Status": "paused"})) == (
        404,
        20404,
    )
    other_path = f"/Conferences/{other_room['sid']}/Recordings/{done['sid']}.json"
    assert error_of(send(fake, "GET", other_path)) == (404, 20404)


# -- the JSON matches Twilio's schemas ------------------------------------------------------


def test_every_schema_property_is_in_the_fakes_json(fake: FakeTwilio) -> None:
    room = _conference(fake)
    _, participant = send(
        fake,
        "POST",
        f"/Conferences/{room['sid']}/Participants.json",
        {"From": SENDER, "To": CALLEE},
    )
    recording = conferences.seed_conference_recording(fake.store, fake.account_sid, room["sid"])
    _, conference = send(fake, "GET", f"/Conferences/{room['sid']}.json")
    _, recorded = send(
        fake, "GET", f"/Conferences/{room['sid']}/Recordings/{recording['sid']}.json"
    )
    assert_schema("api.v2010.account.conference", conference)
    assert_schema("api.v2010.account.conference.participant", participant)
    assert_schema("api.v2010.account.conference.conference_recording", recorded)
