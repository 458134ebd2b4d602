"""Conferences, their participants and their recordings.

Twilio creates conferences itself (TwiML ``<Conference>``, or adding a participant to a
conference by name), so tests seed them with :func:`seed_conference`,
:func:`seed_participant` and :func:`seed_conference_recording`.

Participants follow their calls: a participant added through the API places a call
(``queued``, like any new call) and is ``queued`` too; as a test moves the call on with
:func:`~twilio_sansio.testing.fake.resources.calls.set_call_status`, the participant
rings, connects (starting an ``init`` conference when it has
``start_conference_on_enter``) and leaves when the call ends. A conference ends when a
participant with ``end_conference_on_exit`` leaves or is kicked, when its last
participant leaves or is kicked, or through ``Status=completed``; ending it hangs up the
calls still in it and completes its recordings. Kicking a participant (DELETE) hangs up
its call. Any change to a completed conference is refused (400, code 21220).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources import calls, recordings
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_page,
    account_path,
    answer_record,
    check_method,
    check_url,
    fetch_handler,
    field_of,
    listing_handler,
    named_record,
    owned_by,
    query_filters,
    require_active_account,
    seeded,
    seeded_parent,
    stamp,
    subresource_uris,
    touch,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    no_content,
    not_found,
)

CONFERENCES = "conferences"
PARTICIPANTS = "participants"
STATUSES = ("init", "in-progress", "completed")
INVALID_STATE = 21220
_CONFERENCE_SID = re.compile(r"CF[0-9a-fA-F]{32}")
_PARTICIPANT_STATUS_OF_CALL = {"queued": "queued", "ringing": "ringing", "in-progress": "connected"}
_URL_PARAMS = ("HoldUrl", "AnnounceUrl", "WaitUrl", "StatusCallback")
_METHOD_PARAMS = ("HoldMethod", "AnnounceMethod", "WaitMethod", "StatusCallbackMethod")


# -- seeding ------------------------------------------------------------------------------


def seed_conference(store: FakeStore, account_sid: str, **fields: Any) -> Record:
    """Store a conference as Twilio creates one when a call joins it.

    The defaults describe a conference in progress since now, in region ``us1``, named
    ``Room <4 digits>``.

    Args:
        store: The fake's state.
        account_sid: The account the conference belongs to.
        **fields: Any JSON field to set instead of its default (``friendly_name=``,
            ``status="init"``...).

    Returns:
        The stored record.
    """
    sid = fields.pop("sid", None) or store.new_sid("CF")
    now = stamp(store)
    path = account_path(account_sid, f"/Conferences/{sid}")
    record: Record = {
        "account_sid": account_sid,
        "date_created": now,
        "date_updated": now,
        "api_version": "2010-04-01",
        "friendly_name": f"Room {store.random_digits(4)}",
        "region": "us1",
        "sid": sid,
        "status": "in-progress",
        "uri": f"{path}.json",
        "subresource_uris": subresource_uris(path, "participants", "recordings"),
        "reason_conference_ended": None,
        "call_sid_ending_conference": None,
    }
    return seeded(store, CONFERENCES, record, fields)


def _participant_key(conference_sid: str, call_sid: str) -> str:
    return f"{conference_sid}:{call_sid}"


def _new_participant(store: FakeStore, conference: Record, call_sid: str, **fields: Any) -> Record:
    now = stamp(store)
    account_sid = conference["account_sid"]
    record: Record = {
        "account_sid": account_sid,
        "call_sid": call_sid,
        "label": None,
        "call_sid_to_coach": None,
        "coaching": False,
        "conference_sid": conference["sid"],
        "date_created": now,
        "date_updated": now,
        "end_conference_on_exit": False,
        "muted": False,
        "hold": False,
        "start_conference_on_enter": True,
        "status": "connected",
        "queue_time": "0",
        "uri": account_path(
            account_sid, f"/Conferences/{conference['sid']}/Participants/{call_sid}.json"
        ),
    }
    record.update(fields)
    store.insert(PARTICIPANTS, _participant_key(conference["sid"], call_sid), record)
    _start_if_due(store, record)
    return record


def seed_participant(
    store: FakeStore,
    account_sid: str,
    conference_sid: str,
    call_sid: str | None = None,
    **fields: Any,
) -> Record:
    """Store a participant connected to a conference, as a call joining it makes one.

    Args:
        store: The fake's state.
        account_sid: The conference's account.
        conference_sid: The conference; an ``init`` one starts when the participant
            connects with ``start_conference_on_enter`` (the default).
        call_sid: The participant's call; None seeds an inbound call in progress.
        **fields: Any JSON field to set instead of its default (``muted=True``,
            ``label="agent"``, ``end_conference_on_exit=True``...).

    Returns:
        The stored record.

    Raises:
        KeyError: no such conference in the account.
        ValueError: the conference has ended, or the call is already in it.
    """
    conference = seeded_parent(store, CONFERENCES, conference_sid, account_sid)
    if conference["status"] == "completed":
        raise ValueError(f"conference {conference_sid} has ended")
    if call_sid is None:
        call_sid = calls.seed_call(store, account_sid)["sid"]
    if store.get(PARTICIPANTS, _participant_key(conference_sid, call_sid)) is not None:
        raise ValueError(f"call {call_sid} is already in conference {conference_sid}")
    return _new_participant(store, conference, call_sid, **fields)


def seed_conference_recording(
    store: FakeStore, account_sid: str, conference_sid: str, **fields: Any
) -> Record:
    """Store a recording of a conference (by default completed, 15 seconds).

    Args:
        store: The fake's state.
        account_sid: The conference's account.
        conference_sid: The recorded conference.
        **fields: Any JSON field to set instead of its default (``status="in-progress"``
            for one still recording...).

    Returns:
        The stored record (as the account's recordings list it).

    Raises:
        KeyError: no such conference in the account.
    """
    seeded_parent(store, CONFERENCES, conference_sid, account_sid)
    return recordings.seed_recording(store, account_sid, conference_sid=conference_sid, **fields)


# -- how conferences follow their calls ----------------------------------------------------


def _participants_of(store: FakeStore, conference_sid: str) -> Iterator[tuple[str, Record]]:
    return store.newest_first(
        PARTICIPANTS, lambda record: record["conference_sid"] == conference_sid
    )


def _start_if_due(store: FakeStore, participant: Record) -> None:
    conference = store.get(CONFERENCES, participant["conference_sid"])
    if (
        conference is not None
        and conference["status"] == "init"
        and participant["status"] == "connected"
        and participant["start_conference_on_enter"]
    ):
        conference["status"] = "in-progress"
        touch(conference, store)


def end_conference(
    store: FakeStore, conference: Record, reason: str, call_sid: str | None = None
) -> None:
    """End ``conference``: hang up the calls still in it and complete its recordings."""
    conference["status"] = "completed"
    conference["reason_conference_ended"] = reason
    conference["call_sid_ending_conference"] = call_sid
    touch(conference, store)
    recordings.finish_active(store, conference_sid=conference["sid"])
    leaving = store.remove_where(
        PARTICIPANTS, lambda record: record["conference_sid"] == conference["sid"]
    )
    for participant in leaving:
        call = store.get(calls.CALLS, participant["call_sid"])
        if call is not None:
            calls.hang_up(store, call)


def _leave(store: FakeStore, key: str, participant: Record, *, kicked: bool) -> None:
    store.remove(PARTICIPANTS, key)
    conference = store.get(CONFERENCES, participant["conference_sid"])
    if conference is None or conference["status"] == "completed":
        return
    how = "kicked" if kicked else "left"
    if participant["end_conference_on_exit"]:
        reason = f"participant-with-end-conference-on-exit-{how}"
    elif conference["status"] == "in-progress" and not any(
        _participants_of(store, conference["sid"])
    ):
        reason = f"last-participant-{how}"
    else:
        return
    end_conference(store, conference, reason, participant["call_sid"])


def follow_call(store: FakeStore, call: Record) -> None:
    """Keep the participants of ``call`` in step with it (calls tells this on each move)."""
    for key, participant in list(
        store.newest_first(PARTICIPANTS, lambda record: record["call_sid"] == call["sid"])
    ):
        if call["status"] in calls.ENDED:
            _leave(store, key, participant, kicked=False)
            continue
        participant["status"] = _PARTICIPANT_STATUS_OF_CALL.get(
            call["status"], participant["status"]
        )
        touch(participant, store)
        _start_if_due(store, participant)


# -- conferences ------------------------------------------------------------------------------


routes = Resource(ACCOUNT + "/Conferences")
routes.listing(
    listing_handler(
        CONFERENCES,
        "conferences",
        equal=("FriendlyName", "Status"),
        dates=("DateCreated", "DateUpdated"),
    )
)
routes.fetch(fetch_handler(CONFERENCES))
participant_routes = Resource(ACCOUNT + "/Conferences/{ConferenceSid}/Participants", key="CallSid")
recording_routes = Resource(ACCOUNT + "/Conferences/{ConferenceSid}/Recordings")


def _conference(incoming: Incoming, param: str = "Sid") -> Record:
    return named_record(incoming, CONFERENCES, param)


def _refuse_completed(conference: Record) -> None:
    if conference["status"] == "completed":
        raise FakeApiError(
            400, INVALID_STATE, f"Conference {conference['sid']} is completed; it cannot change"
        )


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Conferences/{Sid}.json: end it (``Status=completed``) or announce (AnnounceUrl)."""
    store = incoming.store
    conference = _conference(incoming)
    status = incoming.value("Status")
    if status is not None and status != "completed":
        raise invalid_parameter("Status can only be set to completed")
    announce = incoming.value("AnnounceUrl")
    if announce:
        check_url("AnnounceUrl", announce)
    check_method(incoming, "AnnounceMethod")
    _refuse_completed(conference)
    if announce:
        conference["_announce_url"] = announce
        conference["_announce_method"] = (incoming.value("AnnounceMethod") or "POST").upper()
        touch(conference, store)
    if status == "completed":
        end_conference(store, conference, "conference-ended-via-api")
    return answer_record(conference)


# -- participants ---------------------------------------------------------------------------


def _conference_to_join(incoming: Incoming) -> Record | None:
    """The conference named in the path (SID or friendly name); None: a new one by name."""
    named = incoming.params["ConferenceSid"]
    if _CONFERENCE_SID.fullmatch(named):
        conference = _conference(incoming, "ConferenceSid")
        _refuse_completed(conference)
        return conference
    for _, conference in incoming.store.newest_first(
        CONFERENCES,
        owned_by(
            incoming.account_sid,
            lambda record: record["friendly_name"] == named and record["status"] != "completed",
        ),
    ):
        return conference
    return None


def _participant(incoming: Incoming, conference: Record) -> tuple[str, Record]:
    """The participant named in the path: by its call's SID, or by its label."""
    named = incoming.params["CallSid"]
    key = _participant_key(conference["sid"], named)
    direct = incoming.store.get(PARTICIPANTS, key)
    if direct is not None:
        return key, direct
    for key, participant in _participants_of(incoming.store, conference["sid"]):
        if participant["label"] == named:
            return key, participant
    raise not_found(incoming.path)


def _check_urls_and_methods(incoming: Incoming) -> None:
    for name in _URL_PARAMS:
        url = incoming.value(name)
        if url:
            check_url(name, url)
    for name in _METHOD_PARAMS:
        check_method(incoming, name)


def _coach_target(
    incoming: Incoming, conference: Record, coaching: bool, current: str | None = None
) -> str | None:
    """Check ``CallSidToCoach``: needed when coaching, and a participant of the conference."""
    target = incoming.value("CallSidToCoach") or current
    if not coaching:
        return target
    if not target:
        raise invalid_parameter("CallSidToCoach is required when Coaching is true")
    if incoming.store.get(PARTICIPANTS, _participant_key(conference["sid"], target)) is None:
        raise invalid_parameter(f"CallSidToCoach {target} is not a participant of the conference")
    return target


@participant_routes.create
def participant_create(incoming: Incoming) -> Response:
    """POST /Conferences/{ConferenceSid}/Participants.json: call someone into a conference."""
    require_active_account(incoming)
    store = incoming.store
    callee, caller = calls.required_parties(incoming)
    conference = _conference_to_join(incoming)
    _check_urls_and_methods(incoming)
    incoming.integer("Timeout", default=30, low=5, high=600)
    muted = bool(incoming.boolean("Muted"))
    coaching = bool(incoming.boolean("Coaching"))
    start_on_enter = incoming.boolean("StartConferenceOnEnter")
    end_on_exit = bool(incoming.boolean("EndConferenceOnExit"))
    label = incoming.value("Label")
    calls.check_caller(store, incoming.account_sid, caller, callee)
    calls.check_callee(callee)
    if conference is not None:
        target = _coach_target(incoming, conference, coaching)
        if label and any(
            p["label"] == label for _, p in _participants_of(store, conference["sid"])
        ):
            raise invalid_parameter(f"Label {label!r} is already used in this conference")
    else:
        if coaching:
            raise invalid_parameter("CallSidToCoach must be a participant of the conference")
        target = incoming.value("CallSidToCoach")
        conference = seed_conference(
            store,
            incoming.account_sid,
            friendly_name=incoming.params["ConferenceSid"],
            status="init",
        )
    call = calls.new_call(store, incoming.account_sid, to=callee, from_=caller)
    participant = _new_participant(
        store,
        conference,
        call["sid"],
        status="queued",
        label=label,
        muted=muted,
        coaching=coaching,
        call_sid_to_coach=target,
        start_conference_on_enter=True if start_on_enter is None else start_on_enter,
        end_conference_on_exit=end_on_exit,
    )
    return answer_record(participant, 201)


@participant_routes.fetch
def participant_fetch(incoming: Incoming) -> Response:
    """GET /Conferences/{ConferenceSid}/Participants/{CallSid}.json (call SID or label)."""
    _, participant = _participant(incoming, _conference(incoming, "ConferenceSid"))
    return answer_record(participant)


@participant_routes.update
def participant_update(incoming: Incoming) -> Response:
    """POST .../Participants/{CallSid}.json: mute, hold, coach, end-on-exit, announce."""
    store = incoming.store
    conference = _conference(incoming, "ConferenceSid")
    _, participant = _participant(incoming, conference)
    _check_urls_and_methods(incoming)
    changes: dict[str, Any] = {}
    for param in ("Muted", "Hold", "EndConferenceOnExit", "Coaching"):
        value = incoming.boolean(param)
        if value is not None:
            changes[field_of(param)] = value
    coaching = bool(changes.get("coaching", participant["coaching"]))
    if incoming.has("Coaching") or incoming.has("CallSidToCoach"):
        target = _coach_target(incoming, conference, coaching, participant["call_sid_to_coach"])
        changes["call_sid_to_coach"] = target if coaching else None
    participant.update(changes)
    touch(participant, store)
    return answer_record(participant)


@participant_routes.delete
def participant_delete(incoming: Incoming) -> Response:
    """DELETE .../Participants/{CallSid}.json: kick the participant, hanging up its call."""
    store = incoming.store
    conference = _conference(incoming, "ConferenceSid")
    key, participant = _participant(incoming, conference)
    _leave(store, key, participant, kicked=True)
    call = store.get(calls.CALLS, participant["call_sid"])
    if call is not None:
        calls.hang_up(store, call)
    return no_content()


@participant_routes.listing
def participant_listing(incoming: Incoming) -> Response:
    """GET /Conferences/{ConferenceSid}/Participants.json: newest first, by Muted/Hold/Coaching."""
    conference = _conference(incoming, "ConferenceSid")
    checks = query_filters(incoming, flags=("Muted", "Hold", "Coaching"))
    return account_page(
        incoming,
        PARTICIPANTS,
        "participants",
        lambda record: record["conference_sid"] == conference["sid"],
        *checks,
    )


# -- conference recordings ------------------------------------------------------------------


recordings.serve_owned_recordings(
    recording_routes,
    lambda incoming: {"conference_sid": _conference(incoming, "ConferenceSid")["sid"]},
    recordings.conference_recording_json,
)


ROUTES = (routes, participant_routes, recording_routes)
"""The routes of conferences, their participants and their recordings."""
