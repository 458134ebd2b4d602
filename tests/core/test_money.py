from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.money import Price
from twilio_sansio.core.values import MalformedValue

AMOUNTS = st.decimals(
    min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=6, allow_nan=False
)


@pytest.mark.parametrize(
    ("amount", "currency", "friendly"),
    [
        ("-0.75000", "USD", "$0.75"),
        ("-0.00750", "USD", "$0.0075"),
        ("-1", "USD", "$1.00"),
        ("-0.10000", "USD", "$0.10"),
        ("0.75", "USD", "-$0.75"),
        ("0", "USD", "$0.00"),
        ("-0.00", "USD", "$0.00"),
        ("-1234.5", "USD", "$1,234.50"),
        ("-0.75", "EUR", "€0.75"),
        ("-0.75", "GBP", "£0.75"),
        ("-100", "JPY", "¥100"),
        ("-0.5", "JPY", "¥0.5"),
        ("-0.75", "CAD", "CA$0.75"),
        ("-0.75", "AUD", "A$0.75"),
        ("-0.75", "XYZ", "0.75 XYZ"),
        ("0.75", "INR", "-0.75 INR"),
        ("-1.5", "KWD", "1.500 KWD"),
    ],
)
def test_friendly_shows_what_was_spent(amount: str, currency: str, friendly: str) -> None:
    price = Price.parse(amount, currency)
    assert price is not None
    assert price.friendly() == friendly
    assert str(price) == friendly


@pytest.mark.parametrize("amount", [None, ""])
def test_parse_of_null_or_empty_amount_is_none(amount: object) -> None:
    assert Price.parse(amount, "USD") is None
    assert Price.parse(amount, None) is None


def test_parse_keeps_the_amount_exactly_as_sent() -> None:
    price = Price.parse("-0.75000", "USD")
    assert price == Price(Decimal("-0.75000"), "USD")
    assert price is not None
    assert str(price.amount) == "-0.75000"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [(-0.0075, Decimal("-0.0075")), (-1, Decimal("-1")), (Decimal("-0.5"), Decimal("-0.5"))],
)
def test_parse_reads_numbers_exactly(amount: object, expected: Decimal) -> None:
    price = Price.parse(amount, "USD")
    assert price is not None
    assert price.amount == expected
    assert str(price.amount) == str(expected)


def test_parse_upper_cases_the_currency() -> None:
    assert Price.parse("-1", "usd") == Price(Decimal("-1"), "USD")


@pytest.mark.parametrize(
    "amount",
    ["abc", "NaN", "sNaN", "Infinity", "-inf", "1e999999", "1e-999999", "1" * 500, True, [], {}],
)
def test_parse_rejects_malformed_amounts(amount: object) -> None:
    with pytest.raises(MalformedValue):
        Price.parse(amount, "USD")


@pytest.mark.parametrize("currency", [None, "", "US", "USDX", "U$D", 840, "€"])
def test_parse_rejects_malformed_currencies(currency: object) -> None:
    with pytest.raises(MalformedValue, match="currency"):
        Price.parse("-0.75", currency)


def test_malformed_value_is_a_value_error_but_not_invalid_argument() -> None:
    with pytest.raises(ValueError, match="abc") as caught:
        Price.parse("abc", "USD")
    assert not isinstance(caught.value, InvalidArgument)


@pytest.mark.parametrize(
    ("amount", "currency"),
    [(-0.75, "USD"), ("-0.75", "USD"), (Decimal("NaN"), "USD"), (Decimal("1"), "usd")],
)
def test_constructor_rejects_bad_values_as_invalid_argument(amount: object, currency: str) -> None:
    with pytest.raises(InvalidArgument):
        Price(amount, currency)  # type: ignore[arg-type]


def test_price_is_frozen_and_hashable() -> None:
    price = Price(Decimal("-0.75"), "USD")
    with pytest.raises(AttributeError, match="immutable"):
        price.amount = Decimal(1)  # type: ignore[misc]
    assert hash(price) == hash(Price(Decimal("-0.75"), "USD"))
    assert repr(price) == "Price(amount=Decimal('-0.75'), currency='USD')"


@given(AMOUNTS, st.sampled_from(["USD", "EUR", "GBP", "CAD", "AUD", "XYZ"]))
def test_friendly_shows_the_magnitude_with_at_least_two_decimals(
    amount: Decimal, currency: str
) -> None:
    text = Price(amount, currency).friendly()
    assert text.startswith("-") == (amount > 0)
    number = text.lstrip("-").removeprefix("CA").removeprefix("A")
    number = number.lstrip("$€£").removesuffix(" XYZ").replace(",", "")
    assert Decimal(number) == abs(amount)
    _, _, fraction = number.partition(".")
    assert len(fraction) >= 2
    assert len(fraction) == 2 or not fraction.endswith("0")


@given(
    st.decimals(
        min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=5, allow_nan=False
    )
)
def test_parse_round_trips_twilio_formatted_amounts(amount: Decimal) -> None:
    price = Price.parse(f"{amount:.5f}", "USD")
    assert price is not None
    assert price.amount == amount


@given(
    st.one_of(st.text(max_size=30), st.floats(), st.integers(), st.none()),
    st.one_of(st.text(max_size=5), st.none()),
)
def test_parse_of_arbitrary_values_raises_only_malformed_value(
    amount: object, currency: object
) -> None:
    try:
        price = Price.parse(amount, currency)
    except MalformedValue:
        return
    if price is not None:
        assert price.amount.is_finite()
        assert len(price.currency) == 3
        assert isinstance(price.friendly(), str)
