"""Fault injection over real sockets: every fault, every client kind, GET and POST.

Each fault is a row of :data:`FAULTS`: what the loopback server answers, and what the
caller must see for a fetch (GET, retried per the policy) and for a send (POST, sent
again only on 429 or when nothing was sent). Every run checks that the call ends within
its deadline + 0.2 s, raises the library's specific error with its status and a short
excerpt, that the server saw the exact number of requests the policy implies, that the
retries logged match, and that no file descriptor or thread outlives the client and the
server. Faults that need their own setup (a closed port, a media redirect loop, a 50 MB
body, a configured size limit) have focused tests below the table.
"""

from __future__ import annotations

import functools
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.reliability._support import (
    API,
    DEADLINE_SLACK,
    KINDS,
    MESSAGE_SID,
    METHODS,
    NO_RETRY,
    QUICK,
    SUCCESS,
    Outcome,
    Resources,
    Script,
    Success,
    async_transport_for,
    call_for,
    leaks_since,
    message_json,
    record,
    run_call,
)
from twilio_sansio import (
    APIError,
    ConnectError,
    DeadlineExceeded,
    ResponseTooLarge,
    RetryPolicy,
    TransportError,
    TwilioError,
    UnexpectedResponseError,
)
from twilio_sansio.core.errors import EXCERPT_LIMIT
from twilio_sansio.core.http import Request
from twilio_sansio.core.resources.media import MAX_REDIRECTS
from twilio_sansio.testing import LoopbackServer, Reply, route
from twilio_sansio.testing.loopback import Handler
from twilio_sansio.transports.protocol import DEFAULT_MAX_RESPONSE_BYTES
from twilio_sansio.transports.urllib3_sync import Urllib3Transport

JSON = (("Content-Type", "application/json"),)
HTML = (("Content-Type", "text/html"),)
MESSAGE_BODY = Reply.json(message_json()).body
NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
HUGE_HTML_500 = b"<html><body><h1>500 Internal Server Error</h1><pre>" + b"x" * (1 << 20)
TOO_MANY_REQUESTS = {
    "code": 20429,
    "message": "Too Many Requests",
    "more_info": "https://www.twilio.com/docs/errors/20429",
    "status": 429,
}
UNAVAILABLE = {
    "code": 20503,
    "message": "Service Unavailable",
    "more_info": "https://www.twilio.com/docs/errors/20503",
    "status": 503,
}
MAX_MESSAGE_LENGTH = 1000
"""``str(error)`` stays short whatever the server sent."""


@dataclass(frozen=True)
class Expect:
    """What a caller must see for one method.

    Attributes:
        requests: How many times the server sees the request (attempts made).
        error: The exact library error type, or None when the call succeeds.
        status: The error's HTTP status, where it has one.
        excerpt: The start of the error's excerpt (``UnexpectedResponseError``).
        code: Twilio's error code (``APIError``).
    """

    requests: int
    error: type[TwilioError] | None = None
    status: int | None = None
    excerpt: str | None = None
    code: int | None = None


@dataclass(frozen=True)
class FaultCase:
    """One fault: the server's replies and what GET and POST callers must see.

    Attributes:
        name: Shown in the test id and the figures.
        replies: The n-th request of each method gets ``replies[n]``; the last repeats.
        get: Expected for ``client.messages.get(sid)``.
        post: Expected for ``client.messages.send_message(...)``; None: as for GET.
        timeout: The client's deadline, seconds.
        retry: The client's retry policy.
        min_elapsed: The call may not end sooner (a honoured ``Retry-After``).
        max_elapsed: The call must end this soon (giving up at once), if set.
    """

    name: str
    replies: tuple[Reply | Success, ...]
    get: Expect
    post: Expect | None = None
    timeout: float = 0.5
    retry: RetryPolicy = QUICK
    min_elapsed: float = 0.0
    max_elapsed: float | None = None

    @property
    def slug(self) -> str:
        """The name as a test id: lower case, words joined by dashes."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    def expect(self, method: str) -> Expect:
        """The expectation for ``method``."""
        return self.post if method == "POST" and self.post is not None else self.get


FAULTS = [
    FaultCase(
        "accepted, never answered",
        (Reply(never_answer=True),),
        get=Expect(1, DeadlineExceeded),
    ),
    FaultCase(
        "headers then stall",
        (Reply(200, JSON, MESSAGE_BODY, stall_after_headers=30),),
        get=Expect(1, DeadlineExceeded),
    ),
    FaultCase(
        "body dripped 1 byte/s",
        (Reply(200, JSON, MESSAGE_BODY, drip=1.0),),
        get=Expect(1, DeadlineExceeded),
    ),
    FaultCase(
        # Each gap is shorter than the deadline: only a wall-clock deadline, not a
        # timeout per read, ends this call (the whole body would take 49 s).
        "body dripped 10 bytes/s",
        (Reply(200, JSON, MESSAGE_BODY, drip=0.1),),
        get=Expect(1, DeadlineExceeded),
    ),
    FaultCase(
        "closed mid-body",
        (Reply(200, JSON, MESSAGE_BODY, close_after=20),),
        get=Expect(3, TransportError),
        post=Expect(1, TransportError),
    ),
    FaultCase(
        "closed without a reply",
        (Reply(close_without_reply=True),),
        get=Expect(3, TransportError),
        post=Expect(1, TransportError),
    ),
    FaultCase(
        "truncated JSON",
        (Reply(200, JSON, MESSAGE_BODY[:40]),),
        get=Expect(1, UnexpectedResponseError, 200, MESSAGE_BODY[:40].decode()),
    ),
    FaultCase(
        "invalid JSON",
        (Reply(200, JSON, b"{'sid': 'SM1', oops}"),),
        get=Expect(1, UnexpectedResponseError, 200, "{'sid': 'SM1', oops}"),
    ),
    FaultCase(
        "invalid UTF-8",
        (Reply(200, JSON, b'{"sid": "SM\xff\xfe\xc3"}'),),
        get=Expect(1, UnexpectedResponseError, 200, '{"sid": "SM\ufffd\ufffd\ufffd"}'),
    ),
    FaultCase(
        "HTML 502 page",
        (Reply(502, HTML, NGINX_502),),
        get=Expect(3, UnexpectedResponseError, 502, "<html>\r\n<head><title>502 Bad Gateway"),
        post=Expect(1, UnexpectedResponseError, 502, "<html>\r\n<head><title>502 Bad Gateway"),
    ),
    FaultCase(
        "HTML 502 page, retries off",
        (Reply(502, HTML, NGINX_502),),
        retry=NO_RETRY,
        get=Expect(1, UnexpectedResponseError, 502, "<html>\r\n<head><title>502 Bad"),
    ),
    FaultCase(
        "1 MiB HTML 500 page",
        (Reply(500, HTML, HUGE_HTML_500),),
        get=Expect(3, UnexpectedResponseError, 500, "<html><body><h1>500 Internal"),
        post=Expect(1, UnexpectedResponseError, 500, "<html><body><h1>500 Internal"),
    ),
    FaultCase(
        "429 Retry-After 1, then 200",
        (Reply.json(TOO_MANY_REQUESTS, 429, (("Retry-After", "1"),)), SUCCESS),
        timeout=1.5,
        min_elapsed=1.0,
        get=Expect(2),
    ),
    FaultCase(
        "429 Retry-After 0, always",
        (Reply.json(TOO_MANY_REQUESTS, 429, (("Retry-After", "0"),)),),
        get=Expect(3, APIError, 429, code=20429),
    ),
    FaultCase(
        "429 Retry-After past the deadline",
        (Reply.json(TOO_MANY_REQUESTS, 429, (("Retry-After", "30"),)),),
        max_elapsed=0.2,
        get=Expect(1, APIError, 429, code=20429),
    ),
    FaultCase(
        "503, then 200",
        (Reply.json(UNAVAILABLE, 503), SUCCESS),
        get=Expect(2),
        post=Expect(1, APIError, 503, code=20503),
    ),
]


def check_error(error: TwilioError | None, expect: Expect) -> None:
    """Assert the call failed as expected: exact type, status, code, a short excerpt."""
    assert type(error) is expect.error, f"expected {expect.error}, got {error!r}"
    assert error is not None
    assert len(str(error)) < MAX_MESSAGE_LENGTH
    if expect.status is not None:
        assert getattr(error, "status", None) == expect.status
    if isinstance(error, UnexpectedResponseError):
        assert expect.excerpt is not None
        assert error.excerpt.startswith(expect.excerpt), error.excerpt
        assert len(error.excerpt) <= EXCERPT_LIMIT
    if isinstance(error, APIError):
        assert error.code == expect.code
    if isinstance(error, TransportError):
        # Every fault in the table is met after the server has read the request.
        assert error.request_sent is True
    if isinstance(error, DeadlineExceeded):
        assert isinstance(error, TimeoutError)


def check_timing(outcome: Outcome, timeout: float, min_elapsed: float = 0.0) -> None:
    """Assert the call ended within its deadline + 0.2 s, and not before ``min_elapsed``."""
    assert outcome.elapsed <= timeout + DEADLINE_SLACK, f"took {outcome.elapsed:.3f} s"
    assert outcome.elapsed >= min_elapsed, f"took only {outcome.elapsed:.3f} s"


def requests_seen(server: LoopbackServer, method: str) -> int:
    """How many requests of ``method`` the server read."""
    return sum(request.method == method for request in server.requests)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", FAULTS, ids=[case.slug for case in FAULTS])
def test_fault(case: FaultCase, kind: str, method: str) -> None:
    expect = case.expect(method)
    before = Resources.now()
    with LoopbackServer(Script(case.replies)) as server:
        outcome = run_call(
            kind, call_for(method), server.base_url, timeout=case.timeout, retry=case.retry
        )
    leaks = leaks_since(before)
    seen = requests_seen(server, method)
    record(case.name, kind, method, seen, outcome, leaks)

    assert server.errors == []
    check_timing(outcome, case.timeout, case.min_elapsed)
    if case.max_elapsed is not None:
        assert outcome.elapsed <= case.max_elapsed
    if expect.error is None:
        assert outcome.error is None, repr(outcome.error)
        assert outcome.result.sid == MESSAGE_SID
    else:
        check_error(outcome.error, expect)
    assert seen == expect.requests
    assert len(server.requests) == seen  # nothing else was sent
    assert outcome.retries == expect.requests - 1
    assert not leaks, leaks


# -- connection refused -------------------------------------------------------------------


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections: bound (so no one else takes it), not
    listening."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("kind", KINDS)
def test_connection_refused(closed_port: int, kind: str, method: str) -> None:
    before = Resources.now()
    outcome = run_call(
        kind, call_for(method), f"http://127.0.0.1:{closed_port}", timeout=0.5, retry=QUICK
    )
    leaks = leaks_since(before)
    record("connection refused", kind, method, 0, outcome, leaks)

    check_timing(outcome, 0.5)
    assert type(outcome.error) is ConnectError, repr(outcome.error)
    assert outcome.error.request_sent is False
    # Nothing was sent, so even the POST was tried again: three attempts in all.
    assert outcome.retries == QUICK.max_attempts - 1
    assert not leaks, leaks


# -- a redirect loop while fetching media content -----------------------------------------

MEDIA_SID = "ME" + "5" * 32
MEDIA_PATH = f"{API}/Messages/{MESSAGE_SID}/Media"
CONTENT_PATH = f"{MEDIA_PATH}/{MEDIA_SID}"
OTHER_PATH = f"{MEDIA_PATH}/elsewhere"


def media_listing(*sids: str) -> Handler:
    """A handler listing a message's media: one record per SID, in order."""
    records = [
        {
            "sid": sid,
            "parent_sid": MESSAGE_SID,
            "content_type": "image/jpeg",
            "uri": f"{MEDIA_PATH}/{sid}.json",
        }
        for sid in sids
    ]
    reply = Reply.json({"media_list": records, "page": 0, "next_page_uri": None})
    return lambda request: reply


def redirect_to(location: str, delay: float = 0.0) -> Reply:
    """A 302 to ``location``, sent after ``delay`` seconds."""
    return Reply(302, (("Location", location),), delay=delay)


def redirect_to_itself(request: Request) -> Reply:
    """A 302 whose absolute Location is the URL just requested."""
    return redirect_to(request.url)


LOOPS: dict[str, dict[tuple[str, str], Handler | Reply]] = {
    "to itself": {("GET", CONTENT_PATH): redirect_to_itself},
    # Relative Locations, bouncing between two paths on the API host.
    "ping-pong": {
        ("GET", CONTENT_PATH): redirect_to(OTHER_PATH),
        ("GET", OTHER_PATH): redirect_to(CONTENT_PATH),
    },
}


@pytest.mark.parametrize("loop", list(LOOPS))
@pytest.mark.parametrize("kind", KINDS)
def test_media_redirect_loop_ends_in_an_error(kind: str, loop: str) -> None:
    before = Resources.now()
    with LoopbackServer(
        route({("GET", f"{MEDIA_PATH}.json"): media_listing(MEDIA_SID), **LOOPS[loop]})
    ) as server:
        outcome = run_call(
            kind,
            lambda client: client.messages.get_media_urls(MESSAGE_SID),
            server.base_url,
            timeout=1.0,
        )
    leaks = leaks_since(before)
    seen = requests_seen(server, "GET")
    record(f"media redirect loop ({loop})", kind, "GET", seen, outcome, leaks)

    assert server.errors == []
    check_timing(outcome, 1.0)
    error = outcome.error
    assert type(error) is UnexpectedResponseError, repr(error)
    assert error.status == 302
    assert f"more than {MAX_REDIRECTS} redirects" in error.reason
    assert len(error.excerpt) <= EXCERPT_LIMIT
    # The listing, then the content URL and five redirects followed: a sixth is refused.
    assert seen == 1 + MAX_REDIRECTS + 1
    assert outcome.retries == 0
    assert not leaks, leaks


# -- bodies past the size limit -----------------------------------------------------------

FIFTY_MB = 50 * 1000 * 1000


@functools.cache
def fifty_megabyte_body() -> bytes:
    """A JSON-looking body of 50 MB, made once."""
    return b'{"sid": "' + b"x" * (FIFTY_MB - 11) + b'"}'


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_50_mb_body_is_too_large(kind: str, method: str) -> None:
    assert FIFTY_MB > DEFAULT_MAX_RESPONSE_BYTES
    reply = Reply(200, JSON, fifty_megabyte_body())
    before = Resources.now()
    with LoopbackServer(lambda request: reply) as server:
        outcome = run_call(kind, call_for(method), server.base_url, timeout=2.0)
    leaks = leaks_since(before)
    seen = requests_seen(server, method)
    record("50 MB body", kind, method, seen, outcome, leaks)

    assert server.errors == []
    check_timing(outcome, 2.0)
    assert type(outcome.error) is ResponseTooLarge, repr(outcome.error)
    assert outcome.error.status == 200
    assert str(DEFAULT_MAX_RESPONSE_BYTES) in str(outcome.error)
    assert len(str(outcome.error)) < MAX_MESSAGE_LENGTH
    # Never retried, not even a GET: the next answer would be as large.
    assert seen == 1
    assert outcome.retries == 0
    assert not leaks, leaks


@pytest.mark.parametrize("over_by", [0, 1], ids=["at the limit", "one byte over"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_configured_size_limit(kind: str, over_by: int) -> None:
    limit = len(MESSAGE_BODY) - over_by
    before = Resources.now()
    with LoopbackServer(lambda request: Reply(200, JSON, MESSAGE_BODY)) as server:
        outcome = run_call(
            kind,
            call_for("GET"),
            server.base_url,
            timeout=0.5,
            sync_transport=lambda: Urllib3Transport(max_response_bytes=limit),
            async_transport=lambda: async_transport_for(kind, max_response_bytes=limit),
        )
    leaks = leaks_since(before)
    seen = requests_seen(server, "GET")
    record(f"{limit} B limit, {len(MESSAGE_BODY)} B body", kind, "GET", seen, outcome, leaks)

    assert server.errors == []
    check_timing(outcome, 0.5)
    if over_by:
        assert type(outcome.error) is ResponseTooLarge, repr(outcome.error)
        assert re.search(rf"\b{limit} bytes\b", str(outcome.error))
    else:
        assert outcome.error is None, repr(outcome.error)
        assert outcome.result.sid == MESSAGE_SID
    assert seen == 1
    assert not leaks, leaks


@pytest.mark.parametrize("kind", KINDS)
def test_a_media_redirect_loop_among_several_media_stops_the_fan_out(kind: str) -> None:
    """Two media resolve at once (off-host redirects); the third loops, slowly enough
    that the others are done first. The error surfaces, and the worker threads or tasks
    that ran the fan-out are gone afterwards."""
    good = ["ME" + "6" * 32, "ME" + "8" * 32]
    table: dict[tuple[str, str], Handler | Reply] = {
        ("GET", f"{MEDIA_PATH}.json"): media_listing(good[0], MEDIA_SID, good[1]),
        ("GET", CONTENT_PATH): redirect_to(CONTENT_PATH, delay=0.05),
    }
    for sid in good:
        table[("GET", f"{MEDIA_PATH}/{sid}")] = redirect_to(f"https://media.example.com/{sid}")
    before = Resources.now()
    with LoopbackServer(route(table)) as server:
        outcome = run_call(
            kind,
            lambda client: client.messages.get_media_urls(MESSAGE_SID),
            server.base_url,
            timeout=1.0,
        )
    leaks = leaks_since(before)
    seen = requests_seen(server, "GET")
    record("media redirect loop, 1 of 3 media", kind, "GET", seen, outcome, leaks)

    assert server.errors == []
    check_timing(outcome, 1.0)
    error = outcome.error
    assert type(error) is UnexpectedResponseError, repr(error)
    assert f"more than {MAX_REDIRECTS} redirects" in error.reason
    # The listing, one request for each good media, six for the looping one.
    assert seen == 1 + len(good) + MAX_REDIRECTS + 1
    assert not leaks, leaks
