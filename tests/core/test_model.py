"""The model base: JSON keys from attribute names, an unchangeable raw, no hashing."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from twilio_sansio.core.model import (
    Choice,
    Integer,
    PriceField,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.money import Price
from twilio_sansio.core.resources.calls import CallStatus


class Sample(Record):
    __slots__ = ()

    sid = Sid()
    friendly_name = Text()
    from_ = Text("from")
    count = Integer()
    status = Choice(CallStatus)
    price = PriceField()
    cost = PriceField("cost_amount", "cost_currency")
    date_created = Timestamp()
    secret = Text(redact=True)


SAMPLE: dict[str, Any] = {
    "sid": "XX" + "0" * 32,
    "friendly_name": "front desk",
    "from": "+14155550100",
    "count": "3",
    "status": "completed",
    "price": "-0.75000",
    "price_unit": "USD",
    "cost_amount": "1.5",
    "cost_currency": "EUR",
    "date_created": "Mon, 06 Jan 2025 12:00:00 +0000",
    "secret": "hunter2",
    "undocumented": [1, 2],
}


def sample() -> Sample:
    return Sample.from_json(dict(SAMPLE))


def test_a_field_reads_the_key_named_like_its_attribute_unless_it_names_another() -> None:
    assert Sample.field_names() == {
        "sid": "sid",
        "friendly_name": "friendly_name",
        "from_": "from",
        "count": "count",
        "status": "status",
        "price": "price",
        "cost": "cost_amount",
        "date_created": "date_created",
        "secret": "secret",
    }
    record = sample()
    assert (record.friendly_name, record.from_, record.count) == ("front desk", SAMPLE["from"], 3)
    assert record.status is CallStatus.COMPLETED
    assert record.date_created == datetime(2025, 1, 6, 12, tzinfo=UTC)


def test_a_price_reads_its_currency_from_the_amount_key_plus_unit_by_default() -> None:
    record = sample()
    assert record.price == Price(Decimal("-0.75000"), "USD")
    assert record.cost == Price(Decimal("1.5"), "EUR")
    price, cost = vars(Sample)["price"], vars(Sample)["cost"]
    assert isinstance(price, PriceField)
    assert isinstance(cost, PriceField)
    assert (price.unit_key, cost.unit_key) == ("price_unit", "cost_currency")


def test_changing_what_raw_returned_changes_neither_the_record_nor_its_cached_fields() -> None:
    record = sample()
    assert record.count == 3  # converted and cached
    raw = record.raw
    raw["count"] = "99"
    raw["friendly_name"] = "changed"
    raw["date_created"] = "Tue, 07 Jan 2025 08:30:00 +0000"
    del raw["sid"]
    assert (record.count, record.friendly_name, record.sid) == (3, "front desk", SAMPLE["sid"])
    assert record.date_created == datetime(2025, 1, 6, 12, tzinfo=UTC)  # read after the change
    assert record.raw == SAMPLE


def test_raw_keeps_undocumented_fields_and_serializes_as_json() -> None:
    record = sample()
    assert record.raw["undocumented"] == [1, 2]
    assert json.loads(json.dumps(record.raw)) == SAMPLE


def test_records_are_unhashable_on_purpose_and_equal_by_class_and_json() -> None:
    assert Record.__hash__ is None
    with pytest.raises(TypeError, match="unhashable"):
        hash(sample())
    assert sample() == sample()
    assert sample() != Sample.from_json({**SAMPLE, "count": "4"})
    assert sample() != Record.from_json(dict(SAMPLE))


def test_a_record_survives_pickling_with_its_json() -> None:
    record = sample()
    restored = pickle.loads(pickle.dumps(record))
    assert restored == record
    assert restored.count == 3


def test_repr_hides_a_redacted_field() -> None:
    assert "hunter2" not in repr(sample())
    assert "secret=[redacted]" in repr(sample())
