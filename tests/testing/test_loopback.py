"""The loopback server, exercised with http.client and urllib3 over real sockets."""

from __future__ import annotations

import http.client
import json
import pathlib
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import urllib3

from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing import LoopbackServer, Reply, route

ServerFactory = Callable[..., LoopbackServer]


@pytest.fixture
def serve() -> Iterator[ServerFactory]:
    """Start servers on demand; stop them all at the end and check no handler failed."""
    servers: list[LoopbackServer] = []

    def start(handler: Callable[[Request], Reply | Response], **kwargs: bool) -> LoopbackServer:
        server = LoopbackServer(handler, **kwargs).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
    for server in servers:
        assert server.errors == []


def fixed(reply: Reply) -> Callable[[Request], Reply]:
    return lambda request: reply


def connect(server: LoopbackServer, timeout: float = 5.0) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)


def get(server: LoopbackServer, path: str = "/", timeout: float = 5.0) -> tuple[int, bytes]:
    conn = connect(server, timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


# -- plain replies and keep-alive ---------------------------------------------------------


def test_plain_reply_and_recorded_request(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(201, (("X-Thing", "yes"),), b"hello")))
    assert server.base_url == f"http://127.0.0.1:{server.port}"
    conn = connect(server)
    try:
        conn.request("POST", "/a/b?x=1&y=2", body=b"k=v", headers={"X-Custom": "Value"})
        response = conn.getresponse()
        assert response.status == 201
        assert response.reason == "Created"
        assert response.getheader("x-thing") == "yes"
        assert response.getheader("content-length") == "5"
        assert response.read() == b"hello"
    finally:
        conn.close()
    [request] = server.requests
    assert request.method == "POST"
    assert request.url == server.base_url + "/a/b?x=1&y=2"
    assert request.header("x-custom") == "Value"
    assert request.body == b"k=v"


def test_record_false_keeps_no_request_but_still_answers(serve: ServerFactory) -> None:
    seen: list[str] = []

    def handler(request: Request) -> Reply:
        seen.append(request.url)
        return Reply(200, body=b"ok")

    server = serve(handler, record=False)
    assert [get(server, f"/n/{number}") for number in range(3)] == [(200, b"ok")] * 3
    assert len(seen) == 3
    assert server.requests == []


def test_response_from_handler_is_sent(serve: ServerFactory) -> None:
    server = serve(lambda request: Response(202, (("Content-Type", "text/plain"),), b"ok"))
    with urllib3.PoolManager(retries=False) as pool:
        response = pool.request("GET", server.url("/x"))
    assert response.status == 202
    assert response.headers["content-type"] == "text/plain"
    assert response.data == b"ok"


def test_keep_alive_reuses_one_connection(serve: ServerFactory) -> None:
    server = serve(lambda request: Reply(200, body=request.body[::-1]))
    conn = connect(server)
    try:
        for body in (b"abc", b"", b"x" * 100_000):
            conn.request("POST", "/echo", body=body)
            response = conn.getresponse()
            assert response.read() == body[::-1]
    finally:
        conn.close()
    assert server.connections_opened == 1
    assert [len(r.body) for r in server.requests] == [3, 0, 100_000]


def test_keep_alive_with_urllib3_pool(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"ok")))
    with urllib3.PoolManager(retries=False) as pool:
        for _ in range(3):
            assert pool.request("GET", server.url("/")).data == b"ok"
    assert server.connections_opened == 1


def test_connection_close_is_honoured(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"ok")))
    conn = connect(server)
    try:
        conn.request("GET", "/", headers={"Connection": "close"})
        response = conn.getresponse()
        assert response.getheader("connection") == "close"
        assert response.read() == b"ok"
        conn.request("GET", "/")  # http.client reconnects after a close
        assert conn.getresponse().read() == b"ok"
    finally:
        conn.close()
    assert server.connections_opened == 2


def test_reply_connection_close_closes(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(headers=(("Connection", "close"),), body=b"ok")))
    with urllib3.PoolManager(retries=False) as pool:
        for _ in range(2):
            assert pool.request("GET", server.url("/")).data == b"ok"
    assert server.connections_opened == 2


def test_head_announces_length_without_body(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"12345")))
    conn = connect(server)
    try:
        conn.request("HEAD", "/")
        response = conn.getresponse()
        assert response.getheader("content-length") == "5"
        assert response.read() == b""
        conn.request("GET", "/")  # the connection is still in step
        assert conn.getresponse().read() == b"12345"
    finally:
        conn.close()
    assert server.connections_opened == 1


def test_no_content_length_for_204(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(204)))
    conn = connect(server)
    try:
        conn.request("DELETE", "/x")
        response = conn.getresponse()
        assert response.status == 204
        assert response.getheader("content-length") is None
        assert response.read() == b""
    finally:
        conn.close()


def test_given_content_length_is_kept(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(headers=(("content-length", "3"),), body=b"abc")))
    conn = connect(server)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        assert response.getheaders().count(("content-length", "3")) == 1
        assert response.read() == b"abc"
    finally:
        conn.close()


def test_handler_exception_becomes_500_and_is_recorded() -> None:
    def broken(request: Request) -> Reply:
        raise ValueError("boom")

    with LoopbackServer(broken) as server:
        status, body = get(server)
    assert status == 500
    assert b"ValueError: boom" in body
    [error] = server.errors
    assert isinstance(error, ValueError)


def test_handler_returning_garbage_becomes_500() -> None:
    with LoopbackServer(lambda request: "nope") as server:  # type: ignore[arg-type,return-value]
        status, _ = get(server)
    assert status == 500
    [error] = server.errors
    assert isinstance(error, TypeError)


def raw_exchange(server: LoopbackServer, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_malformed_request_gets_400(serve: ServerFactory) -> None:
    server = serve(fixed(Reply()))
    answer = raw_exchange(server, b"NONSENSE\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert server.requests == []


def test_chunked_request_body_is_refused(serve: ServerFactory) -> None:
    server = serve(fixed(Reply()))
    answer = raw_exchange(
        server, b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    )
    assert answer.startswith(b"HTTP/1.1 501 ")


def test_expect_100_continue_and_http10(serve: ServerFactory) -> None:
    server = serve(lambda request: Reply(body=request.body))
    answer = raw_exchange(
        server,
        b"POST / HTTP/1.0\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nhi",
    )
    assert answer.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n")
    assert b"\r\nConnection: close\r\n" in answer
    assert answer.endswith(b"\r\n\r\nhi")  # and the server closed the HTTP/1.0 connection


# -- faults ---------------------------------------------------------------------------------


def test_delay(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"late", delay=0.3)))
    start = time.monotonic()
    assert get(server) == (200, b"late")
    assert time.monotonic() - start >= 0.29


def test_drip_sends_one_byte_at_a_time(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"abcde", drip=0.05)))
    conn = connect(server)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        start = time.monotonic()
        arrivals = []
        while byte := response.read1(1):
            arrivals.append((byte, time.monotonic() - start))
    finally:
        conn.close()
    assert b"".join(byte for byte, _ in arrivals) == b"abcde"
    assert len(arrivals) == 5
    assert arrivals[-1][1] >= 0.19  # four gaps of 0.05 s


def test_stall_after_headers(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"body", stall_after_headers=0.3)))
    conn = connect(server)
    try:
        start = time.monotonic()
        conn.request("GET", "/")
        response = conn.getresponse()
        headers_at = time.monotonic() - start
        assert response.read() == b"body"
        body_at = time.monotonic() - start
    finally:
        conn.close()
    assert headers_at < 0.25
    assert body_at >= 0.29


def test_close_after_truncates_body_http_client(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"0123456789", close_after=4)))
    conn = connect(server)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        assert response.getheader("content-length") == "10"
        with pytest.raises(http.client.IncompleteRead) as info:
            response.read()
        assert info.value.partial == b"0123"
    finally:
        conn.close()


def test_close_after_truncates_body_urllib3(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"0123456789", close_after=4, drip=0.01)))
    with (
        urllib3.PoolManager(retries=False) as pool,
        pytest.raises(urllib3.exceptions.ProtocolError),
    ):
        pool.request("GET", server.url("/"))


def test_close_after_whole_body_closes_silently(serve: ServerFactory) -> None:
    # The stale keep-alive fault: a complete response, no "Connection: close", then EOF.
    server = serve(fixed(Reply(body=b"ok", close_after=100)))
    answer = raw_exchange(server, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"onnection" not in answer
    assert answer.endswith(b"Content-Length: 2\r\n\r\nok")


def test_never_answer_times_out_on_the_client(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(never_answer=True)))
    conn = connect(server, timeout=0.3)
    try:
        start = time.monotonic()
        conn.request("GET", "/")
        with pytest.raises(TimeoutError):
            conn.getresponse()
        assert 0.29 <= time.monotonic() - start < 2
    finally:
        conn.close()
    assert len(server.requests) == 1


def test_never_answer_urllib3_read_timeout(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(never_answer=True)))
    with (
        urllib3.PoolManager(retries=False, timeout=0.2) as pool,
        pytest.raises(urllib3.exceptions.ReadTimeoutError),
    ):
        pool.request("GET", server.url("/"))


def test_close_without_reply(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(close_without_reply=True)))
    conn = connect(server)
    try:
        conn.request("POST", "/", body=b"data")
        with pytest.raises(http.client.RemoteDisconnected):
            conn.getresponse()
    finally:
        conn.close()
    [request] = server.requests
    assert request.body == b"data"
    with (
        urllib3.PoolManager(retries=False) as pool,
        pytest.raises(urllib3.exceptions.ProtocolError),
    ):
        pool.request("GET", server.url("/"))


# -- TLS --------------------------------------------------------------------------------------


def test_tls_with_client_ssl_context(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"secure")), tls=True)
    assert server.base_url == f"https://localhost:{server.port}"
    context = server.client_ssl_context()
    with urllib3.PoolManager(retries=False, ssl_context=context) as pool:
        for _ in range(3):
            assert pool.request("GET", server.url("/s?q=1")).data == b"secure"
    assert server.connections_opened == 1
    assert server.requests[0].url == server.base_url + "/s?q=1"

    conn = http.client.HTTPSConnection("127.0.0.1", server.port, context=context, timeout=5)
    try:
        conn.request("GET", "/")
        assert conn.getresponse().read() == b"secure"
    finally:
        conn.close()


def test_tls_ca_pem_path(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"secure")), tls=True)
    path = server.ca_pem_path()
    assert pathlib.Path(path).read_bytes() == server.ca_pem
    with urllib3.PoolManager(retries=False, ca_certs=path) as pool:
        assert pool.request("GET", server.url("/")).data == b"secure"


def test_tls_untrusted_client_fails_and_server_survives(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"ok")), tls=True)
    conn = http.client.HTTPSConnection(
        "localhost", server.port, context=ssl.create_default_context(), timeout=5
    )
    try:
        with pytest.raises(ssl.SSLCertVerificationError):
            conn.request("GET", "/")
    finally:
        conn.close()
    with urllib3.PoolManager(retries=False, ssl_context=server.client_ssl_context()) as pool:
        assert pool.request("GET", server.url("/")).data == b"ok"


def test_tls_faults(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"0123456789", close_after=3)), tls=True)
    with (
        urllib3.PoolManager(retries=False, ssl_context=server.client_ssl_context()) as pool,
        pytest.raises(urllib3.exceptions.ProtocolError),
    ):
        pool.request("GET", server.url("/"))


def test_client_ssl_context_needs_tls(serve: ServerFactory) -> None:
    server = serve(fixed(Reply()))
    with pytest.raises(RuntimeError):
        server.client_ssl_context()
    with pytest.raises(RuntimeError):
        server.ca_pem_path()


# -- concurrency and stopping -----------------------------------------------------------------


def test_fifty_concurrent_connects_do_not_stall(serve: ServerFactory) -> None:
    server = serve(fixed(Reply(body=b"ok")))
    count = 50
    barrier = threading.Barrier(count + 1)
    results: list[bytes] = []
    failures: list[BaseException] = []

    def client() -> None:
        barrier.wait()
        try:
            conn = connect(server, timeout=5)
            try:
                conn.request("GET", "/")
                results.append(conn.getresponse().read())
            finally:
                conn.close()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=client) for _ in range(count)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.monotonic()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    assert failures == []
    assert results == [b"ok"] * count
    assert server.connections_opened == count
    assert elapsed < 0.9


@pytest.mark.parametrize(
    "reply",
    [
        Reply(never_answer=True),
        Reply(delay=30),
        Reply(body=b"x" * 100, drip=30),
        Reply(body=b"x", stall_after_headers=30),
    ],
    ids=["never_answer", "delay", "drip", "stall"],
)
@pytest.mark.parametrize("tls", [False, True], ids=["plain", "tls"])
def test_stop_is_prompt_with_stalled_connections(reply: Reply, tls: bool) -> None:
    threads_before = threading.active_count()
    received = threading.Event()

    def handler(request: Request) -> Reply:
        received.set()
        return reply

    server = LoopbackServer(handler, tls=tls).start()
    context = server.client_ssl_context() if tls else None
    pool = urllib3.PoolManager(retries=False, timeout=10, ssl_context=context)
    failures: list[BaseException] = []

    def client() -> None:
        try:
            pool.request("GET", server.url("/"))
        except urllib3.exceptions.HTTPError as exc:
            failures.append(exc)

    idle = connect(server)  # an idle keep-alive connection, to be closed by stop() too
    idle.connect()
    thread = threading.Thread(target=client)
    thread.start()
    try:
        assert received.wait(5)
        start = time.monotonic()
        server.stop()
        assert time.monotonic() - start < 1
        thread.join(5)
        assert not thread.is_alive()
        assert len(failures) == 1  # the client saw the connection end
    finally:
        idle.close()
        pool.clear()
    assert server.errors == []
    assert server.open_connections == 0
    assert threading.active_count() == threads_before


def test_no_threads_left_after_stop() -> None:
    threads_before = threading.active_count()
    with LoopbackServer(fixed(Reply(body=b"ok"))) as server:
        conns = [connect(server) for _ in range(5)]
        try:
            for conn in conns:
                conn.request("GET", "/")
                assert conn.getresponse().read() == b"ok"
            assert threading.active_count() == threads_before + 1 + 5
        finally:
            for conn in conns:
                conn.close()
    assert threading.active_count() == threads_before
    assert server.errors == []


def test_stop_is_idempotent_and_start_once() -> None:
    server = LoopbackServer(fixed(Reply()))
    server.stop()  # never started: nothing to do
    server = LoopbackServer(fixed(Reply())).start()
    server.stop()
    server.stop()
    with pytest.raises(RuntimeError):
        server.start()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", server.port), timeout=1).close()


# -- routing ----------------------------------------------------------------------------------


def test_route_dispatches_on_method_and_path(serve: ServerFactory) -> None:
    handler = route(
        {
            ("GET", "/items"): Reply.json({"items": []}),
            ("post", "/items"): lambda request: Reply.json({"got": request.body.decode()}, 201),
            ("DELETE", "/items/1"): Response(204),
        }
    )
    server = serve(handler)
    with urllib3.PoolManager(retries=False) as pool:
        listed = pool.request("GET", server.url("/items?Page=2"))
        assert listed.status == 200
        assert listed.headers["content-type"] == "application/json"
        assert listed.json() == {"items": []}

        created = pool.request("POST", server.url("/items"), body=b"a=b")
        assert (created.status, created.json()) == (201, {"got": "a=b"})

        assert pool.request("DELETE", server.url("/items/1")).status == 204

        for method, path in (("GET", "/nothing"), ("PUT", "/items")):
            missing = pool.request(method, server.url(path))
            assert missing.status == 404
            assert json.loads(missing.data) == {
                "code": 20404,
                "message": "The requested resource was not found",
                "more_info": "https://www.twilio.com/docs/errors/20404",
                "status": 404,
            }


def test_route_default(serve: ServerFactory) -> None:
    server = serve(route({}, default=fixed(Reply(418))))
    assert get(server)[0] == 418


def test_importing_testing_does_not_import_trustme() -> None:
    code = (
        "import sys, twilio_sansio.testing; "
        "assert 'trustme' not in sys.modules, 'trustme imported'; "
        "assert 'cryptography' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
