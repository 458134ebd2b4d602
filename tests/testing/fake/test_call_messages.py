"""User-defined messages of a call and subscriptions on the fake: every client, errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testing.fake._support import (
    Through,
    assert_schema,
    error_of,
    other_account,
    run_scenario,
    send,
    settle,
)
from twilio_sansio.testing.fake import FakeTwilio
from twilio_sansio.testing.fake.resources import calls
from twilio_sansio.testing.fake.resources.call_messages import (
    SUBSCRIPTIONS,
    USER_DEFINED_MESSAGES,
)

CALLBACK = "https://example.com/sdk-messages"


def test_a_message_is_sent_and_a_subscription_made_and_deleted(through: Through) -> None:
    store = through.fake.store
    call = calls.seed_call(store, through.fake.account_sid)

    async def scenario(client: Any) -> Any:
        message = await settle(
            client.call_user_defined_messages.create(call["sid"], {"step": "greeting"})
        )
        subscriptions = client.call_user_defined_message_subscriptions
        subscription = await settle(subscriptions.create(call["sid"], CALLBACK, method="GET"))
        kept = store.get(SUBSCRIPTIONS, subscription.sid) is not None
        await settle(subscriptions.delete(call["sid"], subscription.sid))
        await settle(subscriptions.delete(call["sid"], subscription.sid))  # gone: still fine
        return message, subscription, kept

    message, subscription, kept = run_scenario(through, scenario)
    assert message.sid.startswith("KX")
    assert message.call_sid == call["sid"]
    assert store.table(USER_DEFINED_MESSAGES)[message.sid]["_content"] == '{"step":"greeting"}'
    assert subscription.sid.startswith("ZY")
    assert subscription.uri.endswith(f"/UserDefinedMessageSubscriptions/{subscription.sid}.json")
    assert kept
    assert store.get(SUBSCRIPTIONS, subscription.sid) is None


def test_the_fake_answers_the_documented_fields(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, body = send(
        fake, "POST", f"/Calls/{call['sid']}/UserDefinedMessages.json", {"Content": "{}"}
    )
    assert status == 201
    assert_schema("api.v2010.account.call.user_defined_message", body)
    rest = f"/Calls/{call['sid']}/UserDefinedMessageSubscriptions.json"
    status, body = send(fake, "POST", rest, {"Callback": CALLBACK})
    assert status == 201
    assert_schema("api.v2010.account.call.user_defined_message_subscription", body)
    assert fake.store.table(SUBSCRIPTIONS)[body["sid"]]["_method"] == "POST"


def test_a_repeated_idempotency_key_answers_the_first_record(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    with fake.client() as client:
        first = client.call_user_defined_messages.create(call["sid"], "{}", idempotency_key="k")
        again = client.call_user_defined_messages.create(call["sid"], "{}", idempotency_key="k")
        other = client.call_user_defined_messages.create(call["sid"], "{}", idempotency_key="j")
        subscriptions = client.call_user_defined_message_subscriptions
        one = subscriptions.create(call["sid"], CALLBACK, idempotency_key="k")
        two = subscriptions.create(call["sid"], CALLBACK, idempotency_key="k")
    assert first.sid == again.sid != other.sid
    assert one.sid == two.sid


@pytest.mark.parametrize(
    ("rest", "form"),
    [
        ("UserDefinedMessages", {"Content": "{}"}),
        ("UserDefinedMessageSubscriptions", {"Callback": CALLBACK}),
    ],
)
def test_a_call_not_in_progress_is_21220_and_an_unknown_one_404(
    fake: FakeTwilio, rest: str, form: dict[str, str]
) -> None:
    ended = calls.seed_call(fake.store, fake.account_sid, status="completed")
    assert error_of(send(fake, "POST", f"/Calls/{ended['sid']}/{rest}.json", form)) == (400, 21220)
    unknown = "CA" + "0" * 32
    assert error_of(send(fake, "POST", f"/Calls/{unknown}/{rest}.json", form)) == (404, 20404)
    others = calls.seed_call(fake.store, other_account(fake))
    assert error_of(send(fake, "POST", f"/Calls/{others['sid']}/{rest}.json", form)) == (404, 20404)


@pytest.mark.parametrize(
    ("rest", "form"),
    [
        ("UserDefinedMessages", {}),
        ("UserDefinedMessages", {"Content": "not json"}),
        ("UserDefinedMessageSubscriptions", {}),
        ("UserDefinedMessageSubscriptions", {"Callback": "example.com"}),
        ("UserDefinedMessageSubscriptions", {"Callback": CALLBACK, "Method": "PUT"}),
    ],
)
def test_bad_parameters_are_400(fake: FakeTwilio, rest: str, form: dict[str, str]) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    status, _ = send(fake, "POST", f"/Calls/{call['sid']}/{rest}.json", form)
    assert status == 400


def test_a_subscription_of_another_call_is_not_deleted(fake: FakeTwilio) -> None:
    call = calls.seed_call(fake.store, fake.account_sid)
    other = calls.seed_call(fake.store, fake.account_sid)
    rest = f"/Calls/{call['sid']}/UserDefinedMessageSubscriptions.json"
    _, body = send(fake, "POST", rest, {"Callback": CALLBACK})
    elsewhere = f"/Calls/{other['sid']}/UserDefinedMessageSubscriptions/{body['sid']}.json"
    assert error_of(send(fake, "DELETE", elsewhere)) == (404, 20404)
    assert fake.store.get(SUBSCRIPTIONS, body["sid"]) is not None
