"""An async transport on httpx, kept for the benchmarks' reference rows.

It was ``AsyncClient``'s default until the h11 transport replaced it (issue 14): httpx's
pool slows as waiters grow, and it decodes a whole network chunk before the size cap can
look, so a stacked-gzip bomb inflates far past the cap. ``docs/transports.md`` shows a
shorter httpx transport for those who want one anyway.

httpx's own timeouts are switched off: the deadline is the caller's cancel scope (the
:class:`~twilio_sansio.AsyncClient` opens one per call), so cancellation reaches every
await, the body's included.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncGenerator
from contextlib import aclosing, suppress
from typing import cast

import httpx

from twilio_sansio.core.errors import ConnectError, ResponseTooLarge, TransportError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.transports.protocol import DEFAULT_MAX_RESPONSE_BYTES


class HttpxTransport:
    """An :class:`~twilio_sansio.transports.AsyncTransport` over an ``httpx.AsyncClient``.

    Args:
        max_connections: Connections kept open at most.
        ssl_context: A custom TLS context (for example with a private CA bundle).
        proxy_url: An HTTP(S) proxy to send every request through.
        max_response_bytes: Bodies longer than this fail with ``ResponseTooLarge``.
        client: A ready ``httpx.AsyncClient`` to use instead (it must not follow redirects).
    """

    def __init__(
        self,
        *,
        max_connections: int = 100,
        ssl_context: ssl.SSLContext | None = None,
        proxy_url: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.max_response_bytes = max_response_bytes
        self._client = client or httpx.AsyncClient(
            timeout=None,
            follow_redirects=False,
            trust_env=False,
            verify=ssl_context if ssl_context is not None else True,
            proxy=proxy_url,
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
        )

    async def send(self, request: Request) -> Response:
        """Send ``request`` and read the whole response.

        Raises:
            ConnectError: the connection could not be made (nothing was sent).
            ResponseTooLarge: the body passed ``max_response_bytes``.
            TransportError: the connection broke or TLS failed.
        """
        outgoing = self._client.build_request(
            request.method, request.url, headers=list(request.headers), content=request.body
        )
        try:
            response = await self._client.send(outgoing, stream=True)
        except httpx.ConnectError as exc:
            raise ConnectError(f"cannot connect: {exc}") from None
        except httpx.TransportError as exc:
            raise TransportError(f"the connection failed: {exc}") from None
        try:
            body = await self._read_body(response)
        except httpx.HTTPError as exc:
            raise TransportError(f"the response body was cut off: {exc}") from None
        finally:
            await response.aclose()
        return Response(response.status_code, tuple(response.headers.multi_items()), body)

    async def _read_body(self, response: httpx.Response) -> bytes:
        limit = self.max_response_bytes
        chunks: list[bytes] = []
        size = 0
        # httpx 0.28 reads a body through nested async generators. Leaving them half-run
        # (a body too large) would close them only when garbage-collected, late, and
        # trio warns about each one (encode/httpx#3686). So: aclosing for the outer one,
        # and when the body is too large, close the response (its connection) and let
        # the inner ones run into the closed connection and end.
        async with aclosing(cast("AsyncGenerator[bytes, None]", response.aiter_bytes())) as stream:
            async for chunk in stream:
                size += len(chunk)
                if size > limit:
                    break
                chunks.append(chunk)
            else:
                return b"".join(chunks)
            chunks.clear()
            await response.aclose()
            with suppress(httpx.HTTPError):
                async for _ in stream:
                    pass
        raise ResponseTooLarge(
            f"the response body is larger than {limit} bytes", status=response.status_code
        )

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._client.aclose()
