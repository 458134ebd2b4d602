"""A loopback HTTP/1.1 keep-alive server with pre-rendered Twilio-shaped answers.

Run in its own process (``python server.py``): it prints ``READY <port>`` and serves on
127.0.0.1 until its standard input closes or it gets SIGTERM. Every answer is bytes
rendered before the first request, so each request costs the server a ``find``, a
dictionary lookup and a ``write``: far less than any contender spends building and
parsing (``capacity.py`` measures both). It runs on uvloop when installed.

It serves the same routes over TLS on a second port, with a certificate for 127.0.0.1
issued at start-up by a throwaway CA (``trustme``) whose PEM file lives in a temporary
directory while the server runs: ``GET /__tls`` on either port says where (see
``workloads.tls_endpoint``). The server's TLS costs it CPU that ``capacity.py`` does not
measure; the TLS workloads compare contenders against one another only.

Routes (anything else is Twilio's 404):

- ``GET  …/Messages/{sid}.json``: one message (W1, W5, W7);
- ``GET  …/Messages.json?PageSize=N&Page=P``: a page of the account's listing (W2, W6);
- ``POST …/Messages.json``: a queued message, 201 (W3);
- ``GET  …/Messages/MM…/Media.json``: ten media (W4);
- ``GET  …/Messages/MM…/Media/ME…``: after MEDIA_DELAY, a 302 to a CDN (W4);
- ``GET  /__stats``: requests served and the server's CPU time so far;
- ``GET  /__tls``: the TLS port's base URL and the CA file that it is trusted with.
"""

from __future__ import annotations

import asyncio
import json
import resource
import signal
import ssl
import sys
import tempfile
import threading
from pathlib import Path
from typing import cast
from urllib.parse import parse_qsl

import common

_MAX_HEAD = 64 * 1024


def _answer(status: int, reason: str, body: bytes, *extra: tuple[str, str]) -> bytes:
    headers = [
        f"HTTP/1.1 {status} {reason}",
        "Content-Type: application/json; charset=utf-8",
        f"Content-Length: {len(body)}",
        "Twilio-Request-Id: RQ00000000000000000000000000000000",
        *(f"{name}: {value}" for name, value in extra),
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def _json(status: int, reason: str, data: object) -> bytes:
    return _answer(status, reason, json.dumps(data).encode())


NOT_FOUND = _json(
    404,
    "Not Found",
    {
        "code": 20404,
        "message": "The requested resource was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404,
    },
)


class Routes:
    """Every answer the server can give, pre-rendered."""

    def __init__(self) -> None:
        self.fixed: dict[bytes, bytes] = {
            common.message_path().encode(): _json(
                200, "OK", common.message(sid=common.MESSAGE_SID)
            ),
            common.media_list_path().encode(): _json(200, "OK", common.media_list()),
        }
        self.delayed: dict[bytes, bytes] = {}
        media_parent = f"{common.account_path()}/Messages/{common.MEDIA_MESSAGE_SID}/Media"
        for index in range(common.MEDIA_COUNT):
            sid = common.media_sid(index)
            self.delayed[f"{media_parent}/{sid}".encode()] = _answer(
                302, "Found", b"", ("Location", f"{common.MEDIA_CDN}/{sid}")
            )
        self.created = _json(
            201, "Created", common.message(sid=common.MESSAGE_SID, status="queued")
        )
        self.pages: dict[bytes, tuple[int, list[bytes]]] = {
            common.list_path(account).encode(): (
                size,
                [_answer(200, "OK", body) for body in common.render_pages(account)],
            )
            for account, (_, size) in common.LISTINGS.items()
        }
        self.served = 0
        self.tls: bytes = NOT_FOUND

    def answer(self, method: bytes, target: bytes) -> tuple[bytes, float]:
        """Return the answer to a request and the seconds to wait before sending it."""
        self.served += 1
        path, _, query = target.partition(b"?")
        fixed = self.fixed.get(path)
        if fixed is not None and method == b"GET":
            return fixed, 0.0
        pages = self.pages.get(path)
        if pages is not None:
            if method == b"POST":
                return self.created, 0.0
            return self._page(pages, query), 0.0
        delayed = self.delayed.get(path)
        if delayed is not None:
            return delayed, common.MEDIA_DELAY
        if path == b"/__stats":
            usage = resource.getrusage(resource.RUSAGE_SELF)
            stats = {"served": self.served, "cpu": usage.ru_utime + usage.ru_stime}
            return _json(200, "OK", stats), 0.0
        if path == b"/__tls":
            return self.tls, 0.0
        return NOT_FOUND, 0.0

    @staticmethod
    def _page(pages: tuple[int, list[bytes]], query: bytes) -> bytes:
        size, rendered = pages
        params = dict(parse_qsl(query.decode("latin-1")))
        try:
            if int(params.get("PageSize", "50")) != size:
                return NOT_FOUND
            return rendered[int(params.get("Page", "0"))]
        except (ValueError, IndexError):
            return NOT_FOUND


class Connection(asyncio.Protocol):
    """One keep-alive connection: parse request heads, skip bodies, write answers."""

    def __init__(self, routes: Routes) -> None:
        self.routes = routes
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.loop = asyncio.get_running_loop()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast("asyncio.Transport", transport)  # uvloop's is no subclass

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > _MAX_HEAD:
                    self._close()
                return
            head = bytes(buffer[:end])
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lowered.find(b"\r\n", at + 2)
                length = int(lowered[at + 17 : stop if stop >= 0 else None])
            if len(buffer) < end + 4 + length:
                return
            del buffer[: end + 4 + length]
            line_end = head.find(b"\r\n")
            method, target, _ = (head[:line_end] if line_end >= 0 else head).split(b" ", 2)
            answer, delay = self.routes.answer(method, target)
            if delay:
                self.loop.call_later(delay, self._write, answer)
            else:
                self._write(answer)
            if b"\r\nconnection: close" in lowered:
                self._close()
                return

    def _write(self, answer: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)

    def _close(self) -> None:
        if self.transport is not None:
            self.transport.close()


def _tls_context(directory: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context for 127.0.0.1 signed by a new CA, and that CA's PEM file."""
    import trustme

    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    ca_file = directory / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    return context, ca_file


async def serve(port: int, tls_port: int) -> None:
    """Serve on 127.0.0.1:``port`` (and TLS on ``tls_port``) until stdin closes or SIGTERM."""
    with tempfile.TemporaryDirectory(prefix="bench-tls-") as directory:
        await _serve(port, tls_port, Path(directory))


async def _serve(port: int, tls_port: int, directory: Path) -> None:
    routes = Routes()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: Connection(routes), "127.0.0.1", port, backlog=4096, reuse_address=True
    )
    tls_context, ca_file = _tls_context(directory)
    tls_server = await loop.create_server(
        lambda: Connection(routes),
        "127.0.0.1",
        tls_port,
        backlog=4096,
        reuse_address=True,
        ssl=tls_context,
    )
    tls_url = f"https://127.0.0.1:{tls_server.sockets[0].getsockname()[1]}"
    routes.tls = _json(200, "OK", {"base_url": tls_url, "ca_file": str(ca_file)})
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    def watch_stdin() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    async with server, tls_server:
        await stop.wait()


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    tls_port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(port, tls_port))
    else:
        uvloop.run(serve(port, tls_port))


if __name__ == "__main__":
    main()
