"""The live media of a call on the fake: Streams, real-time Transcriptions and Siprec.

A session is started with a POST to ``Calls/{CallSid}/<Kind>.json`` on a call of the
account that is in progress (any other call state is 400, 21220, as for a recording) and
stopped with ``Status=stopped`` on ``Calls/{CallSid}/<Kind>/{Sid}.json``, where ``{Sid}``
is its SID or the name it was started with. Twilio neither lists nor fetches them, so
the fake does not either; each session is kept in its own table, for tests to read.
When the call ends, its running sessions are stopped (:func:`stop_sessions`).
"""

from __future__ import annotations

from collections.abc import Callable

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    account_path,
    answer_record,
    check_method,
    check_url,
    named_record,
    stamp,
    touch,
)
from twilio_sansio.testing.fake.resources.calls import CALLS, INVALID_CALL_STATE
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    not_found,
)

CALL_STREAMS = "call_streams"
"""The table of the calls' media streams (records carry ``call_sid`` and ``status``)."""
REALTIME_TRANSCRIPTIONS = "realtime_transcriptions"
"""The table of the calls' real-time transcriptions."""
CALL_SIPREC = "call_siprec"
"""The table of the calls' Siprec sessions."""

TRACKS = ("inbound_track", "outbound_track", "both_tracks")
MAX_CUSTOM_PARAMETERS = 99

Check = Callable[[Incoming], None]


def choice(incoming: Incoming, name: str, choices: tuple[str, ...]) -> str | None:
    """Return parameter ``name`` (None when absent), refusing a value not in ``choices``.

    Raises:
        FakeApiError: another value (400, 21200).
    """
    value = incoming.value(name)
    if value is not None and value not in choices:
        raise invalid_parameter(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def custom_parameters(incoming: Incoming) -> dict[str, str]:
    """Return the ``ParameterN.Name``/``ParameterN.Value`` pairs of a request, by name.

    Raises:
        FakeApiError: a value without its name (400, 21200).
    """
    found: dict[str, str] = {}
    for index in range(1, MAX_CUSTOM_PARAMETERS + 1):
        name = incoming.value(f"Parameter{index}.Name")
        value = incoming.value(f"Parameter{index}.Value")
        if name is None:
            if value is not None:
                raise invalid_parameter(f"Parameter{index}.Value has no Parameter{index}.Name")
            continue
        found[name] = value or ""
    return found


def _check_in_progress(call: Record, what: str) -> None:
    if call["status"] != "in-progress":
        raise FakeApiError(
            400,
            INVALID_CALL_STATE,
            f"Call is not in-progress ({call['status']}). Cannot start a {what}.",
        )


def _session_of(incoming: Incoming, kind: str, call_sid: str) -> Record:
    """The session the path's ``Sid`` names on the call: by SID, else by name (newest)."""
    key = incoming.params["Sid"]
    record = incoming.store.get(kind, key)
    if record is not None and record["call_sid"] == call_sid:
        return record
    for _key, candidate in incoming.store.newest_first(
        kind, lambda row: row["call_sid"] == call_sid
    ):
        if candidate.get("name") == key:
            return candidate
    raise not_found(incoming.path)


def session_routes(
    kind: str, segment: str, prefix: str, what: str, check: Check, *, created: int = 200
) -> Resource:
    """Return the routes that start and stop sessions of ``kind`` on a call.

    Args:
        kind: The table.
        segment: The path segment under the call (``"Streams"``).
        prefix: The sessions' SID prefix (``"MZ"``).
        what: The session in error messages (``"stream"``).
        check: Checks a start request's parameters (raising :class:`FakeApiError`) and
            may keep what it read in private fields (it is given the request only).
        created: The status of the answer to a start (200, as the documents say).
    """
    routes = Resource(ACCOUNT + f"/Calls/{{CallSid}}/{segment}")

    @routes.create
    def create(incoming: Incoming) -> Response:
        call = named_record(incoming, CALLS, "CallSid")
        check(incoming)
        _check_in_progress(call, what)
        sid = incoming.store.new_sid(prefix)
        record: Record = {
            "account_sid": incoming.account_sid,
            "call_sid": call["sid"],
            "sid": sid,
            "name": incoming.value("Name") or None,
            "status": "in-progress",
            "date_updated": stamp(incoming.store),
            "uri": account_path(incoming.account_sid, f"/Calls/{call['sid']}/{segment}/{sid}.json"),
            "_form": list(incoming.form),
        }
        return answer_record(incoming.store.insert(kind, sid, record), created)

    @routes.update
    def update(incoming: Incoming) -> Response:
        call = named_record(incoming, CALLS, "CallSid")
        status = incoming.required("Status")
        if status != "stopped":
            raise invalid_parameter(f"Status must be stopped, not {status!r}")
        record = _session_of(incoming, kind, call["sid"])
        record["status"] = "stopped"
        touch(record, incoming.store)
        return answer_record(record)

    return routes


def _check_stream(incoming: Incoming) -> None:
    url = incoming.required("Url")
    if not url.startswith(("wss://", "ws://")) or not url.split("://", 1)[1]:
        raise invalid_parameter(f"Url must be a wss:// URL, not {url!r}")
    _check_siprec(incoming)  # the rest of a stream's parameters are a Siprec session's


def _check_siprec(incoming: Incoming) -> None:
    choice(incoming, "Track", TRACKS)
    callback = incoming.value("StatusCallback")
    if callback:
        check_url("StatusCallback", callback)
    check_method(incoming, "StatusCallbackMethod")
    custom_parameters(incoming)


def _check_transcription(incoming: Incoming) -> None:
    choice(incoming, "Track", TRACKS)
    callback = incoming.value("StatusCallbackUrl")
    if callback:
        check_url("StatusCallbackUrl", callback)
    check_method(incoming, "StatusCallbackMethod")
    for flag in (
        "PartialResults",
        "ProfanityFilter",
        "EnableAutomaticPunctuation",
        "EnableProviderData",
    ):
        incoming.boolean(flag)


stream_routes = session_routes(CALL_STREAMS, "Streams", "MZ", "stream", _check_stream)
transcription_routes = session_routes(
    REALTIME_TRANSCRIPTIONS, "Transcriptions", "GT", "transcription", _check_transcription
)
siprec_routes = session_routes(CALL_SIPREC, "Siprec", "SR", "Siprec session", _check_siprec)

SESSION_TABLES = (CALL_STREAMS, REALTIME_TRANSCRIPTIONS, CALL_SIPREC)


def stop_sessions(store: FakeStore, call_sid: str) -> None:
    """Stop every running stream, real-time transcription and Siprec session of a call.

    Called when the call ends: Twilio stops them with it, and each one's status becomes
    ``stopped``, the only other status the documents give them.
    """
    for kind in SESSION_TABLES:
        running = store.newest_first(
            kind, lambda row: row["call_sid"] == call_sid and row["status"] == "in-progress"
        )
        for _sid, record in list(running):
            record["status"] = "stopped"
            touch(record, store)


ROUTES = (stream_routes, transcription_routes, siprec_routes)
"""The routes of the live media of calls."""
