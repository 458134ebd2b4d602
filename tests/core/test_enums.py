from __future__ import annotations

import copy
import enum
import pickle
from typing import assert_type

import pytest
from hypothesis import given, strategies as st

from twilio_sansio.core import enums
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument


class MessageStatus(OpenStrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"


class CallDirection(OpenStrEnum):
    INBOUND = "inbound"
    OUTBOUND_API = enum.auto()


class Fuzzed(OpenStrEnum):
    KNOWN = "known"


def test_declared_values_give_the_declared_members() -> None:
    assert MessageStatus("queued") is MessageStatus.QUEUED
    assert MessageStatus.QUEUED.is_known
    plain: str = "queued"
    assert plain == MessageStatus.QUEUED
    assert str(MessageStatus.QUEUED) == "queued"
    assert repr(MessageStatus.QUEUED) == "<MessageStatus.QUEUED: 'queued'>"


def test_auto_values_are_lower_case_names() -> None:
    assert str(CallDirection.OUTBOUND_API) == "outbound_api"


def test_undeclared_value_gives_a_member_like_instance() -> None:
    status = MessageStatus("new-value")
    assert isinstance(status, MessageStatus)
    assert isinstance(status, str)
    assert not status.is_known
    assert status.value == "new-value"
    assert status.name == "new-value"
    assert str(status) == "new-value"
    assert f"{status}" == "new-value"
    assert status == "new-value"
    assert hash(status) == hash("new-value")
    assert {"new-value": 1}[status] == 1
    assert repr(status) == "<MessageStatus (undeclared): 'new-value'>"


def test_the_same_undeclared_value_gives_the_same_object() -> None:
    assert MessageStatus("scheduled") is MessageStatus("scheduled")


def test_undeclared_values_are_not_listed_among_the_members() -> None:
    MessageStatus("canceled")
    assert list(MessageStatus) == [
        MessageStatus.QUEUED,
        MessageStatus.SENT,
        MessageStatus.DELIVERED,
    ]
    assert len(MessageStatus) == 3
    assert MessageStatus("canceled") not in MessageStatus
    assert "canceled" not in MessageStatus.__members__


def test_undeclared_value_matching_a_member_name_is_not_that_member() -> None:
    status = MessageStatus("QUEUED")
    assert status is not MessageStatus.QUEUED
    assert not status.is_known


def test_undeclared_members_are_per_class() -> None:
    status = MessageStatus("failed")
    direction = CallDirection("failed")
    assert type(status) is MessageStatus
    assert type(direction) is CallDirection
    assert not direction.is_known


def test_undeclared_members_survive_pickle_and_copy() -> None:
    status = MessageStatus("receiving")
    assert pickle.loads(pickle.dumps(status)) is status
    assert copy.copy(status) is status
    assert copy.deepcopy(status) is status


def test_a_str_subclass_value_is_stored_as_a_plain_str() -> None:
    status = MessageStatus(CallDirection.INBOUND)
    assert type(status.value) is str
    assert status == "inbound"


@pytest.mark.parametrize("value", [None, 3, b"queued", 1.5])
def test_non_string_values_raise_invalid_argument(value: object) -> None:
    with pytest.raises(InvalidArgument, match="MessageStatus"):
        MessageStatus(value)  # type: ignore[arg-type]


def test_undeclared_values_beyond_the_cache_bound_still_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Bounded(OpenStrEnum):
        KNOWN = "known"

    monkeypatch.setattr(enums, "_MAX_PSEUDO_MEMBERS", 2)
    first = [Bounded(f"value-{i}") for i in range(5)]
    assert [str(v) for v in first] == [f"value-{i}" for i in range(5)]
    assert all(not v.is_known for v in first)
    assert Bounded("value-0") is first[0]


def test_mypy_sees_subclass_instances() -> None:
    assert_type(MessageStatus("queued"), MessageStatus)
    member: MessageStatus = MessageStatus.QUEUED
    assert_type(member, MessageStatus)
    known: bool = MessageStatus("x").is_known
    assert known is False


@given(st.text(max_size=20))
def test_any_string_gives_an_equal_instance(text: str) -> None:
    value = Fuzzed(text)
    assert isinstance(value, Fuzzed)
    assert value == text
    assert value.value == text
    assert str(value) == text
    assert value.is_known == (text == "known")


def test_friendly_reads_like_twilio_gos_for_declared_and_new_values() -> None:
    from twilio_sansio.core.resources.calls import CallStatus
    from twilio_sansio.core.resources.messages import MessageStatus

    assert CallStatus("in-progress").friendly == "In Progress"
    assert CallStatus("no-answer").friendly == "No Answer"
    assert MessageStatus("queued").friendly == "Queued"
    assert MessageStatus("partially_delivered").friendly == "Partially Delivered"
    assert MessageStatus("brand-new-status").friendly == "Brand New Status"
    assert MessageStatus("").friendly == ""
