"""Messages and media on the fake Twilio, through every client kind."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake.conftest import Through, collect
from twilio_sansio import APIError
from twilio_sansio.testing.fake import FakeTwilio

SENDER = "+15005550006"
RECIPIENT = "+14155550100"


def test_a_sent_message_can_be_fetched_and_listed(through: Through) -> None:
    def scenario(client: Any) -> Any:
        if through.is_async:

            async def run() -> Any:
                sent = await client.messages.send_message(SENDER, RECIPIENT, "hello")
                fetched = await client.messages.get(sent.sid)
                listed = await collect(client.messages.iterate())
                return sent, fetched, listed

            return run()
        sent = client.messages.send_message(SENDER, RECIPIENT, "hello")
        return sent, client.messages.get(sent.sid), collect(client.messages.iterate())

    sent, fetched, listed = through.run(scenario)
    assert sent.status == "queued"
    assert fetched.sid == sent.sid
    assert fetched.body == "hello"
    assert [message.sid for message in listed] == [sent.sid]


def test_magic_invalid_recipient_is_21211(fake: FakeTwilio) -> None:
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.messages.send_message(SENDER, "+15005550001", "hello")
    assert caught.value.status == 400
    assert caught.value.code == 21211
