"""User-defined messages of a call and subscriptions to them: requests, models, bad input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.call_user_defined_messages import (
    CallUserDefinedMessage,
    CallUserDefinedMessageOperations,
    CallUserDefinedMessageSubscription,
    CallUserDefinedMessageSubscriptionOperations,
)

CALL = "CA" + "1" * 32
SUBSCRIPTION = "ZY" + "2" * 32
CALL_PATH = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}"
NOT_TEXT: Any = 7
CALLBACK = "https://example.com/sdk-messages"


def messages() -> CallUserDefinedMessageOperations:
    return CallUserDefinedMessageOperations(make_config())


def subscriptions() -> CallUserDefinedMessageSubscriptionOperations:
    return CallUserDefinedMessageSubscriptionOperations(make_config())


def test_create_posts_the_content_as_given() -> None:
    operation = messages().create(CALL, '{"step":"greeting"}')
    assert_request(
        operation.request,
        "POST",
        f"{CALL_PATH}/UserDefinedMessages.json",
        b"Content=%7B%22step%22%3A%22greeting%22%7D",
    )


def test_create_sends_a_mapping_as_compact_json_and_the_idempotency_key() -> None:
    operation = messages().create(CALL, {"step": "greeting", "n": 2}, idempotency_key="k-1")
    assert_request(
        operation.request,
        "POST",
        f"{CALL_PATH}/UserDefinedMessages.json",
        b"Content=%7B%22step%22%3A%22greeting%22%2C%22n%22%3A2%7D&IdempotencyKey=k-1",
    )


def test_subscribe_posts_the_callback_and_its_method() -> None:
    operation = subscriptions().create(CALL, CALLBACK, method="get", idempotency_key="k-2")
    assert_request(
        operation.request,
        "POST",
        f"{CALL_PATH}/UserDefinedMessageSubscriptions.json",
        b"Callback=https%3A%2F%2Fexample.com%2Fsdk-messages&Method=GET&IdempotencyKey=k-2",
    )


def test_delete_removes_the_subscription_and_a_404_is_success() -> None:
    operation = subscriptions().delete(CALL, SUBSCRIPTION)
    assert_request(
        operation.request,
        "DELETE",
        f"{CALL_PATH}/UserDefinedMessageSubscriptions/{SUBSCRIPTION}.json",
    )
    assert operation.parse(json_response({"code": 20404, "message": "gone"}, 404)) is None


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: messages().create("CA1", "{}"), "call_sid"),
        (lambda: messages().create(CALL, ""), "content"),
        (lambda: messages().create(CALL, "hello"), "content must be JSON"),
        (lambda: messages().create(CALL, '{"a": '), "content must be JSON"),
        (lambda: messages().create(CALL, "[" * 100_000), "content must be JSON"),
        (lambda: messages().create(CALL, NOT_TEXT), "content"),
        (lambda: messages().create(CALL, {"x": float("nan")}), "content"),
        (lambda: messages().create(CALL, {"x": object()}), "content"),
        (lambda: messages().create(CALL, "{}", idempotency_key=""), "idempotency_key"),
        (lambda: subscriptions().create(CALL, "example.com/cb"), "callback"),
        (lambda: subscriptions().create(CALL, "ftp://example.com/cb"), "callback"),
        (lambda: subscriptions().create(CALL, CALLBACK, method="PUT"), "method"),
        (lambda: subscriptions().create(SUBSCRIPTION, CALLBACK), "call_sid"),
        (lambda: subscriptions().delete(CALL, "ZY1"), "sid"),
        (lambda: subscriptions().delete(CALL, "KX" + "2" * 32), "sid"),
        (lambda: subscriptions().delete(NOT_TEXT, SUBSCRIPTION), "call_sid"),
    ],
)
def test_bad_input_is_refused_before_a_request(build: Any, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        build()


def test_the_models_read_twilios_answers_and_cover_the_schemas() -> None:
    message = (
        messages()
        .create(CALL, "{}")
        .parse(
            json_response(
                {
                    "account_sid": ACCOUNT,
                    "call_sid": CALL,
                    "sid": "KX" + "3" * 32,
                    "date_created": WHEN,
                },
                201,
            )
        )
    )
    assert isinstance(message, CallUserDefinedMessage)
    assert (message.sid, message.call_sid, message.date_created) == ("KX" + "3" * 32, CALL, WHEN_DT)
    uri = f"/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions/x.json"
    subscription = (
        subscriptions()
        .create(CALL, CALLBACK)
        .parse(
            json_response(
                {
                    "account_sid": ACCOUNT,
                    "call_sid": CALL,
                    "sid": SUBSCRIPTION,
                    "date_created": WHEN,
                    "uri": uri,
                },
                201,
            )
        )
    )
    assert isinstance(subscription, CallUserDefinedMessageSubscription)
    assert (subscription.sid, subscription.uri) == (SUBSCRIPTION, uri)
    schemas = openapi_schemas()
    assert_model_covers(
        schemas, "api.v2010.account.call.user_defined_message", CallUserDefinedMessage
    )
    assert_model_covers(
        schemas,
        "api.v2010.account.call.user_defined_message_subscription",
        CallUserDefinedMessageSubscription,
    )
