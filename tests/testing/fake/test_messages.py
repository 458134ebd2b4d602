"""Messages and media on the fake Twilio, through every client kind."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import Through, collect
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


def test_media_exist_and_their_content_urls_redirect_off_the_api(through: Through) -> None:
    urls = [f"https://example.com/cat-{index}.jpg" for index in range(3)]

    def scenario(client: Any) -> Any:
        if through.is_async:

            async def run() -> Any:
                sent = await client.messages.send_message(SENDER, RECIPIENT, media_urls=urls)
                media = await collect(client.media.iterate(sent.sid))
                return sent, media, await client.messages.get_media_urls(sent.sid)

            return run()
        sent = client.messages.send_message(SENDER, RECIPIENT, media_urls=urls)
        media = collect(client.media.iterate(sent.sid))
        return sent, media, client.messages.get_media_urls(sent.sid)

    sent, media, content_urls = through.run(scenario)
    assert sent.sid.startswith("MM")
    assert sent.num_media == 3
    assert {item.content_type for item in media} == {"image/jpeg"}
    assert len(content_urls) == 3
    assert all(url.startswith("https://s3-external-1.amazonaws.com/") for url in content_urls)
    assert len(set(content_urls)) == 3


@pytest.mark.parametrize(
    ("sender", "recipient", "status", "code"),
    [
        (SENDER, "+15005550001", 400, 21211),
        (SENDER, "+15005550002", 400, 21612),
        (SENDER, "+15005550003", 400, 21408),
        (SENDER, "+15005550004", 400, 21610),
        (SENDER, "+15005550009", 400, 21614),
        ("+15005550001", RECIPIENT, 400, 21212),
        ("+15005550007", RECIPIENT, 400, 21606),
        ("+15005550008", RECIPIENT, 429, 21611),
        ("+14155550123", RECIPIENT, 400, 21606),
    ],
)
def test_twilios_magic_numbers(
    fake: FakeTwilio, sender: str, recipient: str, status: int, code: int
) -> None:
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.messages.send_message(sender, recipient, "hello")
    assert (caught.value.status, caught.value.code) == (status, code)
    assert caught.value.more_info == f"https://www.twilio.com/docs/errors/{code}"


def test_neither_body_nor_media_is_21602(fake: FakeTwilio) -> None:
    with fake.client() as client, pytest.raises(APIError) as caught:
        client.messages.create(To=RECIPIENT, From=SENDER)
    assert caught.value.code == 21602


def test_an_alphanumeric_sender_is_accepted(fake: FakeTwilio) -> None:
    with fake.client() as client:
        message = client.messages.send_message("AcmeShop", RECIPIENT, "Your order shipped")
    assert message.from_ == "AcmeShop"


def test_a_long_body_counts_segments_and_1601_characters_are_refused(fake: FakeTwilio) -> None:
    with fake.client() as client:
        message = client.messages.send_message(SENDER, RECIPIENT, "x" * 161)
        unicode = client.messages.send_message(SENDER, RECIPIENT, "\u2713" * 71)
        with pytest.raises(APIError) as caught:
            client.messages.send_message(SENDER, RECIPIENT, "x" * 1601)
    assert message.num_segments == 2
    assert unicode.num_segments == 2
    assert caught.value.code == 21617


def test_redact_and_delete_once_delivered() -> None:
    fake = FakeTwilio(seed=4, deliver_messages=False)
    with fake.client() as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "secret code 1234")
        with pytest.raises(APIError) as in_flight:
            client.messages.redact(sent.sid)
        fake.set_message_status(sent.sid, "delivered")
        redacted = client.messages.redact(sent.sid)
        client.messages.delete(sent.sid)
        with pytest.raises(APIError) as gone:
            client.messages.get(sent.sid)
    assert in_flight.value.code == 20009
    assert redacted.body == ""
    assert gone.value.status == 404


def test_delivery_stamps_date_sent_and_price(fake: FakeTwilio) -> None:
    with fake.client() as client:
        sid = client.messages.send_message(SENDER, RECIPIENT, "x" * 200).sid
        fake.set_message_status(sid, "delivered")
        message = client.messages.get(sid)
    assert message.status == "delivered"
    assert message.date_sent is not None
    assert message.price is not None
    assert message.price.amount < 0


def test_a_scheduled_message_can_be_canceled(fake: FakeTwilio) -> None:
    with fake.client() as client:
        sent = client.messages.create(
            To=RECIPIENT,
            From=SENDER,
            Body="later",
            SendAt="2026-12-01T10:00:00Z",
            ScheduleType="fixed",
        )
        canceled = client.messages.cancel(sent.sid)
    assert sent.status == "scheduled"
    assert canceled.status == "canceled"


def test_set_message_status_refuses_unknown_statuses(fake: FakeTwilio) -> None:
    with fake.client() as client:
        sid = client.messages.send_message(SENDER, RECIPIENT, "hi").sid
    with pytest.raises(ValueError, match="not a message status"):
        fake.set_message_status(sid, "teleported")
    with pytest.raises(KeyError):
        fake.set_message_status("SM" + "0" * 32, "sent")


def test_by_default_a_message_is_delivered_after_answering_queued() -> None:
    fake = FakeTwilio(seed=4)
    with fake.client() as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "at once")
        fetched = client.messages.get(sent.sid)
    assert sent.status == "queued"
    assert fetched.status == "delivered"
    assert fetched.date_sent is not None


def test_the_fixture_delivers_messages_as_the_command_line_fake_does(
    fake_twilio: FakeTwilio,
) -> None:
    with fake_twilio.client() as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "from the fixture")
        assert client.messages.get(sent.sid).status == "delivered"


def test_without_delivery_a_message_stays_queued() -> None:
    fake = FakeTwilio(seed=4, deliver_messages=False)
    with fake.client() as client:
        sent = client.messages.send_message(SENDER, RECIPIENT, "in flight")
        fetched = client.messages.get(sent.sid)
    assert fetched.status == "queued"
    assert fetched.date_sent is None
