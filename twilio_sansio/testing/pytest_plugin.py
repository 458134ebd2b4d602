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

The plugin imports nothing heavy until a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from twilio_sansio.testing.fake import FakeTwilio, FakeTwilioServer


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
