"""Calls and what hangs off them: recordings, events and notifications.

A call made through the API is ``queued``; a test moves it on with :func:`set_call_status`
(``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``, ``no-answer``), which
keeps ``start_time``, ``end_time``, ``duration`` and ``price`` as Twilio reports them:

- ``start_time`` is set once the call is dialed (``ringing`` or later); ``end_time``,
  ``duration`` and ``price`` only when it completes, as Twilio leaves them empty for
  busy, failed, unanswered and canceled calls.
- Updating ``Status=canceled`` cancels a queued or ringing call; on a call in progress it
  is refused (400, code 21220) and the call is left alone.
- ``Status=completed`` hangs up a call in progress. Twilio documents it as "attempting to
  hang up" whatever the state, and a call ended before it was answered is ``canceled``
  ("canceled while queued or ringing"), so on a queued or ringing call it cancels it.
- Any update of a call that has ended is refused (400, code 21220), as Twilio refuses to
  redirect one ("Call is not in-progress. Cannot redirect.").
- A call that has not ended cannot be deleted (400, code 20009).

When a call ends, its recordings in progress complete, its media streams, real-time
transcriptions and Siprec sessions stop, its payment sessions in progress are canceled,
and it leaves its conference and its queue.

``From`` must be one of the account's incoming numbers, a verified outgoing caller ID
(table ``outgoing_caller_ids``), a ``client:`` identity, or Twilio's magic valid number;
Twilio's magic ``To`` numbers fail as documented.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import ROUND_CEILING, Decimal
from typing import Any

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake import magic, webhooks
from twilio_sansio.testing.fake.listing import page_2010
from twilio_sansio.testing.fake.resources import recordings
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    E164,
    account_page,
    account_path,
    answer_record,
    check_method,
    check_url,
    fetch_handler,
    fetch_record,
    field_of,
    has_verified,
    listing_handler,
    named_record,
    number_owning,
    owned_number,
    owns_number,
    public_without,
    query_filters,
    require_active_account,
    seeded,
    seeded_parent,
    stamp,
    subresource_uris,
    touch,
    webhook_of,
)
from twilio_sansio.testing.fake.resources.applications import APPLICATIONS
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, iso8601
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    invalid_parameter,
    json_response,
    no_content,
)

CALLS = "calls"
EVENTS = "call_events"
NOTIFICATIONS = "call_notifications"

STATUSES = (
    "queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer",
    "canceled",
)  # fmt: skip
ENDED = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})
NOT_ANSWERED = frozenset({"queued", "ringing"})
DIALED = frozenset({"ringing", "in-progress", "completed", "busy", "no-answer"})
MAX_TWIML = 4000
PRICE_PER_MINUTE = Decimal("0.01300")
INVALID_CALL_STATE = 21220

_APPLICATION_SID = re.compile(r"AP[0-9a-fA-F]{32}")
_ADDRESS_SCHEMES = ("client:", "sip:")
_SUBRESOURCES = (
    "events", "notifications", "recordings", "payments", "siprec", "streams",
    "transcriptions", "user_defined_message_subscriptions", "user_defined_messages",
)  # fmt: skip
_HANDLERS = ("Url", "Twiml", "ApplicationSid")
_OPTIONS = ("Method", "FallbackUrl", "FallbackMethod", "StatusCallback", "StatusCallbackMethod")


# -- what a call looks like ---------------------------------------------------------------


def formatted(address: str) -> str:
    """Return ``address`` as Twilio formats it for people: ``(415) 555-0100`` for NANP."""
    if re.fullmatch(r"\+1\d{10}", address):
        return f"({address[2:5]}) {address[5:8]}-{address[8:]}"
    return address


def call_price(seconds: int) -> str:
    """Return what a completed call of ``seconds`` costs (started minutes, at least one)."""
    minutes = max(Decimal(1), (Decimal(seconds) / 60).to_integral_value(ROUND_CEILING))
    return f"-{PRICE_PER_MINUTE * minutes}"


def _number_sid(store: FakeStore, account_sid: str, *numbers: str) -> str | None:
    number = owned_number(store, account_sid, *numbers)
    sid = number.get("sid") if number else None
    return str(sid) if sid else None


def new_call(store: FakeStore, account_sid: str, *, to: str, from_: str, **fields: Any) -> Record:
    """Build and store a call record; ``fields`` replace any JSON (or private) field."""
    sid = fields.pop("sid", None) or store.new_sid("CA")
    now = stamp(store)
    path = account_path(account_sid, f"/Calls/{sid}")
    record: Record = {
        "sid": sid,
        "date_created": now,
        "date_updated": now,
        "parent_call_sid": None,
        "account_sid": account_sid,
        "to": to,
        "to_formatted": formatted(to),
        "from": from_,
        "from_formatted": formatted(from_),
        "phone_number_sid": _number_sid(store, account_sid, to, from_),
        "status": "queued",
        "start_time": None,
        "end_time": None,
        "duration": None,
        "price": None,
        "price_unit": "USD",
        "direction": "outbound-api",
        "answered_by": None,
        "api_version": "2010-04-01",
        "forwarded_from": None,
        "group_sid": None,
        "caller_name": None,
        "queue_time": "0",
        "trunk_sid": None,
        "uri": f"{path}.json",
        "subresource_uris": subresource_uris(path, *_SUBRESOURCES),
    }
    return seeded(store, CALLS, record, fields)


def seed_call(store: FakeStore, account_sid: str, **fields: Any) -> Record:
    """Store a call as Twilio logs one that reached the account (an inbound call).

    The defaults describe an inbound call in progress since now, from a random US number
    to ``+15005550006``.

    Args:
        store: The fake's state.
        account_sid: The account the call belongs to.
        **fields: Any JSON field to set instead of its default (``status="completed"``,
            ``to="+1415..."``, ``direction="outbound-dial"``, ``parent_call_sid=...``).

    Returns:
        The stored record.
    """
    to = fields.pop("to", magic.VALID_SENDER)
    from_ = fields.pop("from", None) or f"+1415555{store.random_digits(4)}"
    now = stamp(store)
    defaults: dict[str, Any] = {
        "direction": "inbound",
        "status": "in-progress",
        "start_time": now,
        "_answered_at": iso8601(store.now()),
    }
    return new_call(store, account_sid, to=to, from_=from_, **{**defaults, **fields})


def set_call_status(store: FakeStore, sid: str, status: str, *, price: str | None = None) -> Record:
    """Move call ``sid`` on to ``status``, as Twilio's network would.

    ``ringing`` and later stamp ``start_time``; ``in-progress`` answers the call (and
    starts its recording if it was made with ``Record=true``); ``completed`` sets
    ``end_time``, ``duration`` (seconds since it was answered) and ``price``; the other
    endings leave those empty, as Twilio does. An ended call also completes its
    recordings in progress, stops its streams, real-time transcriptions and Siprec
    sessions, cancels its payment sessions in progress, and leaves its conference and
    queue.

    Args:
        store: The fake's state.
        sid: The call's SID.
        status: ``ringing``, ``in-progress``, ``completed``, ``busy``, ``failed``,
            ``no-answer`` or ``canceled`` (or ``queued``).
        price: The price to report for a completed call instead of the per-minute one.

    Returns:
        The call's stored record.

    Raises:
        KeyError: no such call.
        ValueError: ``status`` is not a call status, or the call has already ended.
    """
    call = store.get(CALLS, sid)
    if call is None:
        raise KeyError(sid)
    if status not in STATUSES:
        raise ValueError(f"{status!r} is not a call status; use one of {', '.join(STATUSES)}")
    if call["status"] in ENDED:
        raise ValueError(f"call {sid} has already ended ({call['status']})")
    _move(store, call, status, price)
    return call


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _move(store: FakeStore, call: Record, status: str, price: str | None = None) -> None:
    now = store.now()
    if status in DIALED and call["start_time"] is None:
        call["start_time"] = stamp(store)
    if status in {"in-progress", "completed"} and not call.get("_answered_at"):
        call["_answered_at"] = iso8601(now)
        if call.get("_record"):
            _start_recording(store, call, "OutboundAPI")
    if status == "completed":
        seconds = max(0, int((now - _moment(call["_answered_at"])).total_seconds()))
        call["end_time"] = stamp(store)
        call["duration"] = str(seconds)
        call["price"] = price or call_price(seconds)
    call["status"] = status
    touch(call, store)
    _report_progress(store, call)
    _tell_followers(store, call)


CALLBACK_EVENTS = ("initiated", "ringing", "answered", "completed")
"""The ``StatusCallbackEvent`` values: the progress a call's status callback reports."""


def _events_reached(call: Record) -> list[str]:
    status = call["status"]
    reached = []
    if call["start_time"] is not None or status == "failed":
        reached.append("initiated")
    if call["start_time"] is not None:
        reached.append("ringing")
    if call.get("_answered_at"):
        reached.append("answered")
    if status in ENDED:
        reached.append("completed")
    return reached


def _report_progress(store: FakeStore, call: Record) -> None:
    """Queue the status callbacks of the progress ``call`` has made since the last ones."""
    url = call.get("_status_callback")
    if not url:
        return
    wanted = call.get("_status_callback_event") or ["completed"]
    done: list[str] = call.setdefault("_callback_events_done", [])
    for event in _events_reached(call):
        if event in done:
            continue
        done.append(event)
        if event in wanted:
            _status_callback(store, call, event, url)


def _status_callback(store: FakeStore, call: Record, event: str, url: str) -> None:
    status = {"initiated": "initiated", "ringing": "ringing", "answered": "in-progress"}.get(
        event, call["status"]
    )
    sequence = int(call.get("_callback_sequence", 0))
    call["_callback_sequence"] = sequence + 1
    pairs = [
        *webhooks.call_params(call, status),
        ("CallbackSource", "call-progress-events"),
        ("SequenceNumber", str(sequence)),
        ("Timestamp", webhooks.timestamp(store.now())),
    ]
    if event == "completed":
        seconds = int(call["duration"] or 0)
        pairs.append(("CallDuration", str(seconds)))
        minutes = -(-seconds // 60) if call["status"] != "completed" else max(1, -(-seconds // 60))
        pairs.append(("Duration", str(minutes)))
    webhooks.enqueue(
        store,
        webhooks.CALL_STATUS,
        call["account_sid"],
        call["sid"],
        url,
        call.get("_status_callback_method"),
        pairs,
    )


def receive(store: FakeStore, from_: str, to: str) -> tuple[Record, webhooks.OutgoingWebhook]:
    """Store a call ringing at the number ``to`` and queue its ``VoiceUrl`` webhook.

    The call is inbound and ``ringing``; it reports its end to the number's
    ``StatusCallback``, if it has one.

    Args:
        store: The fake's state.
        from_: The caller (a phone number, or an address such as ``client:alice``).
        to: The number called, owned by an account of the fake.

    Returns:
        The call's record and the webhook queued for it.

    Raises:
        KeyError: no account owns ``to``.
        ValueError: the number has no voice webhook (``VoiceUrl``).
    """
    number = number_owning(store, to)
    url, method = webhook_of(store, number, "voice")
    if not url:
        raise ValueError(f"{to} has no VoiceUrl (nor a VoiceApplicationSid with one)")
    fields: dict[str, Any] = {
        "direction": "inbound",
        "status": "ringing",
        "start_time": stamp(store),
        "_url": url,
        "_method": method,
    }
    # The application that answers the call (if any) also takes its status callbacks.
    application = store.get(APPLICATIONS, number.get("voice_application_sid") or "")
    reporter = application if application is not None and application.get("voice_url") else number
    if reporter.get("status_callback"):
        fields["_status_callback"] = reporter["status_callback"]
        fields["_status_callback_method"] = reporter.get("status_callback_method") or "POST"
        fields["_callback_events_done"] = ["initiated", "ringing"]
    call = new_call(store, number["account_sid"], to=to, from_=from_, **fields)
    webhook = webhooks.enqueue(
        store,
        webhooks.INCOMING_CALL,
        call["account_sid"],
        call["sid"],
        url,
        method,
        webhooks.call_params(call),
    )
    return call, webhook


def _tell_followers(store: FakeStore, call: Record) -> None:
    # Imported here: these modules build on this one.
    from twilio_sansio.testing.fake.resources import (
        call_media,
        call_payments,
        conferences,
        queues,
    )

    if call["status"] in ENDED:
        recordings.finish_active(store, call_sid=call["sid"])
        call_media.stop_sessions(store, call["sid"])
        call_payments.cancel_sessions(store, call["sid"])
    conferences.follow_call(store, call)
    queues.follow_call(store, call)


def hang_up(store: FakeStore, call: Record) -> None:
    """End a call that has not ended: complete it if answered, else cancel it."""
    if call["status"] in ENDED:
        return
    _move(store, call, "canceled" if call["status"] in NOT_ANSWERED else "completed")


def _start_recording(store: FakeStore, call: Record, source: str, **options: Any) -> Record:
    return recordings.start_recording(
        store,
        call["account_sid"],
        call_sid=call["sid"],
        conference_sid=None,
        source=source,
        channels=options.get("channels", 1),
        track=options.get("track", "both"),
    )


# -- checks shared with conference participants ---------------------------------------------


def required_parties(incoming: Incoming) -> tuple[str, str]:
    """Return a new call's ``To`` and ``From``, both required.

    Raises:
        FakeApiError: no ``To`` (21201) or no ``From`` (21213).
    """
    callee = incoming.value("To")
    if not callee:
        raise FakeApiError(400, 21201, "No 'To' number is specified")
    caller = incoming.value("From")
    if not caller:
        raise FakeApiError(400, 21213, "No 'From' number is specified")
    return callee, caller


def check_caller(store: FakeStore, account_sid: str, caller: str, callee: str) -> None:
    """Check a call's ``From`` as Twilio does.

    Raises:
        FakeApiError: a magic failing number (21212), or a number that is neither owned,
            verified nor the magic valid one (21210).
    """
    if magic.check_call_from(caller) or caller.startswith("client:"):
        return
    if callee.startswith("sip:") and not caller.startswith("+"):
        return  # towards SIP, From may be a SIP user name
    if not E164.fullmatch(caller):
        raise FakeApiError(400, 21212, f"The 'From' number {caller} is not a valid phone number.")
    if owns_number(store, account_sid, caller) or has_verified(store, account_sid, caller):
        return
    raise FakeApiError(
        400,
        21210,
        f"The source phone number provided, {caller}, is not yet verified for your "
        "account. You may only make calls from phone numbers that you've verified or "
        "purchased from Twilio.",
    )


def check_callee(callee: str) -> None:
    """Check a call's ``To`` as Twilio does.

    Raises:
        FakeApiError: a magic failing number, or an address that is neither a phone
            number nor a ``client:`` or ``sip:`` address (21217).
    """
    magic.check_call_to(callee)
    if callee.startswith(_ADDRESS_SCHEMES):
        return
    if not E164.fullmatch(callee):
        raise FakeApiError(400, 21217, f"Phone number {callee} is not a valid phone number.")


# -- requests on calls ----------------------------------------------------------------------


def _private_field(param: str) -> str:
    """Where a call keeps a parameter the fake needs but Twilio does not show (``_url``)."""
    return "_" + field_of(param)


def _handler_fields(incoming: Incoming, *, required: bool) -> dict[str, str]:
    """Read and check Url / Twiml / ApplicationSid: what runs the call."""
    given = [name for name in _HANDLERS if incoming.value(name)]
    if not given:
        if required:
            raise FakeApiError(
                400, 21205, "Url parameter is required (or Twiml, or ApplicationSid)"
            )
        return {}
    if len(given) > 1:
        raise invalid_parameter(f"Give only one of Url, Twiml and ApplicationSid, not {given}")
    (name,) = given
    value = incoming.value(name) or ""
    if name == "Url":
        check_url("Url", value)
    elif name == "Twiml" and len(value) > MAX_TWIML:
        raise invalid_parameter(f"Twiml is longer than {MAX_TWIML} characters")
    elif name == "ApplicationSid":
        _check_application(incoming, value)
    check_method(incoming, "Method")
    return {_private_field(name): value}


def _check_application(incoming: Incoming, sid: str) -> None:
    application = incoming.store.get(APPLICATIONS, sid)
    if (
        not _APPLICATION_SID.fullmatch(sid)
        or application is None
        or application.get("account_sid") != incoming.account_sid
    ):
        raise FakeApiError(400, 21218, f"ApplicationSid {sid} is invalid")


def _optional_fields(incoming: Incoming) -> dict[str, Any]:
    check_method(incoming, "FallbackMethod")
    check_method(incoming, "StatusCallbackMethod")
    for name in ("FallbackUrl", "StatusCallback"):
        url = incoming.value(name)
        if url:
            check_url(name, url, 21205)
    fields: dict[str, Any] = {
        _private_field(param): incoming.value(param) for param in _OPTIONS if incoming.has(param)
    }
    if incoming.has("StatusCallbackEvent"):
        events = [
            event for value in incoming.values("StatusCallbackEvent") for event in value.split()
        ]
        unknown = sorted(set(events) - set(CALLBACK_EVENTS))
        if unknown:
            raise invalid_parameter(
                f"StatusCallbackEvent must be among {', '.join(CALLBACK_EVENTS)}, not {unknown}"
            )
        fields["_status_callback_event"] = events
    return fields


routes = Resource(ACCOUNT + "/Calls")
routes.listing(
    listing_handler(
        CALLS,
        "calls",
        equal=("To", "From", "ParentCallSid", "Status"),
        dates=("StartTime", "EndTime"),
    )
)
routes.fetch(fetch_handler(CALLS))
recording_routes = Resource(ACCOUNT + "/Calls/{CallSid}/Recordings")
event_routes = Resource(ACCOUNT + "/Calls/{CallSid}/Events")
notification_routes = Resource(ACCOUNT + "/Calls/{CallSid}/Notifications")


@routes.create
def create(incoming: Incoming) -> Response:
    """POST /Calls.json: place an outbound call (validated as Twilio validates it)."""
    require_active_account(incoming)
    store = incoming.store
    callee, caller = required_parties(incoming)
    handler = _handler_fields(incoming, required=True)
    options = _optional_fields(incoming)
    incoming.integer("Timeout", default=60, low=1, high=600)
    incoming.integer("TimeLimit", default=14400, low=1, high=86400)
    record = bool(incoming.boolean("Record"))
    check_caller(store, incoming.account_sid, caller, callee)
    check_callee(callee)
    call = new_call(
        store, incoming.account_sid, to=callee, from_=caller, _record=record, **handler, **options
    )
    return answer_record(call, 201)


def _refuse_ended(call: Record, redirecting: bool) -> None:
    if call["status"] not in ENDED:
        return
    if redirecting:
        raise FakeApiError(400, INVALID_CALL_STATE, "Call is not in-progress. Cannot redirect.")
    raise FakeApiError(
        400, INVALID_CALL_STATE, f"Call is not in-progress: it has ended ({call['status']})."
    )


@routes.update
def update(incoming: Incoming) -> Response:
    """POST /Calls/{Sid}.json: redirect (Url/Twiml), cancel or hang up a live call."""
    store = incoming.store
    call = named_record(incoming, CALLS)
    status = incoming.value("Status")
    if status is not None and status not in {"canceled", "completed"}:
        raise invalid_parameter("Status must be canceled or completed")
    handler = _handler_fields(incoming, required=False)
    options = _optional_fields(incoming)
    incoming.integer("TimeLimit", default=14400, low=1, high=86400)
    _refuse_ended(call, redirecting=bool(handler))
    if status == "canceled" and call["status"] not in NOT_ANSWERED:
        raise FakeApiError(
            400,
            INVALID_CALL_STATE,
            "Call is in-progress. Only a queued or ringing call can be canceled; hang it "
            "up with Status=completed.",
        )
    if handler:
        for name in _HANDLERS:
            call.pop(_private_field(name), None)
    call.update(handler)
    call.update(options)
    touch(call, store)
    if status is not None:
        hang_up(store, call)
    return answer_record(call)


@routes.delete
def delete(incoming: Incoming) -> Response:
    """DELETE /Calls/{Sid}.json, with its events and notifications (not its recordings)."""
    store = incoming.store
    call = named_record(incoming, CALLS)
    if call["status"] not in ENDED:
        raise FakeApiError(
            400, 20009, f"Cannot delete call {call['sid']}: it is {call['status']}; end it first"
        )
    store.remove(CALLS, call["sid"])
    for kind in (EVENTS, NOTIFICATIONS):
        store.remove_where(kind, _of_call(call["sid"]))
    return no_content()


# -- the recordings of a call ---------------------------------------------------------------


def _call_of(incoming: Incoming) -> Record:
    return named_record(incoming, CALLS, "CallSid")


recordings.serve_owned_recordings(
    recording_routes,
    lambda incoming: {"call_sid": _call_of(incoming)["sid"]},
    recordings.call_recording_json,
)


def _choice(incoming: Incoming, name: str, choices: tuple[str, ...], default: str) -> str:
    value = incoming.value(name)
    if value is None:
        return default
    if value not in choices:
        raise invalid_parameter(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


@recording_routes.create
def recording_create(incoming: Incoming) -> Response:
    """POST /Calls/{CallSid}/Recordings.json: start recording a call in progress."""
    call = _call_of(incoming)
    channels = _choice(incoming, "RecordingChannels", ("mono", "dual"), "mono")
    track = _choice(incoming, "RecordingTrack", ("inbound", "outbound", "both"), "both")
    _choice(incoming, "Trim", ("trim-silence", "do-not-trim"), "do-not-trim")
    check_method(incoming, "RecordingStatusCallbackMethod")
    if call["status"] != "in-progress":
        raise FakeApiError(
            400,
            INVALID_CALL_STATE,
            f"Call is not in-progress ({call['status']}). Cannot start a recording.",
        )
    record = _start_recording(
        incoming.store,
        call,
        "StartCallRecordingAPI",
        channels=2 if channels == "dual" else 1,
        track=track,
    )
    return json_response(201, recordings.call_recording_json(record))


# -- events and notifications ---------------------------------------------------------------


def _of_call(call_sid: str) -> Any:
    return lambda record: record.get("_call_sid") == call_sid


def seed_call_event(store: FakeStore, account_sid: str, call_sid: str, **fields: Any) -> Record:
    """Store an event of a call: a request Twilio made to its webhook, and the answer.

    Args:
        store: The fake's state.
        account_sid: The call's account.
        call_sid: The call.
        **fields: ``request`` and/or ``response`` objects to use instead of the defaults
            (a POST to the call's URL answered with ``200`` and a ``<Say>``).

    Returns:
        The stored record.

    Raises:
        KeyError: no such call in the account.
    """
    call = seeded_parent(store, CALLS, call_sid, account_sid)
    url = call.get("_url") or "https://example.com/twiml"
    record: Record = {
        "request": {
            "method": call.get("_method") or "POST",
            "url": url,
            "parameters": {
                "account_sid": account_sid,
                "call_sid": call_sid,
                "call_status": call["status"],
                "direction": call["direction"],
                "from": call["from"],
                "to": call["to"],
            },
        },
        "response": {
            "request_duration": 42,
            "response_code": 200,
            "content_type": "text/xml",
            "response_body": "<Response><Say>Hello</Say></Response>",
            "date_created": stamp(store),
        },
        "_call_sid": call_sid,
    }
    record.update(fields)
    return store.insert(EVENTS, store.new_sid("EV"), record)


@event_routes.listing
def event_listing(incoming: Incoming) -> Response:
    """GET /Calls/{CallSid}/Events.json, newest first."""
    call = _call_of(incoming)
    rows = incoming.store.newest_first(EVENTS, _of_call(call["sid"]))
    return page_2010(incoming, "events", rows)


def seed_call_notification(
    store: FakeStore, account_sid: str, call_sid: str, **fields: Any
) -> Record:
    """Store a notification (an error or warning Twilio logged) of a call.

    The defaults describe error 11200 (the call's URL could not be fetched).

    Args:
        store: The fake's state.
        account_sid: The call's account.
        call_sid: The call.
        **fields: Any JSON field to set instead of its default (``log="1"`` for a
            warning, ``error_code="13224"``...).

    Returns:
        The stored record.

    Raises:
        KeyError: no such call in the account.
    """
    call = seeded_parent(store, CALLS, call_sid, account_sid)
    sid = fields.pop("sid", None) or store.new_sid("NO")
    code = str(fields.get("error_code", "11200"))
    now = stamp(store)
    record: Record = {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "call_sid": call_sid,
        "date_created": now,
        "date_updated": now,
        "error_code": code,
        "log": "0",
        "message_date": now,
        "message_text": "Msg=HTTP+retrieval+failure&sourceComponent=12000",
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "request_method": call.get("_method") or "POST",
        "request_url": call.get("_url") or "https://example.com/twiml",
        "request_variables": f"CallSid={call_sid}&AccountSid={account_sid}",
        "response_body": "",
        "response_headers": "Content-Type=text%2Fhtml",
        "sid": sid,
        "uri": account_path(account_sid, f"/Calls/{call_sid}/Notifications/{sid}.json"),
        "_call_sid": call_sid,
    }
    return seeded(store, NOTIFICATIONS, record, fields)


_FETCH_ONLY = ("request_variables", "response_body", "response_headers")


def _listed_notification(record: Record) -> Record:
    return public_without(record, _FETCH_ONLY)


@notification_routes.fetch
def notification_fetch(incoming: Incoming) -> Response:
    """GET /Calls/{CallSid}/Notifications/{Sid}.json, with the exchange in full."""
    call = _call_of(incoming)
    return fetch_record(incoming, NOTIFICATIONS, call_sid=call["sid"])


@notification_routes.listing
def notification_listing(incoming: Incoming) -> Response:
    """GET /Calls/{CallSid}/Notifications.json: newest first, by Log and MessageDate."""
    call = _call_of(incoming)
    checks = query_filters(incoming, equal=("Log",), dates=("MessageDate",))
    return account_page(
        incoming,
        NOTIFICATIONS,
        "notifications",
        lambda record: record["call_sid"] == call["sid"],
        *checks,
        render=_listed_notification,
    )


ROUTES = (routes, recording_routes, event_routes, notification_routes)
"""The routes of calls, their recordings, events and notifications."""
