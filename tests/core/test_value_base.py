"""The core's hand-written value classes behave as the attrs classes they replaced."""

from __future__ import annotations

import copy
import pickle
import weakref
from decimal import Decimal
from typing import Any

import pytest

from twilio_sansio.core._value import Value, replace
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Request, Response, ResponseInfo
from twilio_sansio.core.money import Price
from twilio_sansio.core.operation import Operation, json_object
from twilio_sansio.core.resources.messages import Message
from twilio_sansio.core.retry import GiveUp, Retry, RetryPolicy
from twilio_sansio.core.steps import Attempt, Exchange, Moment, Now, Sleep

SID = "AC" + "0" * 32
REQUEST = Request("GET", "https://api.twilio.com/x", [("Accept", "application/json")])

VALUES: list[Value] = [
    REQUEST,
    Response(200, [("Content-Type", "application/json")], b"{}"),
    ResponseInfo(429, [("Retry-After", "2")]),
    Price(Decimal("-0.75"), "USD"),
    Operation(REQUEST, json_object),
    Retry(1.5, "429"),
    GiveUp("final"),
    RetryPolicy(max_attempts=5),
    Attempt(REQUEST),
    Exchange(REQUEST),
    Moment(1.0, None),
    Now(),
    Sleep(2.0, "why"),
    BaseUrls.build(region="ie1"),
]

# What attrs pickled (protocol 2): an old pickle must load as an equal value.
ATTRS_ERA_PICKLE = (
    b"\x80\x02ctwilio_sansio.core.http\nRequest\nq\x00)\x81q\x01}q\x02(X\x06\x00\x00\x00method"
    b"q\x03X\x03\x00\x00\x00GETq\x04X\x03\x00\x00\x00urlq\x05X\x18\x00\x00\x00https://api.twi"
    b"lio.com/xq\x06X\x07\x00\x00\x00headersq\x07X\x06\x00\x00\x00acceptq\x08X\x10\x00\x00\x00"
    b"application/jsonq\t\x86q\n\x85q\x0bX\x04\x00\x00\x00bodyq\x0cc__builtin__\nbytes\nq\r)R"
    b"q\x0eubctwilio_sansio.core.money\nPrice\nq\x0f)\x81q\x10}q\x11(X\x06\x00\x00\x00amount"
    b"q\x12cdecimal\nDecimal\nq\x13X\x05\x00\x00\x00-0.75q\x14\x85q\x15Rq\x16X\x08\x00\x00\x00"
    b"currencyq\x17X\x03\x00\x00\x00USDq\x18ubctwilio_sansio.core.retry\nRetryPolicy\nq\x19)"
    b"\x81q\x1a}q\x1b(X\x0c\x00\x00\x00max_attemptsq\x1cK\x05X\x0c\x00\x00\x00backoff_baseq"
    b"\x1dG?\xe0\x00\x00\x00\x00\x00\x00X\x0b\x00\x00\x00backoff_capq\x1eG@ \x00\x00\x00\x00"
    b"\x00\x00X\x0f\x00\x00\x00max_retry_afterq\x1fG@N\x00\x00\x00\x00\x00\x00X\x06\x00\x00"
    b'\x00randomq ctwilio_sansio.core.retry\n_uniform\nq!ub\x87q".'
)


def fields_of(value: Value) -> tuple[Any, ...]:
    return tuple(getattr(value, name) for name in type(value).__slots__)


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_a_value_is_frozen(value: Value) -> None:
    for name in type(value).__slots__ or ("anything",):
        with pytest.raises(AttributeError, match="immutable"):
            setattr(value, name, None)
        with pytest.raises(AttributeError, match="immutable"):
            delattr(value, name)


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_value_survives_pickling_and_copying(value: Value, protocol: int) -> None:
    for restored in (
        pickle.loads(pickle.dumps(value, protocol)),
        copy.copy(value),
        copy.deepcopy(value),
    ):
        assert type(restored) is type(value)
        assert restored == value
        assert fields_of(restored) == fields_of(value)


def test_values_pickled_by_the_attrs_classes_still_load() -> None:
    request, price, policy = pickle.loads(ATTRS_ERA_PICKLE)
    assert request == REQUEST
    assert price == Price(Decimal("-0.75"), "USD")
    assert policy == RetryPolicy(max_attempts=5)
    assert policy.random is RetryPolicy().random


def test_equality_is_by_fields_within_one_class_and_hashes_agree() -> None:
    assert Price(Decimal("1"), "USD") == Price(Decimal("1"), "USD")
    assert Price(Decimal("1"), "USD") != Price(Decimal("1"), "EUR")
    assert hash(Sleep(1.0, "x")) == hash(Sleep(1.0, "x"))
    # Same fields, other class: never equal (as attrs compared).
    assert Attempt(REQUEST) != Exchange(REQUEST)
    assert not Attempt(REQUEST) == Exchange(REQUEST)  # noqa: SIM201 - __eq__ itself
    assert Attempt(REQUEST).__eq__(REQUEST) is NotImplemented
    assert Now() == Now()
    # Fields left out of equality: the random source, the derived authorization.
    assert RetryPolicy(random=lambda: 0.1) == RetryPolicy(random=lambda: 0.9)
    assert hash(RetryPolicy(random=lambda: 0.1)) == hash(RetryPolicy())
    assert {Credentials(SID, "a"), Credentials(SID, "a")} == {Credentials(SID, "a")}


def test_repr_shows_the_fields_attrs_showed() -> None:
    assert repr(Sleep(2.0)) == "Sleep(seconds=2.0, reason='')"
    assert repr(Moment(1.0, None)) == "Moment(wall_time=1.0, time_left=None)"
    assert repr(Now()) == "Now()"
    assert repr(Operation(REQUEST, json_object)) == (
        "Operation(request=Request(method='GET', url='https://api.twilio.com/x', body=<0 bytes>))"
    )
    assert repr(Credentials(SID, "secret-token")) == f"Credentials(username='{SID}')"


def test_values_can_be_matched_by_position() -> None:
    match Sleep(3.0, "backoff"):
        case Sleep(seconds, reason):
            assert (seconds, reason) == (3.0, "backoff")
        case _:  # pragma: no cover
            pytest.fail("no match")


def test_values_can_be_weakly_referenced() -> None:
    price = Price(Decimal("1"), "USD")
    assert weakref.ref(price)() is price


def test_replace_builds_through_the_constructor() -> None:
    policy = RetryPolicy(max_attempts=5, backoff_base=1)
    changed = replace(policy, max_retry_after=None)
    assert (changed.max_attempts, changed.backoff_base, changed.max_retry_after) == (5, 1.0, None)
    assert policy.__replace__(backoff_cap=2) == replace(policy, backoff_cap=2.0)
    with pytest.raises(InvalidArgument, match="max_attempts"):
        replace(policy, max_attempts=0)
    with pytest.raises(TypeError, match="no field 'attempts'"):
        replace(policy, attempts=2)
    # Converters run again: header names are lowered.
    assert replace(REQUEST, headers=[("X-A", "1")]).headers == (("x-a", "1"),)


def test_replace_of_a_record_starts_a_new_cache_without_the_response() -> None:
    message = Message.from_json({"sid": "SM1", "num_segments": "2"})
    message._set_response(ResponseInfo(200))
    assert message.num_segments == 2
    other = replace(message, raw={"sid": "SM1", "num_segments": "3"})
    assert type(other) is Message
    assert other.num_segments == 3
    assert other.response_info is None


def test_a_client_config_keeps_refusing_pickling_but_copies_as_itself() -> None:
    config = ClientConfig(SID, Credentials(SID, "token"))
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(config)
    assert copy.deepcopy(config) is config
    sub = config.with_account("AC" + "1" * 32)
    assert (sub.account_sid, sub.credentials, sub.urls) == (
        "AC" + "1" * 32,
        config.credentials,
        config.urls,
    )


def test_validation_errors_are_unchanged() -> None:
    with pytest.raises(InvalidArgument, match=r"Price\.amount must be a Decimal, got float"):
        Price(0.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="backoff_cap must be a finite number"):
        RetryPolicy(backoff_cap=float("nan"))
    with pytest.raises(InvalidArgument, match="random must be a callable"):
        RetryPolicy(random=0.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="user_agent must be printable ASCII"):
        ClientConfig(SID, Credentials(SID, "token"), user_agent="a\nb")
    with pytest.raises(InvalidArgument, match="default_region must be a two-letter"):
        ClientConfig(SID, Credentials(SID, "token"), default_region="USA")
