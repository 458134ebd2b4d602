"""Messaging Services on the fake Twilio: services, their senders, and sending through them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.testing.fake._support import Through, collect, exchange, settle
from twilio_sansio import APIError, Client
from twilio_sansio.models import MessagingUsecase, SenderCapability, WebhookMethod
from twilio_sansio.testing.fake import FakeTwilio

RECIPIENT = "+14155550100"
OTHER_ACCOUNT = "AC" + "e" * 32


def test_a_service_is_created_fetched_updated_listed_and_deleted(through: Through) -> None:
    async def scenario(client: Any) -> Any:
        services = client.messaging.services
        created = await settle(
            services.create(
                "Alerts",
                inbound_request_url="https://example.com/in",
                usecase=MessagingUsecase.NOTIFICATIONS,
            )
        )
        updated = await settle(
            services.update(created.sid, sticky_sender=False, validity_period=timedelta(hours=1))
        )
        fetched = await settle(services.get(created.sid))
        listed = await settle(collect(services.iterate(page_size=1)))
        await settle(services.delete(created.sid))
        await settle(services.delete(created.sid))  # already gone: not an error
        with pytest.raises(APIError) as gone:
            await settle(services.get(created.sid))
        return created, updated, fetched, listed, gone.value

    created, updated, fetched, listed, gone = through.run(scenario)
    assert created.sid.startswith("MG")
    assert created.friendly_name == "Alerts"
    assert created.inbound_request_url == "https://example.com/in"
    assert created.inbound_method is WebhookMethod.POST
    assert created.usecase is MessagingUsecase.NOTIFICATIONS
    assert created.sticky_sender is True
    assert created.links is not None
    assert created.links["phone_numbers"].endswith(f"/v1/Services/{created.sid}/PhoneNumbers")
    assert updated.sticky_sender is False
    assert fetched.validity_period == timedelta(hours=1)
    assert [service.sid for service in listed] == [created.sid]
    assert (gone.status, gone.code) == (404, 20404)


def test_a_service_needs_a_name_and_sane_settings(fake: FakeTwilio) -> None:
    url = "https://messaging.twilio.com/v1/Services"
    assert exchange(fake, "POST", url, {}).status == 400
    refused = exchange(fake, "POST", url, {"FriendlyName": "x", "ValidityPeriod": "0"})
    assert refused.status == 400
    refused = exchange(fake, "POST", url, {"FriendlyName": "x", "InboundRequestUrl": "nope"})
    assert refused.status == 400


def test_services_belong_to_their_account(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service = client.messaging.services.create("Mine")
        other = client.accounts.create("Other")
    response = exchange(
        fake,
        "GET",
        f"https://messaging.twilio.com/v1/Services/{service.sid}",
        user=other.sid,
        password=other.auth_token,
    )
    assert response.status == 404


def _service_with_number(fake: FakeTwilio, client: Client, number: str) -> tuple[str, str]:
    service = client.messaging.services.create("Pool")
    owned = fake.seed_incoming_number(number)
    client.messaging.phone_numbers.add(service.sid, owned["sid"])
    return service.sid, owned["sid"]


def test_senders_are_added_fetched_listed_and_removed(through: Through) -> None:
    fake = through.fake
    number = fake.seed_incoming_number("+14155550111")
    code = fake.seed_short_code("54321")

    async def scenario(client: Any) -> Any:
        service = await settle(client.messaging.services.create("Pool"))
        sid = service.sid
        added = await settle(client.messaging.phone_numbers.add(sid, number["sid"]))
        short = await settle(client.messaging.short_codes.add(sid, code["sid"]))
        alpha = await settle(client.messaging.alpha_senders.add(sid, "Acme"))
        fetched = await settle(client.messaging.phone_numbers.get(sid, number["sid"]))
        listed = [
            await settle(collect(client.messaging.phone_numbers.iterate(sid))),
            await settle(collect(client.messaging.short_codes.iterate(sid))),
            await settle(collect(client.messaging.alpha_senders.iterate(sid))),
        ]
        await settle(client.messaging.alpha_senders.remove(sid, alpha.sid))
        left = await settle(collect(client.messaging.alpha_senders.iterate(sid)))
        return added, short, alpha, fetched, listed, left

    added, short, alpha, fetched, listed, left = through.run(scenario)
    assert added.sid == number["sid"]
    assert added.phone_number == "+14155550111"
    assert added.country_code == "US"
    assert SenderCapability.SMS in (added.capabilities or ())
    assert (short.sid, short.short_code) == (code["sid"], "54321")
    assert alpha.sid.startswith("AI")
    assert alpha.alpha_sender == "Acme"
    assert fetched.service_sid == added.service_sid
    assert [[sender.sid for sender in kind] for kind in listed] == [
        [number["sid"]],
        [code["sid"]],
        [alpha.sid],
    ]
    assert left == []


def test_only_the_accounts_own_numbers_and_short_codes_can_be_added(fake: FakeTwilio) -> None:
    foreign = fake.seed_incoming_number("+14155550112", account_sid=_other_account(fake))
    with fake.client() as client:
        service = client.messaging.services.create("Pool")
        for add, sid in [
            (client.messaging.phone_numbers.add, foreign["sid"]),
            (client.messaging.phone_numbers.add, "PN" + "0" * 32),
            (client.messaging.short_codes.add, "SC" + "0" * 32),
        ]:
            with pytest.raises(APIError) as info:
                add(service.sid, sid)
            assert (info.value.status, info.value.code) == (400, 21421)


def _other_account(fake: FakeTwilio) -> str:
    with fake.client() as client:
        return client.accounts.create("Other").sid


def test_sending_through_a_service_picks_its_number_as_the_sender(through: Through) -> None:
    fake = through.fake
    with fake.client() as client:
        service_sid, _ = _service_with_number(fake, client, "+14155550111")

    async def scenario(client: Any) -> Any:
        sent = await settle(
            client.messages.send_message(None, RECIPIENT, "hi", messaging_service_sid=service_sid)
        )
        return sent, await settle(client.messages.get(sent.sid))

    sent, fetched = through.run(scenario)
    assert sent.status == "accepted"  # Twilio answers before it picks the sender
    assert sent.from_ is None
    assert sent.messaging_service_sid == service_sid
    assert fetched.from_ == "+14155550111"
    assert fetched.status == "delivered"


def test_a_service_prefers_a_number_in_the_recipients_area_code(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service_sid, _ = _service_with_number(fake, client, "+12125550111")
        local = fake.seed_incoming_number("+14155550111")
        client.messaging.phone_numbers.add(service_sid, local["sid"])
        sent = client.messages.send_message(
            None, RECIPIENT, "hi", messaging_service_sid=service_sid
        )
        far = client.messages.send_message(
            None, "+13125550100", "hi", messaging_service_sid=service_sid
        )
        assert client.messages.get(sent.sid).from_ == "+14155550111"
        assert client.messages.get(far.sid).from_ == "+12125550111"


def test_a_sticky_service_keeps_the_sender_a_recipient_saw(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service_sid, _ = _service_with_number(fake, client, "+12125550111")
        first = client.messages.send_message(
            None, RECIPIENT, "hi", messaging_service_sid=service_sid
        )
        local = fake.seed_incoming_number("+14155550111")
        client.messaging.phone_numbers.add(service_sid, local["sid"])
        second = client.messages.send_message(
            None, RECIPIENT, "again", messaging_service_sid=service_sid
        )
        assert client.messages.get(first.sid).from_ == "+12125550111"
        assert client.messages.get(second.sid).from_ == "+12125550111"


def test_an_alpha_sender_sends_when_the_service_has_no_number(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service = client.messaging.services.create("Brand")
        client.messaging.alpha_senders.add(service.sid, "Acme")
        sent = client.messages.send_message(
            None, "+447911123456", "hi", messaging_service_sid=service.sid
        )
        assert client.messages.get(sent.sid).from_ == "Acme"


def test_a_service_without_senders_cannot_send(through: Through) -> None:
    async def scenario(client: Any) -> Any:
        service = await settle(client.messaging.services.create("Empty"))
        with pytest.raises(APIError) as info:
            await settle(
                client.messages.send_message(
                    None, RECIPIENT, "hi", messaging_service_sid=service.sid
                )
            )
        return info.value

    error = through.run(scenario)
    assert (error.status, error.code) == (400, 21703)


def test_a_service_of_no_one_cannot_send(fake: FakeTwilio) -> None:
    with fake.client() as client, pytest.raises(APIError) as info:
        client.messages.send_message(None, RECIPIENT, "hi", messaging_service_sid="MG" + "0" * 32)
    assert info.value.code == 21701


def test_a_released_number_leaves_its_service(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service_sid, number_sid = _service_with_number(fake, client, "+14155550111")
        client.incoming_numbers.release(number_sid)
        assert list(client.messaging.phone_numbers.iterate(service_sid)) == []
        with pytest.raises(APIError) as info:
            client.messages.send_message(None, RECIPIENT, "hi", messaging_service_sid=service_sid)
    assert info.value.code == 21703


def test_deleting_a_service_removes_its_senders_not_the_numbers(fake: FakeTwilio) -> None:
    with fake.client() as client:
        service_sid, number_sid = _service_with_number(fake, client, "+14155550111")
        client.messaging.services.delete(service_sid)
        assert client.incoming_numbers.get(number_sid).phone_number == "+14155550111"
        other = client.messaging.services.create("Next")
        assert list(client.messaging.phone_numbers.iterate(other.sid)) == []


def test_stickiness_holds_while_the_first_message_is_still_accepted() -> None:
    fake = FakeTwilio(seed=7, deliver_messages=False)
    with fake.client() as client:
        service_sid, _ = _service_with_number(fake, client, "+12125550111")
        first = client.messages.send_message(
            None, RECIPIENT, "hi", messaging_service_sid=service_sid
        )
        local = fake.seed_incoming_number("+14155550111")
        client.messaging.phone_numbers.add(service_sid, local["sid"])
        second = client.messages.send_message(
            None, RECIPIENT, "again", messaging_service_sid=service_sid
        )
        assert client.messages.get(first.sid).status == "accepted"
        fake.set_message_status(second.sid, "queued")
        assert client.messages.get(second.sid).from_ == "+12125550111"
