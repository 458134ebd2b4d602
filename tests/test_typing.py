"""What type checkers see of the public API (checked by ``mypy --strict`` over ``tests``).

``assert_type`` is a no-op at run time and an error under mypy when the inferred type
differs, so these tests fail in ``nox -s typecheck`` if a namespace method's type is lost;
they also run for real against the fake.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, assert_type

import trio

from twilio_sansio import AsyncClient, Client
from twilio_sansio.iterators import AsyncRecordIterator, PageIterator, RecordIterator
from twilio_sansio.models import (
    LineType,
    Message,
    MessagingAlphaSender,
    MessagingPhoneNumber,
    MessagingService,
    MessagingShortCode,
    Page,
    PhoneNumberLookup,
    Verification,
    VerificationCheck,
    VerifyService,
)
from twilio_sansio.testing import FakeTwilio

if TYPE_CHECKING:  # a misspelled import fails the type check (the ignore must be used)
    from twilio_sansio import Clinet  # type: ignore[attr-defined]  # noqa: F401


def test_sync_methods_return_models() -> None:
    fake = FakeTwilio()
    with fake.client() as client:
        assert isinstance(client, Client)
        sent = client.messages.send_message("+15005550006", "+14155550100", "hi")
        assert_type(sent, Message)
        fetched = client.messages.get(sent.sid)
        assert_type(fetched, Message)
        assert_type(client.messages.get_page(), Page[Message])
        assert_type(client.messages.iterate(), RecordIterator[Message])
        assert_type(client.messages.get_page_iterator(), PageIterator[Message])
        assert fetched.sid == sent.sid


def test_async_methods_return_awaitables_of_models() -> None:
    fake = FakeTwilio()

    async def main() -> None:
        async with fake.async_client() as client:
            assert isinstance(client, AsyncClient)
            pending = client.messages.send_message("+15005550006", "+14155550100", "hi")
            assert_type(pending, Awaitable[Message])
            sent = await pending
            fetched = await client.messages.get(sent.sid)
            assert_type(fetched, Message)
            records = client.messages.iterate()
            assert_type(records, AsyncRecordIterator[Message])
            assert [m.sid async for m in records] == [sent.sid]

    trio.run(main)


def test_verify_helpers_and_namespaces_are_typed_on_both_clients() -> None:
    fake = FakeTwilio()
    service = fake.seed_verify_service()["sid"]
    with fake.client() as client:
        sent = client.verify.send_code(service, "+14155550100")
        assert_type(sent, Verification)
        approved = client.verify.check_code(service, "+14155550100", "0000000")
        assert_type(approved, bool)
        assert_type(client.verify.services.get(service), VerifyService)
        assert_type(client.verify.services.iterate(), RecordIterator[VerifyService])
        assert_type(client.verify.verifications.cancel(service, sent.sid), Verification)
        assert approved is False

    async def main() -> None:
        async with fake.async_client() as client:
            pending = client.verify.send_code(service, "+14155550101")
            assert_type(pending, Awaitable[Verification])
            sent = await pending
            code = fake.verify_code(service, "+14155550101")
            answer = client.verify.check_code(service, "+14155550101", code[::-1] + "0")
            assert_type(answer, Awaitable[bool])
            assert await answer is False
            check = client.verify.verification_checks.create(service, code=code, to=sent.to)
            assert_type(check, Awaitable[VerificationCheck])
            checked = await check
            assert checked.approved

    trio.run(main)


def test_product_helpers_and_namespaces_are_typed_on_both_clients() -> None:
    fake = FakeTwilio()
    number = "+14155550160"
    with fake.client() as client:
        assert_type(client.lookups.line_type(number), LineType)
        assert_type(client.lookups.phone_numbers.get(number), PhoneNumberLookup)
        service = client.messaging.services.create("Typed")
        assert_type(service, MessagingService)
        assert_type(client.messaging.services.iterate(), RecordIterator[MessagingService])
        assert_type(
            client.messaging.phone_numbers.get_page(service.sid), Page[MessagingPhoneNumber]
        )
        assert_type(client.messaging.alpha_senders.add(service.sid, "Acme"), MessagingAlphaSender)

    async def main() -> None:
        async with fake.async_client() as client:
            pending = client.lookups.line_type(number)
            assert_type(pending, Awaitable[LineType])
            assert await pending is LineType.MOBILE
            lookup = await client.lookups.phone_numbers.get(number)
            assert_type(lookup, PhoneNumberLookup)
            codes = client.messaging.short_codes.iterate("MG" + "0" * 32)
            assert_type(codes, AsyncRecordIterator[MessagingShortCode])

    trio.run(main)
