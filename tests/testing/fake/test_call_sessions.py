"""The sessions of a call on the fake Twilio: streams, real-time transcriptions, Siprec, payments.

The three kinds of live media share their routes (start, stop by SID or by name), and
all four kinds share the rules on the call: it must be the account's and in progress,
and its sessions end with it. Each test runs for every kind it applies to;
``test_call_payments.py`` holds what only payments do (captures, idempotency keys).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
from twilio_sansio.testing.fake.resources.call_media import (
    CALL_SIPREC,
    CALL_STREAMS,
    REALTIME_TRANSCRIPTIONS,
)
from twilio_sansio.testing.fake.resources.call_payments import CALL_PAYMENTS
from twilio_sansio.testing.fake.store import Record

WSS = "wss://agent.example.com/media"
CALLBACK = "https://example.com/pay"


@dataclass(frozen=True)
class Kind:
    """One kind of session of a call, as the tests start and read it.

    Attributes:
        name: The test id.
        namespace: The clients' namespace (``"call_streams"``).
        segment: The path segment under the call (``"Streams"``).
        prefix: The sessions' SID prefix.
        table: The fake's table of the sessions.
        schema: The documents' schema of a session.
        form: The smallest form that starts one.
        created: The status of the answer to a start.
        start: Starts one on a call through a client's namespace (any client kind).
        status: Reads a stored session's status.
        ended: The status a session running when its call ends is left in.
    """

    name: str
    namespace: str
    segment: str
    prefix: str
    table: str
    schema: str
    form: dict[str, str]
    created: int
    start: Callable[[Any, str], Any]
    status: Callable[[Record], str] = field(default=lambda record: record["status"])
    ended: str = "stopped"


@dataclass(frozen=True)
class Media:
    """What a kind of live media starts and refuses, beyond what :class:`Kind` says.

    Attributes:
        kind: The kind.
        first: Keyword arguments of a start with the kind's own parameters.
        first_sent: A form pair that start must have sent.
        named: Keyword arguments of a start with a name (``name=`` included).
        bad_forms: Start forms the fake refuses (400).
    """

    kind: Kind
    first: dict[str, Any]
    first_sent: tuple[str, str]
    named: dict[str, Any]
    bad_forms: list[dict[str, str]]


STREAMS = Kind(
    "streams", "call_streams", "Streams", "MZ", CALL_STREAMS, "api.v2010.account.call.stream",
    {"Url": WSS}, 200, lambda ops, call_sid: ops.create(call_sid, WSS),
)  # fmt: skip
TRANSCRIPTIONS = Kind(
    "transcriptions", "call_transcriptions", "Transcriptions", "GT", REALTIME_TRANSCRIPTIONS,
    "api.v2010.account.call.realtime_transcription", {}, 200,
    lambda ops, call_sid: ops.create(call_sid),
)  # fmt: skip
SIPREC = Kind(
    "siprec", "call_siprec", "Siprec", "SR", CALL_SIPREC, "api.v2010.account.call.siprec",
    {}, 200, lambda ops, call_sid: ops.create(call_sid),
)  # fmt: skip
PAYMENTS = Kind(
    "payments", "call_payments", "Payments", "PK", CALL_PAYMENTS,
    "api.v2010.account.call.payments", {"IdempotencyKey": "k", "StatusCallback": CALLBACK},
    201, lambda ops, call_sid: ops.create(call_sid, "k1", CALLBACK),
    status=lambda record: record["_status"], ended="cancel",
)  # fmt: skip
KINDS = [STREAMS, TRANSCRIPTIONS, SIPREC, PAYMENTS]

MEDIA = [
    Media(
        STREAMS,
        {"url": WSS, "track": "both_tracks", "parameters": {"lang": "en"}},
        ("Parameter1.Name", "lang"),
        {"url": WSS, "name": "agent"},
        [
            {},
            {"Url": "https://agent.example.com/media"},
            {"Url": WSS, "Track": "left"},
            {"Url": WSS, "StatusCallback": "not a url"},
            {"Url": WSS, "StatusCallbackMethod": "PUT"},
            {"Url": WSS, "Parameter1.Value": "x"},
        ],
    ),
    Media(
        TRANSCRIPTIONS,
        {"partial_results": True, "language_code": "en-US"},
        ("LanguageCode", "en-US"),
        {"name": "notes", "track": "both_tracks"},
        [
            {"Track": "both"},
            {"StatusCallbackUrl": "nowhere"},
            {"StatusCallbackMethod": "PATCH"},
            {"PartialResults": "yes"},
        ],
    ),
    Media(
        SIPREC,
        {"connector_name": "rec", "parameters": {"tenant": "acme"}},
        ("ConnectorName", "rec"),
        {"name": "recorder", "track": "inbound_track"},
        [
            {"Track": "both"},
            {"StatusCallback": "nowhere"},
            {"StatusCallbackMethod": "PATCH"},
            {"Parameter2.Value": "x"},
        ],
    ),
]


def _ids(items: list[Any]) -> list[str]:
    return [getattr(item, "kind", item).name for item in items]


def _started(fake: FakeTwilio, kind: Kind, call_sid: str) -> Record:
    """Start a session of ``kind`` on the call with a plain request; return its JSON."""
    status, body = send(fake, "POST", f"/Calls/{call_sid}/{kind.segment}.json", kind.form)
    assert status == kind.created, body
    assert isinstance(body, dict)
    return body


# -- the live media: start and stop -------------------------------------------------------


@pytest.mark.parametrize("media", MEDIA, ids=_ids(MEDIA))
def test_a_session_is_started_and_stopped_by_sid_and_by_name(
    through: Through, media: Media
) -> None:
    kind = media.kind
    store = through.fake.store
    call = calls.seed_call(store, through.fake.account_sid)
    name = media.named["name"]

    async def scenario(client: Any) -> Any:
        ops = getattr(client, kind.namespace)
        first = await settle(ops.create(call["sid"], **media.first))
        named = await settle(ops.create(call["sid"], **media.named))
        stopped = await settle(ops.stop(call["sid"], first.sid))
        by_name = await settle(ops.update(call["sid"], name, status="stopped"))
        return first, named, stopped, by_name

    first, named, stopped, by_name = run_scenario(through, scenario)
    assert (first.status, first.call_sid, first.name) == ("in-progress", call["sid"], None)
    assert first.sid.startswith(kind.prefix)
    assert first.uri.endswith(f"/Calls/{call['sid']}/{kind.segment}/{first.sid}.json")
    assert (stopped.sid, stopped.status) == (first.sid, "stopped")
    assert (by_name.sid, by_name.name, by_name.status) == (named.sid, name, "stopped")
    stored = store.get(kind.table, first.sid)
    assert stored is not None
    assert media.first_sent in stored["_form"]


@pytest.mark.parametrize("media", MEDIA, ids=_ids(MEDIA))
def test_an_unknown_session_of_a_call_is_404(fake: FakeTwilio, media: Media) -> None:
    kind = media.kind
    call = calls.seed_call(fake.store, fake.account_sid)
    other = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        ops = getattr(client, kind.namespace)
        session = ops.create(call["sid"], **media.named)
        attempts = (
            ("CA" + "0" * 32, session.sid),
            (other["sid"], session.sid),
            (other["sid"], media.named["name"]),
            (call["sid"], kind.prefix + "0" * 32),
        )
        for call_sid, sid in attempts:
            with pytest.raises(APIError) as caught:
                ops.stop(call_sid, sid)
            assert (caught.value.status, caught.value.code) == (404, 20404)


@pytest.mark.parametrize(
    ("media", "form"),
    [(media, form) for media in MEDIA for form in media.bad_forms],
    ids=[f"{media.kind.name}-{i}" for media in MEDIA for i in range(len(media.bad_forms))],
)
def test_bad_start_parameters_are_400(fake: FakeTwilio, media: Media, form: dict[str, str]) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, _ = send(fake, "POST", f"/Calls/{call['sid']}/{media.kind.segment}.json", form)
    assert status == 400


@pytest.mark.parametrize("media", MEDIA, ids=_ids(MEDIA))
@pytest.mark.parametrize("form", [{}, {"Status": "in-progress"}])
def test_a_stop_needs_status_stopped(fake: FakeTwilio, media: Media, form: dict[str, str]) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    session = _started(fake, media.kind, call["sid"])
    path = f"/Calls/{call['sid']}/{media.kind.segment}/{session['sid']}.json"
    status, _ = send(fake, "POST", path, form)
    assert status == 400


# -- every kind: the call -----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_the_fake_answers_the_documented_fields(fake: FakeTwilio, kind: Kind) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    assert_schema(kind.schema, _started(fake, kind, call["sid"]))


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_a_session_of_an_unknown_or_another_accounts_call_is_20404(
    fake: FakeTwilio, kind: Kind
) -> None:
    foreign = calls.seed_call(fake.store, other_account(fake))
    for call_sid in ("CA" + "0" * 32, foreign["sid"]):
        rest = f"/Calls/{call_sid}/{kind.segment}.json"
        assert error_of(send(fake, "POST", rest, kind.form)) == (404, 20404)


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
@pytest.mark.parametrize("status", ["ringing", "completed"])
def test_a_session_of_a_call_not_in_progress_is_21220(
    fake: FakeTwilio, kind: Kind, status: str
) -> None:
    call = calls.seed_call(fake.store, fake.account_sid, status=status)
    with fake.client() as client, pytest.raises(APIError) as caught:
        kind.start(getattr(client, kind.namespace), call["sid"])
    assert (caught.value.status, caught.value.code) == (400, 21220)


# -- every kind: its sessions end with the call -------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
def test_hanging_up_ends_the_calls_sessions(through: Through, kind: Kind) -> None:
    fake = through.fake
    call = calls.seed_call(fake.store, fake.account_sid)
    other = calls.seed_call(fake.store, fake.account_sid)

    async def scenario(client: Any) -> Any:
        ops = getattr(client, kind.namespace)
        session = await settle(kind.start(ops, call["sid"]))
        untouched = await settle(kind.start(ops, other["sid"]))
        ended = await settle(client.calls.hangup(call["sid"]))
        return session, untouched, ended

    session, untouched, ended = run_scenario(through, scenario)
    assert ended.status == "completed"
    assert kind.status(fake.store.table(kind.table)[session.sid]) == kind.ended
    assert kind.status(fake.store.table(kind.table)[untouched.sid]) == "in-progress"


@pytest.mark.parametrize("kind", KINDS, ids=_ids(KINDS))
@pytest.mark.parametrize("ending", sorted(calls.ENDED))
def test_every_ending_of_the_call_ends_its_sessions(
    fake: FakeTwilio, kind: Kind, ending: str
) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    session = _started(fake, kind, call["sid"])
    fake.set_call_status(call["sid"], ending)
    stored = fake.store.get(kind.table, session["sid"])
    assert stored is not None
    assert kind.status(stored) == kind.ended
    assert stored["date_updated"] is not None


@pytest.mark.parametrize("media", MEDIA, ids=_ids(MEDIA))
def test_a_session_stopped_before_the_call_ends_is_left_as_it_was(
    fake: FakeTwilio, media: Media
) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    session = _started(fake, media.kind, call["sid"])
    path = f"/Calls/{call['sid']}/{media.kind.segment}/{session['sid']}.json"
    assert send(fake, "POST", path, {"Status": "stopped"})[0] == 200
    stored = fake.store.get(media.kind.table, session["sid"])
    assert stored is not None
    before = dict(stored)
    fake.set_call_status(call["sid"], "completed")
    assert stored == before


def test_a_payment_ended_with_its_call_takes_no_more_updates(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        payment = client.call_payments.create(call["sid"], "k1", CALLBACK)
        client.calls.hangup(call["sid"])
        with pytest.raises(APIError) as caught:
            client.call_payments.update(
                call["sid"], payment.sid, "k2", CALLBACK, capture="security-code"
            )
    assert (caught.value.status, caught.value.code) == (400, 21220)
    assert "cancel" in caught.value.message


def test_a_completed_payment_stays_completed_when_the_call_ends(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        payment = client.call_payments.create(call["sid"], "k1", CALLBACK)
        client.call_payments.update(call["sid"], payment.sid, "k2", CALLBACK, status="complete")
        client.calls.hangup(call["sid"])
    stored = fake.store.get(CALL_PAYMENTS, payment.sid)
    assert stored is not None
    assert stored["_status"] == "complete"
