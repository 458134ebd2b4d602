"""The fake Twilio over real HTTP on 127.0.0.1, for code that uses any HTTP client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_sansio.core.http import Request, Response
from twilio_sansio.testing._served import ServedOnLoopback
from twilio_sansio.testing.fake.faults import Hang
from twilio_sansio.testing.loopback import LoopbackServer, Reply

if TYPE_CHECKING:
    from twilio_sansio.testing.fake.app import FakeTwilio


class FakeTwilioServer(ServedOnLoopback):
    """Serve a :class:`FakeTwilio` on 127.0.0.1 from a background thread.

    Point any client at :attr:`base_url` (both API 2010 and Monitor paths are served
    there)::

        with fake.serve() as server:
            client = Client(fake.account_sid, fake.auth_token, base_url=server.base_url,
                            allow_insecure_http=True)

    Args:
        fake: The fake to serve.
        port: The port to listen on; 0 picks a free one.
        tls: Serve HTTPS with a trustme CA (see :meth:`LoopbackServer.client_ssl_context`).

    The server keeps the requests it receives (``loopback.requests``) only when the fake
    records them (``FakeTwilio(record=True)``, the default).
    """

    def __init__(self, fake: FakeTwilio, *, port: int = 0, tls: bool = False) -> None:
        self.fake = fake
        self.loopback = LoopbackServer(self._answer, tls=tls, port=port, record=fake.record)

    def _answer(self, request: Request) -> Reply | Response:
        answer = self.fake.handle(request)
        if isinstance(answer, Hang):
            return Reply(never_answer=True)
        return answer
