"""The pytest plugin of twilio-sansio: a ``fake_twilio`` fixture for your own tests.

Installed with the package (entry point ``pytest11``), so any project that depends on
twilio-sansio gets the fixtures without configuration::

    def test_welcome_text(fake_twilio):
        client = fake_twilio.client()
        send_welcome(client, "+14155550100")  # your code
        [message] = client.messages.iterate()
        assert message.body.startswith("Welcome")

- ``fake_twilio``: a fresh :class:`~twilio_sansio.testing.FakeTwilio` per test. As with
  Twilio's test credentials, the magic sender ``+15005550006`` is accepted as ``From``
  without being bought. Messages are delivered at once, as with the command line's fake:
  the creation answers ``queued``, and the message reads back ``delivered`` with its
  ``date_sent`` and price. To test a message in flight, build
  ``FakeTwilio(deliver_messages=False)`` in the test instead.
- ``fake_twilio_server``: the same fake served over HTTP on 127.0.0.1 (for code using
  another HTTP client); point it at ``fake_twilio_server.base_url``.
- ``serve_webhook_app``: serves your WSGI or ASGI application on 127.0.0.1 for the test,
  so that the fake's webhooks reach it over HTTP::

      def test_sms_reply(fake_twilio, serve_webhook_app):
          server = serve_webhook_app(my_app)  # an AppServer, stopped after the test
          fake_twilio.webhooks.send_over_http()
          fake_twilio.seed_incoming_number("+14155550199", sms_url=server.url("/sms"))
          answer = fake_twilio.receive_message("+14155550100", "+14155550199", "hi")
          assert answer.verbs[0].name == "Message"

The plugin imports nothing heavy until a fixture is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from twilio_sansio.testing.fake import AppServer, FakeTwilio, FakeTwilioServer


@pytest.fixture
def fake_twilio() -> FakeTwilio:
    """A fresh fake Twilio (in memory; main account and auth token are its defaults).

    It delivers each message at once (``deliver_messages=True``, the fake's default).
    """
    from twilio_sansio.testing.fake import FakeTwilio

    return FakeTwilio()


@pytest.fixture
def fake_twilio_server(fake_twilio: FakeTwilio) -> Iterator[FakeTwilioServer]:
    """``fake_twilio`` served over HTTP on 127.0.0.1 for the duration of the test."""
    with fake_twilio.serve() as server:
        yield server


@pytest.fixture
def serve_webhook_app() -> Iterator[Callable[..., AppServer]]:
    """A function serving a WSGI or ASGI app on 127.0.0.1 until the test ends.

    ``serve_webhook_app(app, asgi=None, timeout=10.0)`` starts an
    :class:`~twilio_sansio.testing.AppServer` and returns it; ``server.url("/sms")`` is
    the URL to configure on the fake's numbers, messages and calls. An ASGI app is
    recognised as a coroutine function (``asgi=True`` says so for other callables).
    """
    from twilio_sansio.testing.fake import AppServer

    servers: list[AppServer] = []

    def serve(app: Callable[..., Any], **options: Any) -> AppServer:
        server = AppServer(app, **options).start()
        servers.append(server)
        return server

    yield serve
    for server in servers:
        server.stop()
