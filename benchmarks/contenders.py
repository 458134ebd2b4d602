"""The contenders: the same workloads written for each client, and the raw baselines.

Each contender is a small class. A sync one builds its client in ``open()`` and releases
it in ``close()``; an async one does both inside its event loop (``session()``). Every
workload returns something checkable (a count, URLs), so ``check.py`` can prove each
contender did the same work before anything is timed.

- ``ours``: this project's ``Client`` (urllib3); ``ours-async``: ``AsyncClient`` on trio
  (its default, h11); ``ours-async-h11``: the same with an explicit ``H11Transport``;
  ``ours-async-h11-asyncio``: the same on asyncio; ``ours-async-httpx``: ``AsyncClient``
  over httpx (the former default, ``httpx_transport.py``), for reference;
- ``official``: Twilio's SDK (requests); ``official-async``: its ``AsyncTwilioHttpClient``
  (aiohttp, asyncio);
- ``raw``: urllib3 + ``json.loads``; ``raw-async``: httpx on trio + ``json.loads``;
  ``raw-h11``: ``H11Transport.send`` on trio + ``json.loads`` (the transport alone);
  ``raw-aiohttp``: aiohttp on asyncio + ``json.loads`` (a reference for the official async
  client);
- ``ours-async-limited`` / ``raw-async-limited``: the same with a CapacityLimiter in front
  of httpx (see ``limited_transport.py``).

Over TLS (``w1tls``, ``w7tls``) a run sets ``ca_file``, the benchmark server's CA, and each
contender trusts it the way its users would: an ``ssl_context`` for this project's
transports, urllib3 and aiohttp, ``REQUESTS_CA_BUNDLE`` for requests. Certificate and host
name checks stay on.
"""

from __future__ import annotations

import json
import os
import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

import common
from common import (
    ACCOUNT,
    AUTH_TOKEN,
    BODY,
    FROM,
    MEDIA_MESSAGE_SID,
    MESSAGE_SID,
    TO,
)

USER_AGENT = "bench-raw/1.0"


def _ssl_context(ca_file: str | None) -> ssl.SSLContext | None:
    """A default client context trusting ``ca_file`` only; None (the defaults) without one."""
    return None if ca_file is None else ssl.create_default_context(cafile=ca_file)


def _touch_all(records: Any) -> int:
    count = 0
    for record in records:
        _ = (record.sid, record.status, record.date_sent, record.price)
        count += 1
    return count


def _touch_raw(records: list[dict[str, Any]]) -> int:
    for record in records:
        _ = (record["sid"], record["status"], record["date_sent"], record["price"])
    return len(records)


# -- this project ------------------------------------------------------------------------


class Ours:
    """``twilio_sansio.Client`` with its default urllib3 transport."""

    name = "ours"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    def open(self) -> None:
        from twilio_sansio import Client
        from twilio_sansio.transports.urllib3_sync import Urllib3Transport

        context = _ssl_context(self.ca_file)
        self.transport = None if context is None else Urllib3Transport(ssl_context=context)
        self.client = Client(
            self.account,
            AUTH_TOKEN,
            base_url=self.base_url,
            debug=False,
            transport=self.transport,
        )

    def close(self) -> None:
        self.client.close()
        if self.transport is not None:
            self.transport.close()

    def fetch(self, n: int) -> int:
        get = self.client.messages.get
        for _ in range(n):
            get(MESSAGE_SID)
        return n

    def list_pages(self, page_size: int = 50) -> int:
        count = 0
        for page in self.client.messages.get_page_iterator(page_size=page_size):
            count += _touch_all(page.records)
        return count

    def iterate(self, page_size: int) -> int:
        return _touch_all(self.client.messages.iterate(page_size=page_size))

    def send(self, n: int) -> int:
        send = self.client.messages.send_message
        for _ in range(n):
            send(FROM, TO, BODY)
        return n

    def media(self) -> list[str]:
        return self.client.messages.get_media_urls(MEDIA_MESSAGE_SID)


class OursAsync:
    """``twilio_sansio.AsyncClient`` on trio with its default transport (``H11Transport``)."""

    name = "ours-async"
    library = "trio"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    def transport(self) -> Any:
        """The transport to pass in; None for the client's own default."""
        context = _ssl_context(self.ca_file)
        if context is None:
            return None
        from twilio_sansio.transports.h11_async import H11Transport

        return H11Transport(ssl_context=context)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        from twilio_sansio import AsyncClient

        transport = self.transport()
        try:
            async with AsyncClient(
                self.account,
                AUTH_TOKEN,
                base_url=self.base_url,
                debug=False,
                transport=transport,
            ) as self.client:
                yield
        finally:
            if transport is not None:  # a transport passed in is the caller's to close
                await transport.aclose()

    async def fetch(self, n: int) -> int:
        get = self.client.messages.get
        for _ in range(n):
            await get(MESSAGE_SID)
        return n

    async def list_pages(self, page_size: int = 50) -> int:
        count = 0
        async for page in self.client.messages.get_page_iterator(page_size=page_size):
            count += _touch_all(page.records)
        return count

    async def iterate(self, page_size: int) -> int:
        count = 0
        async for record in self.client.messages.iterate(page_size=page_size):
            _ = (record.sid, record.status, record.date_sent, record.price)
            count += 1
        return count

    async def send(self, n: int) -> int:
        send = self.client.messages.send_message
        for _ in range(n):
            await send(FROM, TO, BODY)
        return n

    async def media(self) -> list[str]:
        return await self.client.messages.get_media_urls(MEDIA_MESSAGE_SID)


class OursAsyncLimited(OursAsync):
    """``AsyncClient`` over a copy of HttpxTransport with a CapacityLimiter in front."""

    name = "ours-async-limited"
    max_connections = 100

    def transport(self) -> Any:
        from limited_transport import LimitedHttpxTransport

        return LimitedHttpxTransport(max_connections=self.max_connections)


class OursAsyncLimited10(OursAsyncLimited):
    """The same with 10 connections: httpcore's per-request scans grow with the pool."""

    name = "ours-async-limited10"
    max_connections = 10


class OursAsyncH11(OursAsync):
    """``AsyncClient`` on trio over ``H11Transport`` (default limit: 20 per origin)."""

    name = "ours-async-h11"

    def transport(self) -> Any:
        from twilio_sansio.transports.h11_async import H11Transport

        return H11Transport(ssl_context=_ssl_context(self.ca_file))


class OursAsyncHttpx(OursAsyncH11):
    """``AsyncClient`` on trio over httpx (``httpx_transport.py``, the former default)."""

    name = "ours-async-httpx"

    def transport(self) -> Any:
        from httpx_transport import HttpxTransport

        return HttpxTransport()


class OursAsyncH11Asyncio(OursAsyncH11):
    """``AsyncClient`` on asyncio over ``H11Transport``."""

    name = "ours-async-h11-asyncio"
    library = "asyncio"


# -- Twilio's official SDK ---------------------------------------------------------------


def _official_client(base_url: str, account: str, http_client: Any = None) -> Any:
    from twilio.rest import Client

    client = Client(account, AUTH_TOKEN, http_client=http_client)
    # The SDK's one way to aim a domain elsewhere: every URL, paging ones included, is
    # built from the domain's base_url.
    client.api.base_url = base_url
    return client


class Official:
    """``twilio.rest.Client`` (requests)."""

    name = "official"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    def open(self) -> None:
        self.client = _official_client(self.base_url, self.account)
        self.saved_bundle = os.environ.get("REQUESTS_CA_BUNDLE")
        if self.ca_file is not None:
            # requests reads REQUESTS_CA_BUNDLE on every request and lets it win over
            # Session.verify; this machine sets it, so point it at the CA for the run.
            os.environ["REQUESTS_CA_BUNDLE"] = self.ca_file

    def close(self) -> None:
        session = getattr(self.client.http_client, "session", None)
        if session is not None:
            session.close()
        if self.saved_bundle is None:
            os.environ.pop("REQUESTS_CA_BUNDLE", None)
        else:
            os.environ["REQUESTS_CA_BUNDLE"] = self.saved_bundle

    def fetch(self, n: int) -> int:
        messages = self.client.messages
        for _ in range(n):
            messages(MESSAGE_SID).fetch()
        return n

    def list_pages(self, page_size: int = 50) -> int:
        return _touch_all(self.client.messages.stream(page_size=page_size))

    iterate = list_pages

    def send(self, n: int) -> int:
        create = self.client.messages.create
        for _ in range(n):
            create(to=TO, from_=FROM, body=BODY)
        return n

    def media(self) -> list[str]:
        # The SDK lists media but has no call that resolves their content URLs, let alone
        # concurrently: request each content URL in turn, as a user would.
        client = self.client
        urls = []
        for item in client.messages(MEDIA_MESSAGE_SID).media.list():
            response = client.request("GET", self.base_url + item.uri.removesuffix(".json"))
            urls.append(response.headers["Location"])
        return urls


class OfficialAsync:
    """``twilio.rest.Client`` with ``AsyncTwilioHttpClient`` (aiohttp) on asyncio."""

    name = "official-async"
    library = "asyncio"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        from twilio.http.async_http_client import AsyncTwilioHttpClient

        http = AsyncTwilioHttpClient()
        context = _ssl_context(self.ca_file)
        if context is not None:
            # The client takes no TLS settings: swap its aiohttp session for one whose
            # connector trusts the CA (the same ClientSession otherwise).
            import aiohttp

            await http.session.close()
            http.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context))
        self.client = _official_client(self.base_url, self.account, http)
        try:
            yield
        finally:
            await http.close()

    async def fetch(self, n: int) -> int:
        messages = self.client.messages
        for _ in range(n):
            await messages(MESSAGE_SID).fetch_async()
        return n


# -- raw baselines: the same requests, json.loads, nothing else ----------------------------


def _headers(form: bool = False) -> dict[str, str]:
    headers = {
        "Authorization": common.basic_auth(),
        "User-Agent": USER_AGENT,
        "Accept": "application/json",
    }
    if form:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    return headers


class Raw:
    """urllib3's PoolManager and ``json.loads``: the sync floor."""

    name = "raw"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    def open(self) -> None:
        import urllib3

        context = _ssl_context(self.ca_file)
        self.pool = urllib3.PoolManager(maxsize=16, block=False, ssl_context=context)
        self.headers = _headers()
        self.form_headers = _headers(form=True)
        self.headers["Authorization"] = self.form_headers["Authorization"] = common.basic_auth(
            self.account
        )

    def close(self) -> None:
        self.pool.clear()

    def _get(self, url: str) -> Any:
        return self.pool.urlopen("GET", url, headers=self.headers, retries=False, redirect=False)

    def fetch(self, n: int) -> int:
        url = self.base_url + common.message_path()
        loads, get = json.loads, self._get
        for _ in range(n):
            loads(get(url).data)
        return n

    def list_pages(self, page_size: int = 50) -> int:
        url: str | None = f"{self.base_url}{common.list_path(self.account)}?PageSize={page_size}"
        count = 0
        while url is not None:
            page = json.loads(self._get(url).data)
            count += _touch_raw(page["messages"])
            following = page["next_page_uri"]
            url = self.base_url + following if following else None
        return count

    iterate = list_pages

    def send(self, n: int) -> int:
        url = self.base_url + common.list_path()
        headers = self.form_headers
        urlopen, loads = self.pool.urlopen, json.loads
        for _ in range(n):
            body = urlencode({"To": TO, "From": FROM, "Body": BODY})
            loads(urlopen("POST", url, body=body, headers=headers, retries=False).data)
        return n

    def media(self) -> list[str]:
        from concurrent.futures import ThreadPoolExecutor

        listing = json.loads(self._get(self.base_url + common.media_list_path()).data)

        def locate(item: dict[str, Any]) -> str:
            response = self._get(self.base_url + item["uri"].removesuffix(".json"))
            return str(response.headers["Location"])

        with ThreadPoolExecutor(10) as pool:
            return list(pool.map(locate, listing["media_list"]))

    def one_media(self) -> str:
        """One media content request: the latency W4 is held against."""
        url = f"{self.base_url}{common.media_list_path().removesuffix('.json')}/"
        return str(self._get(url + common.media_sid(0)).headers["Location"])


class RawAsync:
    """httpx on trio and ``json.loads``: the async floor."""

    name = "raw-async"
    library = "trio"
    max_connections = 100
    limit = False

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        import httpx

        self.headers = _headers()
        self.headers["Authorization"] = common.basic_auth(self.account)
        self.form_headers = {**self.headers, "Content-Type": "application/x-www-form-urlencoded"}
        limits = httpx.Limits(
            max_connections=self.max_connections,
            max_keepalive_connections=self.max_connections,
        )
        async with httpx.AsyncClient(timeout=None, limits=limits, trust_env=False) as client:
            get: Callable[..., Any] = client.get
            if self.limit:
                import anyio

                limiter = anyio.CapacityLimiter(self.max_connections)

                async def get(url: str, headers: dict[str, str]) -> Any:
                    async with limiter:
                        return await client.get(url, headers=headers)

            self.client, self.get = client, get
            yield

    async def fetch(self, n: int) -> int:
        url = self.base_url + common.message_path()
        get, headers, loads = self.get, self.headers, json.loads
        for _ in range(n):
            loads((await get(url, headers=headers)).content)
        return n

    async def list_pages(self, page_size: int = 50) -> int:
        url: str | None = f"{self.base_url}{common.list_path(self.account)}?PageSize={page_size}"
        count = 0
        while url is not None:
            page = json.loads((await self.get(url, headers=self.headers)).content)
            count += _touch_raw(page["messages"])
            following = page["next_page_uri"]
            url = self.base_url + following if following else None
        return count

    iterate = list_pages

    async def send(self, n: int) -> int:
        url = self.base_url + common.list_path()
        post, headers, loads = self.client.post, self.form_headers, json.loads
        for _ in range(n):
            body = urlencode({"To": TO, "From": FROM, "Body": BODY})
            loads((await post(url, content=body, headers=headers)).content)
        return n

    async def media(self) -> list[str]:
        import trio

        url = self.base_url + common.media_list_path()
        listing = json.loads((await self.get(url, headers=self.headers)).content)["media_list"]
        urls = [""] * len(listing)

        async def locate(index: int, item: dict[str, Any]) -> None:
            content = self.base_url + item["uri"].removesuffix(".json")
            urls[index] = (await self.get(content, headers=self.headers)).headers["location"]

        async with trio.open_nursery() as nursery:
            for index, item in enumerate(listing):
                nursery.start_soon(locate, index, item)
        return urls


class RawAsyncLimited(RawAsync):
    """httpx on trio with a CapacityLimiter of max_connections in front."""

    name = "raw-async-limited"
    limit = True


class RawH11:
    """``H11Transport.send`` on trio and ``json.loads``: the new transport alone."""

    name = "raw-h11"
    library = "trio"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        from twilio_sansio.core.http import Request
        from twilio_sansio.transports.h11_async import H11Transport

        headers = {**_headers(), "Authorization": common.basic_auth(self.account)}
        self.request = Request("GET", self.base_url + common.message_path(), tuple(headers.items()))
        self.transport = H11Transport(ssl_context=_ssl_context(self.ca_file))
        try:
            yield
        finally:
            await self.transport.aclose()

    async def fetch(self, n: int) -> int:
        send, request, loads = self.transport.send, self.request, json.loads
        for _ in range(n):
            loads((await send(request)).body)
        return n


class RawAiohttp:
    """aiohttp on asyncio and ``json.loads``: what the official async client stands on."""

    name = "raw-aiohttp"
    library = "asyncio"
    ca_file: str | None = None

    def __init__(self, base_url: str, account: str = ACCOUNT) -> None:
        self.base_url = base_url
        self.account = account

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        import aiohttp

        headers = _headers()
        context = _ssl_context(self.ca_file)
        connector = aiohttp.TCPConnector(ssl=context) if context is not None else None
        async with aiohttp.ClientSession(headers=headers, connector=connector) as self.client:
            yield

    async def fetch(self, n: int) -> int:
        url = self.base_url + common.message_path()
        get, loads = self.client.get, json.loads
        for _ in range(n):
            async with get(url) as response:
                loads(await response.read())
        return n


SYNC = {cls.name: cls for cls in (Ours, Official, Raw)}
ASYNC = {
    cls.name: cls
    for cls in (
        OursAsync,
        OursAsyncLimited,
        OursAsyncLimited10,
        OursAsyncH11,
        OursAsyncH11Asyncio,
        OursAsyncHttpx,
        OfficialAsync,
        RawAsync,
        RawAsyncLimited,
        RawH11,
        RawAiohttp,
    )
}
