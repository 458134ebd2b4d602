"""Sending the fake Twilio's webhooks: over HTTP, or in-process to a WSGI or ASGI app.

The engine decides what to send (:mod:`twilio_sansio.testing.fake.webhooks`); this module
is the separate sender that does the I/O. A sender is anything with
``send(request, *, timeout) -> Response`` that raises on a failure to get an answer:

- :class:`HttpSender`: over HTTP with urllib3 (short timeouts, no retries, no redirects),
  to the URL configured, or to one origin standing in for every host (``route_to=``, a
  tunnel or proxy in front of your app);
- :class:`WsgiSender` and :class:`AsgiSender`: straight into an application object, with
  no socket, so a handler is exercised end to end in memory.

:class:`WebhookDelivery` (``fake.webhooks``) takes the queued webhooks to the sender and
records each :class:`Delivery`: the request, and what came back or what went wrong.
:class:`AppServer` serves a WSGI or ASGI app on 127.0.0.1, for delivery over a socket.
"""

from __future__ import annotations

import inspect
import io
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import unquote_to_bytes, urlsplit
from xml.etree import ElementTree

import attrs

from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing._served import ServedOnLoopback
from twilio_sansio.testing.fake.webhooks import OutgoingWebhook

if TYPE_CHECKING:
    from twilio_sansio.testing.fake.app import FakeTwilio

__all__ = [
    "AppServer",
    "AsgiSender",
    "Delivery",
    "HttpSender",
    "Verb",
    "WebhookDelivery",
    "WebhookSender",
    "WsgiSender",
    "sender_for",
]

DEFAULT_TIMEOUT = 5.0
"""Seconds a webhook may take before it counts as timed out (Twilio waits 15 s)."""

MAX_ANSWER = 64 * 1024
"""The largest answer read, in bytes (Twilio reads TwiML documents up to 64 KB)."""


class WebhookSender(Protocol):
    """What the fake sends its webhooks through."""

    def send(self, request: Request, *, timeout: float) -> Response:
        """Send ``request`` and return the answer.

        Raises:
            Exception: no answer came (connection refused, timeout, a crashing app).
        """
        ...


class Verb(NamedTuple):
    """One TwiML element of an answer: ``Verb("Say", {"voice": "alice"}, "Hello", ())``.

    Attributes:
        name: The element's tag (``Say``, ``Dial``, ``Message``...).
        attributes: Its attributes, as written.
        text: Its text, stripped (empty when it has none).
        children: The elements inside it (``<Number>`` in ``<Dial>``), in order.
    """

    name: str
    attributes: Mapping[str, str]
    text: str
    children: tuple[Verb, ...]

    @classmethod
    def of(cls, element: ElementTree.Element) -> Verb:
        """Read ``element`` and everything inside it."""
        return cls(
            element.tag,
            dict(element.attrib),
            (element.text or "").strip(),
            tuple(cls.of(child) for child in element),
        )


@attrs.frozen
class Delivery:
    """One webhook the fake sent, and what came back.

    Attributes:
        webhook: What was sent (kind, signed request, parameters).
        response: The answer, or None when none came.
        error: Why no answer came (refused, timed out, the app raised), or why the answer
            counts as a failure (too slow); None when it was answered in time.
        seconds: How long the answer took.
    """

    webhook: OutgoingWebhook
    response: Response | None
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        """Whether the application answered in time with a 2xx status."""
        return self.error is None and self.response is not None and self.response.ok

    @property
    def status(self) -> int | None:
        """The answer's HTTP status, or None when none came."""
        return None if self.response is None else self.response.status

    @property
    def body(self) -> bytes:
        """The answer's body (empty when none came)."""
        return b"" if self.response is None else self.response.body

    @property
    def sid(self) -> str:
        """The message or call the webhook was about."""
        return self.webhook.resource_sid

    @property
    def twiml(self) -> ElementTree.Element | None:
        """The answer parsed as a TwiML document (its ``<Response>``), or None if it is not one."""
        try:
            root = ElementTree.fromstring(self.body)
        except ElementTree.ParseError:
            return None
        return root if root.tag == "Response" else None

    @property
    def verbs(self) -> tuple[Verb, ...]:
        """The TwiML verbs of the answer, in order; empty when it is not TwiML."""
        root = self.twiml
        return () if root is None else tuple(Verb.of(child) for child in root)


# -- senders --------------------------------------------------------------------------------


class HttpSender:
    """Send webhooks over HTTP with urllib3: no retries, no redirects, short timeouts.

    Args:
        route_to: An origin (``http://127.0.0.1:8000``) to connect to instead of each
            URL's own host, as a tunnel or a proxy in front of your application does:
            the path, the query and the ``Host`` header stay those of the URL Twilio
            signed, so the application must validate against its public URL.
        max_answer: The largest answer read, in bytes.
    """

    def __init__(self, *, route_to: str | None = None, max_answer: int = MAX_ANSWER) -> None:
        import urllib3

        if route_to is not None:
            parts = urlsplit(route_to)
            if parts.scheme not in {"http", "https"} or not parts.netloc:
                raise ValueError(f"route_to must be an http(s) origin, not {route_to!r}")
        self.route_to = route_to
        self.max_answer = max_answer
        self._pool = urllib3.PoolManager(retries=False)

    def send(self, request: Request, *, timeout: float) -> Response:
        """POST or GET ``request``; return the answer, its body read up to ``max_answer``."""
        import urllib3

        url = request.url
        headers = dict(request.headers)
        if self.route_to is not None:
            parts = urlsplit(url)
            headers.setdefault("host", parts.netloc)
            target = urlsplit(self.route_to)
            url = parts._replace(scheme=target.scheme, netloc=target.netloc).geturl()
        answer = self._pool.request(
            request.method,
            url,
            body=request.body or None,
            headers=headers,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
            redirect=False,
            preload_content=False,
        )
        try:
            body = answer.read(self.max_answer)
        finally:
            answer.release_conn()
        return Response(answer.status, tuple(answer.headers.items()), body)

    def close(self) -> None:
        """Close the pooled connections."""
        self._pool.clear()


def _target(request: Request) -> tuple[str, str, str, str, str]:
    """Return scheme, host header, server name, port and path+query bytes-as-latin-1."""
    parts = urlsplit(request.url)
    scheme = parts.scheme or "http"
    port = str(parts.port or (443 if scheme == "https" else 80))
    host = request.header("host") or parts.netloc
    path = unquote_to_bytes(parts.path or "/").decode("latin-1")
    return scheme, host, parts.hostname or "localhost", port, path


class WsgiSender:
    """Call a WSGI application in-process with each webhook, as a WSGI server would.

    The environ is the one a server at the URL's host builds (``wsgi.url_scheme``,
    ``HTTP_HOST``, ``PATH_INFO``, ``QUERY_STRING``, every header). The application runs
    in the calling thread: one slower than the timeout is recorded as timed out, as
    Twilio would have given up, but it is not interrupted.

    Args:
        app: The WSGI application.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def send(self, request: Request, *, timeout: float) -> Response:
        """Call the application with ``request``; return its answer."""
        del timeout
        scheme, host, server, port, path = _target(request)
        environ: dict[str, Any] = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": path,
            "QUERY_STRING": urlsplit(request.url).query,
            "SERVER_NAME": server,
            "SERVER_PORT": port,
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": host,
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": scheme,
            "wsgi.input": io.BytesIO(request.body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for name, value in request.headers:
            if name == "content-type":
                environ["CONTENT_TYPE"] = value
            elif name == "content-length":
                continue
            elif name != "host":
                environ["HTTP_" + name.upper().replace("-", "_")] = value
        if request.body:
            environ["CONTENT_LENGTH"] = str(len(request.body))
        started: list[tuple[str, list[tuple[str, str]]]] = []

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Callable[[bytes], None]:
            if exc_info is not None and started:
                raise exc_info[1].with_traceback(exc_info[2])
            started[:] = [(status, headers)]
            return chunks.append

        chunks: list[bytes] = []
        result = self.app(environ, start_response)
        try:
            chunks.extend(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        if not started:
            raise RuntimeError("the WSGI application never called start_response")
        status, headers = started[0]
        return Response(int(status.split()[0]), tuple(headers), b"".join(chunks))


class AsgiSender:
    """Call an ASGI application in-process with each webhook, on an event loop of its own.

    Each call runs the application in a new thread on a new event loop (asyncio, or trio
    with ``backend="trio"``), so it works from synchronous tests and from inside another
    event loop alike; the timeout cancels an application that takes longer.

    Args:
        app: The ASGI application (``async def app(scope, receive, send)``).
        backend: ``"asyncio"`` or ``"trio"``.
    """

    def __init__(self, app: Callable[..., Any], *, backend: str = "asyncio") -> None:
        if backend not in {"asyncio", "trio"}:
            raise ValueError(f"backend must be asyncio or trio, not {backend!r}")
        self.app = app
        self.backend = backend

    def send(self, request: Request, *, timeout: float) -> Response:
        """Call the application with ``request``; return its answer."""
        outcome: list[Response | BaseException] = []

        def run() -> None:
            try:
                if self.backend == "trio":
                    import trio

                    outcome.append(trio.run(self._bounded_trio, request, timeout))
                else:
                    import asyncio

                    outcome.append(asyncio.run(asyncio.wait_for(self._call(request), timeout)))
            except BaseException as error:  # handed to the caller's thread
                outcome.append(error)

        thread = threading.Thread(target=run, name="fake-twilio-asgi", daemon=True)
        thread.start()
        # The loop cancels the app at the timeout; an app blocking its loop cannot be
        # cancelled, so it is left running (a daemon thread) and counted as timed out.
        thread.join(timeout + 1.0)
        if not outcome:
            raise TimeoutError(f"the ASGI application did not return within {timeout} s")
        (result,) = outcome
        if isinstance(result, BaseException):
            raise result
        return result

    async def _bounded_trio(self, request: Request, timeout: float) -> Response:
        import trio

        with trio.fail_after(timeout):
            return await self._call(request)

    async def _call(self, request: Request) -> Response:
        scheme, host, server, port, path = _target(request)
        parts = urlsplit(request.url)
        headers = [(b"host", host.encode("latin-1"))]
        headers += [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in request.headers
            if name != "host"
        ]
        if request.body:
            headers.append((b"content-length", str(len(request.body)).encode()))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": scheme,
            "path": path.encode("latin-1").decode("utf-8", "replace"),
            "raw_path": (parts.path or "/").encode("ascii"),
            "query_string": parts.query.encode("ascii"),
            "root_path": "",
            "headers": headers,
            "server": (server, int(port)),
            "client": ("127.0.0.1", 0),
        }
        sent_body = False
        messages: list[Mapping[str, Any]] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": request.body, "more_body": False}
            return {"type": "http.disconnect"}

        async def send(message: Mapping[str, Any]) -> None:
            messages.append(message)

        await self.app(scope, receive, send)
        starts = [message for message in messages if message["type"] == "http.response.start"]
        if not starts:
            raise RuntimeError("the ASGI application never sent http.response.start")
        body = b"".join(
            bytes(message.get("body", b""))
            for message in messages
            if message["type"] == "http.response.body"
        )
        answer_headers = tuple(
            (bytes(name).decode("latin-1"), bytes(value).decode("latin-1"))
            for name, value in starts[0].get("headers", ())
        )
        return Response(int(starts[0]["status"]), answer_headers, body)


def is_asgi(app: Callable[..., Any]) -> bool:
    """Whether ``app`` looks like an ASGI application (a coroutine function)."""
    call = getattr(app, "__call__", None)  # noqa: B004 - an instance with an async __call__
    return inspect.iscoroutinefunction(app) or inspect.iscoroutinefunction(call)


def sender_for(target: WebhookSender | Callable[..., Any]) -> WebhookSender:
    """Return ``target`` if it is a sender, else a sender calling it as a WSGI or ASGI app."""
    if hasattr(target, "send") and not callable(target):
        return target
    if is_asgi(target):
        return AsgiSender(target)
    return WsgiSender(target)


# -- serving an app over HTTP ----------------------------------------------------------------


class AppServer(ServedOnLoopback):
    """Serve a WSGI or ASGI application on 127.0.0.1, for webhooks sent over a socket.

    Point the fake's numbers, messages and calls at :meth:`url` (or keep public URLs and
    send with ``HttpSender(route_to=server.base_url)``)::

        with AppServer(app) as server:
            fake.webhooks.send_over_http()
            fake.seed_incoming_number("+15005550006", sms_url=server.url("/sms"))

    Args:
        app: The WSGI application, or the ASGI one (recognised as a coroutine function,
            or said with ``asgi=True``).
        asgi: Whether ``app`` is an ASGI application; None guesses.
        timeout: Seconds the application may take for one request.
    """

    def __init__(
        self, app: Callable[..., Any], *, asgi: bool | None = None, timeout: float = 10.0
    ) -> None:
        from twilio_sansio.testing.loopback import LoopbackServer

        use_asgi = is_asgi(app) if asgi is None else asgi
        self.sender: WebhookSender = AsgiSender(app) if use_asgi else WsgiSender(app)
        self.timeout = timeout
        self.errors: list[BaseException] = []
        self.loopback = LoopbackServer(self._answer)

    def _answer(self, request: Request) -> Response:
        try:
            return self.sender.send(request, timeout=self.timeout)
        except Exception as error:  # the app crashed: answer as a server would
            self.errors.append(error)
            return Response(500, (("content-type", "text/plain"),), b"Internal Server Error")

    def url(self, path: str = "/") -> str:
        """Return the absolute URL of ``path`` on this server."""
        return self.loopback.url(path)


# -- the fake's side ----------------------------------------------------------------------------


class WebhookDelivery:
    """The fake's outgoing webhooks: what is queued, how it is sent, what came back.

    Available as ``fake.webhooks``. Until a sender is set, webhooks stay queued in
    :attr:`pending` (the signed requests, for a test to inspect). With a sender, each
    request the fake answers is followed by the delivery of what it queued, in the
    caller's thread, before the fake's answer reaches the client: when
    ``client.messages.send_message(...)`` returns, its status callbacks have been
    answered. ``automatic=False`` leaves them queued until :meth:`deliver`.

    A webhook that fails (refused, timed out, a non-2xx answer, a crashing app) is
    recorded, and logged as a Monitor alert (``client.alerts``), as Twilio's debugger
    does: 11200 for an answer that is not a success, 11205 when none came, 12100 for a
    call's answer that is not TwiML. The fake itself carries on.

    Attributes:
        sender: Where webhooks go, or None to keep them queued.
        automatic: Deliver after each request the fake answers.
        timeout: Seconds an application may take to answer.
        deliveries: Every delivery, in order (none kept by a fake built with
            ``record=False``).
    """

    def __init__(self, fake: FakeTwilio) -> None:
        self._fake = fake
        self.sender: WebhookSender | None = None
        self.automatic = True
        self.timeout = DEFAULT_TIMEOUT
        self.deliveries: list[Delivery] = []

    def send_to(
        self,
        target: WebhookSender | Callable[..., Any],
        *,
        automatic: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        """Send webhooks through ``target``: a sender, or a WSGI/ASGI app called in-process.

        Args:
            target: A sender (:class:`HttpSender`, ...) or an application object.
            automatic: Deliver after each request the fake answers (else on
                :meth:`deliver`).
            timeout: Seconds an application may take to answer.
        """
        self.sender = sender_for(target)
        self.automatic = automatic
        self.timeout = timeout

    def send_over_http(
        self, *, route_to: str | None = None, automatic: bool = True, timeout: float = 2.0
    ) -> HttpSender:
        """Send webhooks over HTTP (to each URL, or to ``route_to``); returns the sender."""
        sender = HttpSender(route_to=route_to)
        self.send_to(sender, automatic=automatic, timeout=timeout)
        return sender

    @property
    def pending(self) -> list[OutgoingWebhook]:
        """The webhooks queued and not yet delivered, oldest first (a copy)."""
        with self._fake._lock:
            return list(self._fake.store.outbox)

    def deliver(self) -> list[Delivery]:
        """Send every queued webhook now, in order; return their deliveries.

        Raises:
            RuntimeError: no sender is set.
        """
        if self.sender is None:
            raise RuntimeError("no webhook sender: call fake.webhooks.send_to(app) first")
        done: list[Delivery] = []
        while True:
            with self._fake._lock:
                if not self._fake.store.outbox:
                    return done
                webhook = self._fake.store.outbox.pop(0)
            done.append(self.deliver_one(webhook))

    def deliver_one(self, webhook: OutgoingWebhook) -> Delivery:
        """Send ``webhook`` (taken off the queue by the caller) and record the delivery."""
        if self.sender is None:
            raise RuntimeError("no webhook sender: call fake.webhooks.send_to(app) first")
        started = time.monotonic()
        response: Response | None = None
        error: str | None = None
        try:
            response = self.sender.send(webhook.request, timeout=self.timeout)
        except Exception as failure:  # whatever the app or the network did
            error = f"{type(failure).__name__}: {failure}"
        seconds = time.monotonic() - started
        if error is None and seconds > self.timeout:
            error = f"answered after {seconds:.2f} s, more than the {self.timeout} s allowed"
        delivery = Delivery(webhook, response, error, seconds)
        with self._fake._lock:
            if self._fake.record:
                self.deliveries.append(delivery)
            self._fake._after_delivery(delivery)
        return delivery

    def take(self, webhook: OutgoingWebhook) -> Delivery:
        """Take ``webhook`` off the queue (with what was queued before it) and deliver them.

        Returns:
            The delivery of ``webhook``.
        """
        if self.sender is None:
            raise RuntimeError("no webhook sender: call fake.webhooks.send_to(app) first")
        while True:
            with self._fake._lock:
                if webhook not in self._fake.store.outbox:
                    raise LookupError("the webhook is no longer queued: delivered already")
                first = self._fake.store.outbox.pop(0)
            delivery = self.deliver_one(first)
            if first is webhook:
                return delivery
