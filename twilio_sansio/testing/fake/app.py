"""FakeTwilio: Twilio's REST API as a pure function from a request to a response."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing.fake.faults import Faults, Hang
from twilio_sansio.testing.fake.resources import (
    accounts,
    alerts,
    applications,
    build_router,
    caller_ids,
    calls,
    conferences,
    incoming_numbers,
    keys,
    messages,
    messaging,
    number_add_ons,
    queues,
    recording_add_ons,
    recordings,
    verifications,
    verify_services,
)
from twilio_sansio.testing.fake.store import Clock, FakeStore, Record, public, utc_now
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    json_response,
    not_found,
    parse_form,
    parse_query,
)

if TYPE_CHECKING:
    from twilio_sansio.aclient import AsyncClient
    from twilio_sansio.client import Client
    from twilio_sansio.testing.fake.delivery import Delivery, WebhookDelivery
    from twilio_sansio.testing.fake.server import FakeTwilioServer
    from twilio_sansio.testing.fake.transports import AsyncFakeTransport, FakeTransport

DEFAULT_ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef"
DEFAULT_AUTH_TOKEN = "fa4e0123456789abcdef0123456789ab"


def parse_state(data: bytes) -> Any:
    """Read the JSON of a saved state, refusing what ``json`` cannot read cleanly.

    Raises:
        ValueError: ``data`` is not UTF-8 JSON, or is nested too deep to read.
    """
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        raise ValueError(f"not JSON: {error}") from None


def _authentication_error(detail: str) -> FakeApiError:
    error = FakeApiError(401, 20003, "Authenticate")
    error.message = f"Authenticate: {detail}"
    return error


class FakeTwilio:
    """A stateful fake of Twilio's REST API for the resources this library covers.

    :meth:`handle` maps a :class:`~twilio_sansio.core.http.Request` to a
    :class:`~twilio_sansio.core.http.Response` (or :class:`Hang`) over in-memory state;
    it never touches the network. Three ways in:

    - :meth:`client` / :meth:`async_client` (or :meth:`transport` with ``transport=``):
      a client talking to the fake in memory;
    - :meth:`serve`: a real HTTP server on 127.0.0.1 for any HTTP client;
    - the ``fake_twilio`` pytest fixture (installed with this package).

    It checks credentials (the account's auth token, or an API key created through it),
    answers Twilio's error bodies and codes, and applies Twilio's magic test numbers.
    :attr:`faults` injects rate limits, server errors and hangs. It is safe to call from
    several threads.

    Args:
        account_sid: The main account's SID.
        auth_token: The main account's auth token.
        seed: Seed for generated SIDs and numbers (the same seed gives the same SIDs).
        clock: Returns the current time (timezone-aware) for the records' timestamps.
        deliver_messages: Deliver each message (``delivered``, with ``date_sent`` and a
            price) right after answering its creation, whose answer still says
            ``queued``, as Twilio does within seconds. The default, so that code under
            test reads back what it would a moment later in production (and can redact
            or delete it). False keeps messages ``queued`` until
            :meth:`set_message_status`, to test what happens while one is in flight.
        record: Keep every request (and the fake's own answers) in :attr:`requests` and
            :attr:`exchanges`. Turn it off for a long-running server or a benchmark,
            where the lists would grow without bound.

    Attributes:
        store: The state (tables of Twilio-shaped JSON records).
        faults: Fault rules consulted before each request is served.
        requests: Every request handled, in order.
        exchanges: Every request the fake answered itself and its response, in order;
            answers injected by :attr:`faults` are left out (they are the test's own).
    """

    def __init__(
        self,
        account_sid: str = DEFAULT_ACCOUNT_SID,
        auth_token: str = DEFAULT_AUTH_TOKEN,
        *,
        seed: int | None = None,
        clock: Clock = utc_now,
        deliver_messages: bool = True,
        record: bool = True,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.store = FakeStore(seed=seed, clock=clock, deliver_messages=deliver_messages)
        self.faults = Faults()
        self.requests: list[Request] = []
        self.exchanges: list[tuple[Request, Response]] = []
        self.record = record
        self._answered = 0
        self._router = build_router()
        self._lock = threading.RLock()
        self._webhooks: WebhookDelivery | None = None
        self._ensure_main_account()

    def _ensure_main_account(self) -> None:
        record = self.store.get(accounts.KIND, self.account_sid)
        if record is None:
            accounts.new_account(
                self.store,
                sid=self.account_sid,
                auth_token=self.auth_token,
                friendly_name="Fake Twilio account",
                owner_sid=self.account_sid,
            )
        else:
            record["auth_token"] = self.auth_token

    # -- the request/response function -----------------------------------------------

    def handle(self, request: Request) -> Response | Hang:
        """Answer ``request`` as Twilio would, updating the state.

        Returns:
            The response, or :class:`Hang` when an injected fault says never to answer.
        """
        with self._lock:
            if self.record:
                self.requests.append(request)
            parts = urlsplit(request.url)
            path = parts.path
            fault = self.faults.take(request, path)
            if fault is not None:
                return fault.answer
            try:
                response = self._serve(request, parts.scheme, parts.netloc, path, parts.query)
            except FakeApiError as error:
                response = error.response()
            # Twilio's request id on every answer, counted so that SIDs stay seeded.
            self._answered += 1
            response = Response(
                response.status,
                (*response.headers, ("twilio-request-id", f"RQ{self._answered:032x}")),
                response.body,
            )
            if self.record:
                self.exchanges.append((request, response))
        self._send_queued_webhooks()
        return response

    def _serve(self, request: Request, scheme: str, host: str, path: str, query: str) -> Response:
        principal = self._authenticate(request)
        route, params, path_known = self._router.resolve(request.method, path)
        if route is None:
            if path_known:
                raise FakeApiError(405, 20004, "Method not allowed")
            raise not_found(unquote(path))
        account_sid = params.get("AccountSid")
        if account_sid is not None and not accounts.can_act_on(self.store, principal, account_sid):
            raise not_found(unquote(path))
        incoming = Incoming(
            request=request,
            path=path,
            params=params,
            query=parse_query(query),
            form=parse_form(request),
            origin=f"{scheme}://{host}",
            store=self.store,
            principal=principal,
        )
        return route.handler(incoming)

    def _authenticate(self, request: Request) -> str:
        header = request.header("authorization") or ""
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic" or not encoded:
            raise _authentication_error("no credentials were given")
        try:
            username, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise _authentication_error("the credentials are not valid Basic auth") from None
        if username.startswith("AC"):
            account = self.store.get(accounts.KIND, username)
            if account is not None and account["auth_token"] == password:
                if account["status"] == "closed":
                    raise _authentication_error("the account is closed")
                return username
        elif username.startswith("SK"):
            key = self.store.get("keys", username)
            if key is not None and key.get("_secret") == password:
                return str(key["_account_sid"])
        raise _authentication_error("your AccountSid or AuthToken was incorrect")

    # -- webhooks: what the fake sends to your application ---------------------------------

    @property
    def webhooks(self) -> WebhookDelivery:
        """The webhooks the fake sends to your application, and how it sends them.

        ``fake.webhooks.send_to(app)`` calls a WSGI or ASGI app in-process;
        ``fake.webhooks.send_over_http()`` sends over HTTP to the URLs configured. Until
        one is set, webhooks stay queued in ``fake.webhooks.pending``.
        """
        with self._lock:
            if self._webhooks is None:
                from twilio_sansio.testing.fake.delivery import WebhookDelivery

                self._webhooks = WebhookDelivery(self)
            return self._webhooks

    def _send_queued_webhooks(self) -> None:
        """After a request: deliver what it queued (automatic delivery), or drop it.

        Without a sender the queue is kept for tests to inspect, unless the fake keeps
        nothing (``record=False``), which would let it grow without bound.
        """
        webhooks = self._webhooks
        if webhooks is not None and webhooks.sender is not None:
            if webhooks.automatic:
                webhooks.deliver()
        elif not self.record:
            with self._lock:
                self.store.outbox.clear()

    def _after_delivery(self, delivery: Delivery) -> None:
        """Move the state on after a webhook was answered (called under the lock)."""
        from twilio_sansio.testing.fake import webhooks

        webhook = delivery.webhook
        code = None
        if not delivery.ok:
            code = "11205" if delivery.response is None else "11200"
        elif webhook.kind == webhooks.INCOMING_CALL and delivery.twiml is None:
            code = "12100"
        if code is not None:
            self._alert(delivery, code)
        if webhook.kind == webhooks.INCOMING_CALL:
            call = self.store.get(calls.CALLS, webhook.resource_sid)
            if call is not None and call["status"] == "ringing":
                # Twilio runs a valid answer; on anything else it says an application
                # error occurred, and hangs up.
                calls.set_call_status(
                    self.store, call["sid"], "in-progress" if code is None else "completed"
                )

    def _alert(self, delivery: Delivery, code: str) -> None:
        from urllib.parse import urlencode

        webhook = delivery.webhook
        status = "" if delivery.status is None else str(delivery.status)
        message = {
            "11200": "HTTP retrieval failure",
            "11205": "HTTP connection failure",
            "12100": "Document parse failure",
        }[code]
        url = webhook.url.partition("?")[0] if webhook.method == "GET" else webhook.url
        alerts.seed_alert(
            self.store,
            webhook.account_sid,
            error_code=code,
            alert_text=urlencode(
                {
                    "Msg": delivery.error or message,
                    "ErrorCode": code,
                    "httpResponse": status,
                    "url": url,
                    "LogLevel": "ERROR",
                }
            ),
            request_method=webhook.method,
            request_url=url,
            request_variables=urlencode(webhook.params),
            resource_sid=webhook.resource_sid,
            response_body=delivery.body.decode("utf-8", "replace"),
            response_headers=urlencode(delivery.response.headers if delivery.response else ()),
        )

    def receive_message(
        self,
        from_: str,
        to: str,
        body: str = "",
        *,
        media: Sequence[str | tuple[str, str]] = (),
    ) -> Delivery:
        """Deliver a message sent to one of the fake's numbers, as Twilio would.

        The message is stored (``inbound``, ``received``) and its webhook is sent to the
        number's ``SmsUrl`` (or its messaging application's), signed with the owning
        account's auth token, with ``Body``, ``NumMedia``, ``MediaUrlN`` and
        ``MediaContentTypeN``, and the geographic parameters Twilio guesses.

        Args:
            from_: The sender: a phone number, or a channel address (``whatsapp:+1...``).
            to: The fake's number the message was sent to (seeded or bought, with an
                ``SmsUrl``).
            body: The text.
            media: The attachments: URLs (their content type guessed from the name), or
                ``(url, content type)`` pairs.

        Returns:
            The delivery: the answer of your application (``.verbs`` reads its TwiML).

        Raises:
            KeyError: no account of the fake owns ``to``.
            ValueError: the number has no messaging webhook, or more than 10 media.
            RuntimeError: no webhook sender is set (``fake.webhooks.send_to(...)``).
        """
        import mimetypes

        pairs = [
            item
            if isinstance(item, tuple)
            else (item, mimetypes.guess_type(item)[0] or "application/octet-stream")
            for item in media
        ]
        outbox = self.webhooks
        if outbox.sender is None:
            raise RuntimeError("no webhook sender: call fake.webhooks.send_to(app) first")
        with self._lock:
            _, webhook = messages.receive(self.store, from_, to, body, pairs)
        return self._deliver_now(webhook)

    def receive_call(self, from_: str, to: str) -> Delivery:
        """Ring one of the fake's numbers, as a caller would; return your app's answer.

        The call is stored (``inbound``, ``ringing``) and its webhook sent to the
        number's ``VoiceUrl`` (or its voice application's). A TwiML answer puts the call
        ``in-progress``; anything else (an error, no answer, not TwiML) logs an alert and
        ends it, as Twilio does. End it with :meth:`set_call_status` (``"completed"``):
        the number's ``StatusCallback`` then receives the call's end, with its duration.

        Args:
            from_: The caller.
            to: The fake's number called (seeded or bought, with a ``VoiceUrl``).

        Returns:
            The delivery: ``.verbs`` (and ``.twiml``) read the TwiML answer, ``.sid`` is
            the call's SID.

        Raises:
            KeyError: no account of the fake owns ``to``.
            ValueError: the number has no voice webhook.
            RuntimeError: no webhook sender is set (``fake.webhooks.send_to(...)``).
        """
        outbox = self.webhooks
        if outbox.sender is None:
            raise RuntimeError("no webhook sender: call fake.webhooks.send_to(app) first")
        with self._lock:
            _, webhook = calls.receive(self.store, from_, to)
        return self._deliver_now(webhook)

    def _deliver_now(self, webhook: Any) -> Delivery:
        outbox = self.webhooks
        delivery = outbox.take(webhook)
        if outbox.automatic:
            outbox.deliver()
        return delivery

    # -- ways in -----------------------------------------------------------------------

    def transport(self) -> FakeTransport:
        """Return a sync transport answering from this fake."""
        from twilio_sansio.testing.fake.transports import FakeTransport

        return FakeTransport(self)

    def async_transport(self) -> AsyncFakeTransport:
        """Return an async transport answering from this fake (trio or asyncio)."""
        from twilio_sansio.testing.fake.transports import AsyncFakeTransport

        return AsyncFakeTransport(self)

    def client(self, **options: Any) -> Client:
        """Return a :class:`~twilio_sansio.Client` signed in to the main account.

        Args:
            options: Any other ``Client`` keyword (``timeout=``, ``debug=``, ...).
        """
        from twilio_sansio.client import Client

        return Client(self.account_sid, self.auth_token, transport=self.transport(), **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """Return an :class:`~twilio_sansio.AsyncClient` signed in to the main account."""
        from twilio_sansio.aclient import AsyncClient

        return AsyncClient(
            self.account_sid, self.auth_token, transport=self.async_transport(), **options
        )

    def serve(self, *, port: int = 0, tls: bool = False) -> FakeTwilioServer:
        """Return a server for this fake on 127.0.0.1 (start it, or use it in ``with``)."""
        from twilio_sansio.testing.fake.server import FakeTwilioServer

        return FakeTwilioServer(self, port=port, tls=tls)

    # -- seeding and moving state on -----------------------------------------------------

    def set_message_status(self, sid: str, status: str, *, price: str | None = None) -> Record:
        """Move a message on (``"delivered"``, ``"failed"``, ...), as Twilio would.

        A delivery status stamps ``date_sent`` and a price. Returns the message's JSON.

        Raises:
            KeyError: no such message.
            ValueError: not a message status.
        """
        with self._lock:
            record = public(messages.set_status(self.store, sid, status, price=price))
        self._send_queued_webhooks()
        return record

    def set_call_status(self, sid: str, status: str, *, price: str | None = None) -> Record:
        """Move a call on (``"ringing"``, ``"in-progress"``, ``"completed"``, ``"busy"``...).

        Times, duration and price follow as Twilio sets them; the call's participants,
        recordings and queue places follow too. Returns the call's JSON.

        Raises:
            KeyError: no such call.
            ValueError: not a call status, or the call has already ended.
        """
        with self._lock:
            record = public(calls.set_call_status(self.store, sid, status, price=price))
        self._send_queued_webhooks()
        return record

    def complete_validation(self, phone_number: str, *, account_sid: str | None = None) -> Record:
        """Finish a pending caller-ID validation, making ``phone_number`` a verified caller ID.

        Raises:
            KeyError: no validation of that number is pending.
        """
        with self._lock:
            record = caller_ids.complete_validation(
                self.store, account_sid or self.account_sid, phone_number
            )
            return public(record)

    def _seed(
        self, make: Callable[..., Record], *args: Any, account_sid: str | None, **fields: Any
    ) -> Record:
        with self._lock:
            return public(make(self.store, account_sid or self.account_sid, *args, **fields))

    def seed_call(self, *, account_sid: str | None = None, **fields: Any) -> Record:
        """Store a call Twilio placed or received by itself (by default inbound, in progress).

        Every ``seed_*`` method takes ``account_sid`` (default: the main account) and any
        JSON field of the resource to override, and returns the stored JSON.
        """
        return self._seed(calls.seed_call, account_sid=account_sid, **fields)

    def seed_call_event(
        self, call_sid: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store an event (a request Twilio made for the call, and its response)."""
        return self._seed(calls.seed_call_event, call_sid, account_sid=account_sid, **fields)

    def seed_call_notification(
        self, call_sid: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store a notification (an error or warning Twilio logged) of a call."""
        return self._seed(calls.seed_call_notification, call_sid, account_sid=account_sid, **fields)

    def seed_conference(self, *, account_sid: str | None = None, **fields: Any) -> Record:
        """Store a conference (by default in progress)."""
        return self._seed(conferences.seed_conference, account_sid=account_sid, **fields)

    def seed_participant(
        self,
        conference_sid: str,
        call_sid: str | None = None,
        *,
        account_sid: str | None = None,
        **fields: Any,
    ) -> Record:
        """Store a participant of a conference (a call is made for it unless given)."""
        return self._seed(
            conferences.seed_participant,
            conference_sid,
            call_sid,
            account_sid=account_sid,
            **fields,
        )

    def seed_conference_recording(
        self, conference_sid: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store a recording of a conference (by default completed)."""
        return self._seed(
            conferences.seed_conference_recording, conference_sid, account_sid=account_sid, **fields
        )

    def seed_queue(
        self, friendly_name: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store a queue named ``friendly_name``."""
        return self._seed(queues.new_queue, friendly_name, account_sid=account_sid, **fields)

    def seed_queue_member(
        self,
        queue_sid: str,
        call_sid: str | None = None,
        *,
        account_sid: str | None = None,
        **fields: Any,
    ) -> Record:
        """Put a call at the back of a queue, as TwiML ``<Enqueue>`` does."""
        return self._seed(
            queues.seed_queue_member, queue_sid, call_sid, account_sid=account_sid, **fields
        )

    def seed_recording(
        self,
        *,
        call_sid: str | None = None,
        conference_sid: str | None = None,
        account_sid: str | None = None,
        **fields: Any,
    ) -> Record:
        """Store a recording (of a call, of a conference, or on its own)."""
        return self._seed(
            recordings.seed_recording,
            account_sid=account_sid,
            call_sid=call_sid,
            conference_sid=conference_sid,
            **fields,
        )

    def seed_transcription(
        self, recording_sid: str | None = None, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store a transcription of a recording (a recording is made for it unless given)."""
        return self._seed(
            recordings.seed_transcription, recording_sid, account_sid=account_sid, **fields
        )

    def seed_add_on_result(
        self, recording_sid: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store the result of an add-on's run on a recording (by default completed)."""
        return self._seed(
            recording_add_ons.seed_add_on_result, recording_sid, account_sid=account_sid, **fields
        )

    def seed_add_on_result_payload(
        self, add_on_result_sid: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store a payload of an add-on result; ``data_url=`` is where its data is."""
        return self._seed(
            recording_add_ons.seed_add_on_result_payload,
            add_on_result_sid,
            account_sid=account_sid,
            **fields,
        )

    def seed_installed_add_on(self, *, account_sid: str | None = None, **fields: Any) -> Record:
        """Install an add-on on the account, to assign to its numbers (no Marketplace here).

        ``extensions=`` gives its extensions as ``(product name, unique name)`` pairs.
        """
        return self._seed(number_add_ons.seed_installed_add_on, account_sid=account_sid, **fields)

    def seed_incoming_number(
        self, phone_number: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Make the account own ``phone_number`` without buying it."""
        return self._seed(
            incoming_numbers.seed_incoming_number, phone_number, account_sid=account_sid, **fields
        )

    def seed_caller_id(
        self, phone_number: str, *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store ``phone_number`` as a verified caller ID."""
        return self._seed(
            caller_ids.seed_caller_id, phone_number, account_sid=account_sid, **fields
        )

    def seed_key(self, *, account_sid: str | None = None, **fields: Any) -> Record:
        """Store an API key; pass ``secret=`` to choose the secret it authenticates with."""
        return self._seed(keys.seed_key, account_sid=account_sid, **fields)

    def seed_application(self, *, account_sid: str | None = None, **fields: Any) -> Record:
        """Store an application."""
        return self._seed(applications.seed_application, account_sid=account_sid, **fields)

    def seed_short_code(
        self, short_code: str = "12345", *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Give the account a short code (``SC…``), to add to a Messaging Service."""
        return self._seed(messaging.seed_short_code, short_code, account_sid=account_sid, **fields)

    def seed_alert(self, *, account_sid: str | None = None, **fields: Any) -> Record:
        """Store a Monitor alert (by default an 11200 error on the SMS URL)."""
        return self._seed(alerts.seed_alert, account_sid=account_sid, **fields)

    def seed_verify_service(
        self, friendly_name: str = "Fake Verify", *, account_sid: str | None = None, **fields: Any
    ) -> Record:
        """Store a Verify service (by default sending 6-digit codes)."""
        return self._seed(
            verify_services.new_service, friendly_name, account_sid=account_sid, **fields
        )

    def verify_code(self, service_sid: str, to: str) -> str:
        """The code Verify sent to ``to`` for its pending verification on ``service_sid``.

        What the user would read in the SMS (or hear, or find in the email): type it into
        ``check_code`` to approve the verification.

        Raises:
            KeyError: ``to`` has no pending, unexpired verification on that service.
        """
        with self._lock:
            return verifications.verify_code(self.store, service_sid, to)

    # -- persistence -----------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """Return the state (every record) as JSON-ready data."""
        with self._lock:
            return self.store.to_json()

    def load_json(self, data: dict[str, Any]) -> None:
        """Replace the state with data from :meth:`to_json`; the main account is kept.

        Raises:
            ValueError: the data is not a saved state.
        """
        with self._lock:
            self.store.load_json(data)
            self._ensure_main_account()

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the state to ``path`` atomically, readable by its owner only.

        The JSON goes to a new temporary file beside ``path`` (an unpredictable name,
        created exclusively with mode 0600, so that nothing planted there is followed or
        overwritten), which is then renamed over ``path``; on failure it is removed. A
        missing directory is created with mode 0700.

        Raises:
            OSError: the file cannot be written.
        """
        target = Path(path)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        text = json.dumps(self.to_json())
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def load(self, path: str | os.PathLike[str]) -> None:
        """Read the state saved at ``path`` by :meth:`save`.

        Raises:
            OSError: the file cannot be read.
            ValueError: the file is not a saved state (not JSON, nested too deep, or not
                the shape :meth:`save` writes).
        """
        self.load_json(parse_state(Path(path).read_bytes()))

    def reset(self) -> None:
        """Forget every record, faults and recorded requests; keep the main account."""
        with self._lock:
            self.store.tables.clear()
            self.faults.clear()
            self.requests.clear()
            self.exchanges.clear()
            self.store.outbox.clear()
            if self._webhooks is not None:
                self._webhooks.deliveries.clear()
            self._ensure_main_account()


__all__ = ["DEFAULT_ACCOUNT_SID", "DEFAULT_AUTH_TOKEN", "FakeTwilio", "json_response"]
