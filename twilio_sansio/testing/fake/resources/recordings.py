"""Recordings and transcriptions of the account: list, fetch, delete; seeding.

One table holds every recording, of calls and of conferences. The account-wide listing
(``/Recordings``) shows them with ``media_url`` and ``subresource_uris``; the call and
conference modules show the same records under their own paths with their own fields
(:func:`call_recording_json`, :func:`conference_recording_json`), as Twilio does.

A recording is ``in-progress`` while it records; pausing, resuming and stopping it go
through :func:`change_status`. Twilio processes a stopped recording for a while before it
is ``completed``; the fake completes it at once (the answer to the stop still says
``stopped``). Deleting a recording keeps it for ``IncludeSoftDeleted=true`` readers with
status ``deleted``, as Twilio keeps deleted recordings for 40 days.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal
from email.utils import parsedate_to_datetime
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import Render
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    Filter,
    account_page,
    account_path,
    answer_record,
    delete_handler,
    delete_record,
    fetch_handler,
    find,
    listing_handler,
    named_record,
    public_without,
    query_filters,
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
    json_response,
    no_content,
    not_found,
)

RECORDINGS = "recordings"
TRANSCRIPTIONS = "transcriptions"
API_ORIGIN = "https://api.twilio.com"
CURRENT = "Twilio.CURRENT"
"""Stands for the recording in progress of a call or conference, in place of its SID."""

ACTIVE = frozenset({"in-progress", "paused"})
SETTABLE_STATUSES = ("in-progress", "paused", "stopped")
PAUSE_BEHAVIORS = ("skip", "silence")
SOURCES = (
    "DialVerb", "Conference", "OutboundAPI", "Trunking", "RecordVerb",
    "StartCallRecordingAPI", "StartConferenceRecordingAPI",
)  # fmt: skip
RECORDING_PRICE_PER_MINUTE = Decimal("0.0025")
TRANSCRIPTION_PRICE_PER_MINUTE = Decimal("0.05")
INVALID_STATE = 21220
"""The code the fake answers for a change a recording's status does not allow."""

_ACCOUNT_ONLY_FIELDS = ("media_url", "subresource_uris")


def _minutes(seconds: int) -> Decimal:
    """Whole minutes, rounded up, at least one (Twilio bills started minutes)."""
    return max(Decimal(1), (Decimal(seconds) / 60).to_integral_value(ROUND_CEILING))


def recording_price(seconds: int) -> str:
    """Return what a recording of ``seconds`` costs, as Twilio writes it (``"-0.0025"``)."""
    return f"-{RECORDING_PRICE_PER_MINUTE * _minutes(seconds)}"


def seed_recording(
    store: FakeStore,
    account_sid: str,
    *,
    call_sid: str | None = None,
    conference_sid: str | None = None,
    **fields: Any,
) -> Record:
    """Store a recording as Twilio makes one (``<Record>``, a recorded call or conference).

    The defaults describe a completed 15-second mono recording made by ``<Record>``
    (``Conference`` when ``conference_sid`` is given).

    Args:
        store: The fake's state.
        account_sid: The account the recording belongs to.
        call_sid: The recorded call, if any.
        conference_sid: The recorded conference, if any.
        **fields: Any JSON field to set instead of its default (``status="absent"``,
            ``duration="42"``...); ``track`` sets the track a call's listing shows
            (``inbound``, ``outbound`` or ``both``, the default).

    Returns:
        The stored record.
    """
    sid = fields.pop("sid", None) or store.new_sid("RE")
    track = fields.pop("track", "both")
    now = stamp(store)
    base = account_path(account_sid, f"/Recordings/{sid}")
    record: Record = {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "call_sid": call_sid,
        "conference_sid": conference_sid,
        "date_created": now,
        "date_updated": now,
        "start_time": now,
        "duration": "15",
        "sid": sid,
        "price": recording_price(15),
        "price_unit": "USD",
        "status": "completed",
        "channels": 1,
        "source": "Conference" if conference_sid else "RecordVerb",
        "error_code": None,
        "uri": f"{base}.json",
        "encryption_details": None,
        "subresource_uris": subresource_uris(base, "add_on_results", "transcriptions"),
        "media_url": API_ORIGIN + base,
        "_track": track,
    }
    return seeded(store, RECORDINGS, record, fields)


def start_recording(
    store: FakeStore,
    account_sid: str,
    *,
    call_sid: str | None,
    conference_sid: str | None,
    source: str,
    channels: int,
    track: str,
) -> Record:
    """Store a recording that starts now (``in-progress``, no duration or price yet)."""
    return seed_recording(
        store,
        account_sid,
        call_sid=call_sid,
        conference_sid=conference_sid,
        status="in-progress",
        duration="-1",
        price=None,
        source=source,
        channels=channels,
        track=track,
    )


def _seconds_since_start(store: FakeStore, record: Record) -> int:
    started = parsedate_to_datetime(record["start_time"])
    return max(0, int((store.now() - started).total_seconds()))


def finish(store: FakeStore, record: Record) -> None:
    """Complete a recording in progress or paused: its duration and price are known now."""
    if record["status"] not in ACTIVE | {"stopped"}:
        return
    seconds = _seconds_since_start(store, record)
    record["status"] = "completed"
    record["duration"] = str(seconds)
    record["price"] = recording_price(seconds)
    touch(record, store)


def _of(owner: dict[str, str]) -> Filter:
    """A filter keeping the recordings of ``owner`` (``call_sid=`` or ``conference_sid=``)."""
    return lambda record: all(record.get(k) == v for k, v in owner.items())


def finish_active(store: FakeStore, **owner: str) -> None:
    """Complete every active recording of a call (``call_sid=``) or conference."""
    for _, record in list(store.newest_first(RECORDINGS, _of(owner))):
        if record["status"] in ACTIVE:
            finish(store, record)


def change_status(store: FakeStore, record: Record, incoming: Incoming) -> Record:
    """Pause, resume or stop ``record`` from the request's ``Status`` and ``PauseBehavior``.

    Returns:
        The recording's JSON as the answer shows it (``stopped`` for a stop, though the
        stored recording is completed at once).

    Raises:
        FakeApiError: a missing or unknown status, or a recording that is not active.
    """
    status = incoming.value("Status")
    if not status:
        raise FakeApiError(400, 20001, "Missing required parameter Status in the post body")
    if status not in SETTABLE_STATUSES:
        raise invalid_parameter(f"Status must be one of {', '.join(SETTABLE_STATUSES)}")
    behavior = incoming.value("PauseBehavior")
    if behavior is not None and behavior not in PAUSE_BEHAVIORS:
        raise invalid_parameter(f"PauseBehavior must be one of {', '.join(PAUSE_BEHAVIORS)}")
    if record["status"] not in ACTIVE:
        raise FakeApiError(
            400,
            INVALID_STATE,
            f"Recording {record['sid']} is {record['status']}: only a recording in progress "
            "or paused can be paused, resumed or stopped",
        )
    record["status"] = status
    if status == "paused":
        record["_pause_behavior"] = behavior or "silence"
    touch(record, store)
    answer = dict(record)
    if status == "stopped":
        finish(store, record)
    return answer


def active_recording(store: FakeStore, **owner: str) -> Record | None:
    """Return the newest active recording of a call or conference (``Twilio.CURRENT``)."""
    for _, record in store.newest_first(RECORDINGS, _of(owner)):
        if record["status"] in ACTIVE:
            return record
    return None


def visible(record: Record) -> bool:
    """Whether a recording shows without ``IncludeSoftDeleted`` (it is not deleted)."""
    return bool(record["status"] != "deleted")


def soft_delete(incoming: Incoming, record: Record) -> Response:
    """Delete ``record`` as Twilio does, refusing while it records; answer 204."""
    if record["status"] in ACTIVE:
        raise FakeApiError(400, 20009, "Cannot delete a recording in progress; stop it first")
    record["status"] = "deleted"
    touch(record, incoming.store)
    return no_content()


def _owned_recording(incoming: Incoming, **owner: str) -> Record:
    """Return the recording the path's ``Sid`` names among those of a call or conference.

    ``Twilio.CURRENT`` names the owner's recording in progress (or paused).

    Args:
        incoming: The request (its account, path and ``Sid`` are used).
        owner: ``call_sid=`` or ``conference_sid=`` the recording must have.

    Raises:
        FakeApiError: no such recording of the owner, or a deleted one (404).
    """
    sid = incoming.params["Sid"]
    if sid == CURRENT:
        current = active_recording(incoming.store, **owner)
        if current is None:
            raise not_found(incoming.path)
        return current
    record = find(incoming, RECORDINGS, sid, **owner)
    if not visible(record):
        raise not_found(incoming.path)
    return record


def serve_owned_recordings(
    resource: Resource, owner_of: Callable[[Incoming], dict[str, str]], render: Render
) -> None:
    """Answer fetch, update, delete and listing of the recordings of a call or conference.

    The listing is newest first, filtered by ``DateCreated``, without deleted recordings
    (these listings take no ``IncludeSoftDeleted``); ``Twilio.CURRENT`` names the owner's
    recording in progress (or paused).

    Args:
        resource: The owner's recordings path (``/Calls/{CallSid}/Recordings``).
        owner_of: Finds the owner the path names (a 404 if there is none) and returns what
            its recordings carry: ``{"call_sid": ...}`` or ``{"conference_sid": ...}``.
        render: How the owner's path shows a recording (:func:`call_recording_json`...).
    """

    @resource.fetch
    def fetch(incoming: Incoming) -> Response:
        return json_response(200, render(_owned_recording(incoming, **owner_of(incoming))))

    @resource.update
    def update(incoming: Incoming) -> Response:
        record = _owned_recording(incoming, **owner_of(incoming))
        return json_response(200, render(change_status(incoming.store, record, incoming)))

    @resource.delete
    def delete(incoming: Incoming) -> Response:
        return soft_delete(incoming, _owned_recording(incoming, **owner_of(incoming)))

    @resource.listing
    def listing(incoming: Incoming) -> Response:
        owner = _of(owner_of(incoming))
        checks = query_filters(incoming, dates=("DateCreated",))
        return account_page(
            incoming, RECORDINGS, "recordings", owner, visible, *checks, render=render
        )


def _shown_at(record: Record, rest: str, hidden: tuple[str, ...] = ()) -> Record:
    """The public JSON of ``record`` at another path of its account, without ``hidden``."""
    rendered = public_without(record, hidden)
    rendered["uri"] = account_path(record["account_sid"], rest)
    return rendered


def call_recording_json(record: Record) -> Record:
    """Return a recording as the listing of its call shows it (``track``; price a number)."""
    rest = f"/Calls/{record['call_sid']}/Recordings/{record['sid']}.json"
    rendered = _shown_at(record, rest, _ACCOUNT_ONLY_FIELDS)
    rendered["price"] = None if record["price"] is None else float(record["price"])
    rendered["track"] = record.get("_track", "both")
    return rendered


def conference_recording_json(record: Record) -> Record:
    """Return a recording as the listing of its conference shows it."""
    rest = f"/Conferences/{record['conference_sid']}/Recordings/{record['sid']}.json"
    return _shown_at(record, rest, _ACCOUNT_ONLY_FIELDS)


routes = Resource(ACCOUNT + "/Recordings")
transcription_routes = Resource(ACCOUNT + "/Transcriptions")
recording_transcription_routes = Resource(ACCOUNT + "/Recordings/{RecordingSid}/Transcriptions")


def _include_deleted(incoming: Incoming) -> bool:
    return bool(incoming.boolean("IncludeSoftDeleted"))


def _recording(incoming: Incoming, sid: str) -> Record:
    record = find(incoming, RECORDINGS, sid)
    if not visible(record) and not _include_deleted(incoming):
        raise not_found(incoming.path)
    return record


@routes.fetch
def fetch(incoming: Incoming) -> Response:
    """GET /Recordings/{Sid}.json (``IncludeSoftDeleted`` finds a deleted one)."""
    return answer_record(_recording(incoming, incoming.params["Sid"]))


@routes.delete
def delete(incoming: Incoming) -> Response:
    """DELETE /Recordings/{Sid}.json."""
    record = named_record(incoming, RECORDINGS)
    if not visible(record):
        raise not_found(incoming.path)
    return soft_delete(incoming, record)


@routes.listing
def listing(incoming: Incoming) -> Response:
    """GET /Recordings.json: newest first, by CallSid, ConferenceSid and DateCreated."""
    checks = query_filters(
        incoming,
        equal=("CallSid", "ConferenceSid"),
        dates=("DateCreated",),
    )
    if not _include_deleted(incoming):
        checks.append(visible)
    return account_page(incoming, RECORDINGS, "recordings", *checks)


# -- transcriptions ------------------------------------------------------------------------


def seed_transcription(
    store: FakeStore, account_sid: str, recording_sid: str | None = None, **fields: Any
) -> Record:
    """Store a transcription of a recording, as ``<Record transcribe="true">`` makes one.

    Args:
        store: The fake's state.
        account_sid: The account the transcription belongs to.
        recording_sid: The transcribed recording; None seeds a completed recording.
        **fields: Any JSON field to set instead of its default
            (``transcription_text="..."``, ``status="failed"``...).

    Returns:
        The stored record.

    Raises:
        KeyError: ``recording_sid`` is not a recording of ``account_sid``.
    """
    if recording_sid is None:
        recording = seed_recording(store, account_sid)
    else:
        recording = seeded_parent(store, RECORDINGS, recording_sid, account_sid)
    sid = fields.pop("sid", None) or store.new_sid("TR")
    now = stamp(store)
    seconds = max(0, int(recording["duration"]))
    record: Record = {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "date_created": now,
        "date_updated": now,
        "duration": recording["duration"],
        "price": -float(TRANSCRIPTION_PRICE_PER_MINUTE * _minutes(seconds)),
        "price_unit": "USD",
        "recording_sid": recording["sid"],
        "sid": sid,
        "status": "completed",
        "transcription_text": "Hello, this is a test recording.",
        "type": "fast",
        "uri": account_path(account_sid, f"/Transcriptions/{sid}.json"),
    }
    return seeded(store, TRANSCRIPTIONS, record, fields)


def _recording_transcription_json(record: Record) -> Record:
    rest = f"/Recordings/{record['recording_sid']}/Transcriptions/{record['sid']}.json"
    return _shown_at(record, rest)


transcription_routes.listing(listing_handler(TRANSCRIPTIONS, "transcriptions"))
transcription_routes.fetch(fetch_handler(TRANSCRIPTIONS))
transcription_routes.delete(delete_handler(TRANSCRIPTIONS))


def _recording_of(incoming: Incoming) -> Record:
    return _recording(incoming, incoming.params["RecordingSid"])


@recording_transcription_routes.fetch
def recording_transcription_fetch(incoming: Incoming) -> Response:
    """GET /Recordings/{RecordingSid}/Transcriptions/{Sid}.json."""
    recording = _recording_of(incoming)
    record = named_record(incoming, TRANSCRIPTIONS, recording_sid=recording["sid"])
    return json_response(200, _recording_transcription_json(record))


@recording_transcription_routes.delete
def recording_transcription_delete(incoming: Incoming) -> Response:
    """DELETE /Recordings/{RecordingSid}/Transcriptions/{Sid}.json."""
    recording = _recording_of(incoming)
    return delete_record(incoming, TRANSCRIPTIONS, recording_sid=recording["sid"])


@recording_transcription_routes.listing
def recording_transcription_listing(incoming: Incoming) -> Response:
    """GET /Recordings/{RecordingSid}/Transcriptions.json, newest first."""
    recording = _recording_of(incoming)
    return account_page(
        incoming,
        TRANSCRIPTIONS,
        "transcriptions",
        lambda record: record["recording_sid"] == recording["sid"],
        render=_recording_transcription_json,
    )


ROUTES = (routes, recording_transcription_routes, transcription_routes)
"""The recording and transcription routes."""
