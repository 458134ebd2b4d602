"""Prices as Twilio reports them: an exact decimal amount and an ISO 4217 currency.

Twilio reports what a message or call cost as a negative amount (``"-0.75000"``) with
a separate currency field (``"USD"``). :class:`Price` keeps the amount exact
(:class:`~decimal.Decimal`, never a float) and offers a friendly form that shows what
was spent: ``$0.75``.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from twilio_sansio.core._value import Value
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.values import MalformedValue

__all__ = ["Price"]

_CURRENCY = re.compile(r"[A-Z]{3}", re.ASCII)
# Amounts are kept within a range no price reaches, so that formatting one can never
# produce a huge string (Decimal("1e999999999") is a valid Decimal).
_MAX_ADJUSTED_EXPONENT = 40
_MIN_EXPONENT = -40
_MAX_AMOUNT_TEXT = 100

_SYMBOLS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CAD": "CA$",
    "AUD": "A$",
}
# Currencies whose minor unit is not 1/100 (ISO 4217); every other one shows at least
# two decimals.
_MINOR_DIGITS = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "CLP": 0,
    "ISK": 0,
    "UGX": 0,
    "PYG": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
}


def _check_amount(value: Decimal) -> None:
    if not isinstance(value, Decimal):
        raise InvalidArgument(f"Price.amount must be a Decimal, got {type(value).__name__}")
    if not _in_range(value):
        raise InvalidArgument(f"Price.amount is not a finite amount in range: {value!r}")


def _check_currency(value: str) -> None:
    if not isinstance(value, str) or not _CURRENCY.fullmatch(value):
        raise InvalidArgument(
            f"Price.currency must be an upper-case ISO 4217 code like 'USD', got {value!r}"
        )


def _in_range(amount: Decimal) -> bool:
    if not amount.is_finite():
        return False
    exponent = amount.as_tuple().exponent
    return (
        isinstance(exponent, int)
        and exponent >= _MIN_EXPONENT
        and amount.adjusted() <= _MAX_ADJUSTED_EXPONENT
    )


class Price(Value):
    """An exact amount of money in a currency, as Twilio reports charges.

    Twilio reports a charge as a negative amount; :meth:`friendly` shows it as the
    positive sum spent.

    Attributes:
        amount: The amount exactly as Twilio sent it (negative for a charge).
        currency: The upper-case ISO 4217 currency code, e.g. ``"USD"``.

    Raises:
        InvalidArgument: When built directly with an amount that is not a finite
            :class:`~decimal.Decimal` in a sane range, or a currency that is not three
            upper-case letters.

    """

    __slots__ = ("amount", "currency")
    __match_args__ = ("amount", "currency")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    amount: Decimal
    currency: str

    def __init__(self, amount: Decimal, currency: str) -> None:
        _check_amount(amount)
        _check_currency(currency)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)

    @classmethod
    def parse(cls, amount: object, currency: object) -> Price | None:
        """Build a price from the raw ``price`` and ``price_unit`` fields Twilio sent.

        Args:
            amount: The amount: a string like ``"-0.75000"``, an int, a float (read via
                its shortest repr, so ``-0.0075`` stays exact), a Decimal, or None.
            currency: The currency code, e.g. ``"USD"`` (any case).

        Returns:
            The price, or None when ``amount`` is None or the empty string (Twilio
            sends a null price until the charge is known).

        Raises:
            MalformedValue: The amount is not a finite number in a sane range, or the
                currency is missing or not a three-letter code.

        """
        if amount is None or amount == "":
            return None
        if type(amount) is str and type(currency) is str:
            # Prices repeat (a page holds a few distinct ones) and a Price is immutable,
            # so equal texts share one parsed instance.
            return _parse_text(amount, currency)
        return cls._build(amount, currency)

    @classmethod
    def _build(cls, amount: object, currency: object) -> Price:
        value = _decimal_of(amount)
        if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency.upper()):
            raise MalformedValue(f"not a currency code: {currency!r} (for amount {amount!r})")
        return cls(value, currency.upper())

    def friendly(self) -> str:
        """Show what was spent, the way a person writes it.

        Twilio's negative charges become positive sums (``-0.75000`` USD → ``$0.75``);
        positive amounts (credits, refunds) get a leading minus (``-$0.75``). Trailing
        zeros are dropped but at least the currency's usual decimals are kept
        (``-0.00750`` → ``$0.0075``, ``-1`` → ``$1.00``). USD, EUR, GBP, JPY, CAD and
        AUD get a symbol; other currencies are shown as ``0.75 XYZ``.

        Returns:
            The friendly text.

        """
        sign = "-" if self.amount > 0 else ""
        number = _format_magnitude(abs(self.amount), _MINOR_DIGITS.get(self.currency, 2))
        symbol = _SYMBOLS.get(self.currency)
        if symbol is None:
            return f"{sign}{number} {self.currency}"
        return f"{sign}{symbol}{number}"

    def __str__(self) -> str:
        return self.friendly()


def _decimal_of(amount: object) -> Decimal:
    value: Decimal | None = None
    if isinstance(amount, Decimal):
        value = amount
    elif isinstance(amount, int) and not isinstance(amount, bool):
        value = Decimal(amount)
    elif isinstance(amount, float | str) and len(text := str(amount)) <= _MAX_AMOUNT_TEXT:
        # str() of a float is its shortest repr, so -0.0075 stays exactly -0.0075.
        try:
            value = Decimal(text.strip())
        except (InvalidOperation, ValueError):
            value = None
    if value is None or not _in_range(value):
        raise MalformedValue(f"not a finite amount in range: {amount!r}")
    return value


def _format_magnitude(magnitude: Decimal, min_decimals: int) -> str:
    """Format a non-negative amount with thousands separators and trimmed decimals."""
    whole, _, fraction = format(magnitude, "f").partition(".")
    fraction = fraction.rstrip("0").ljust(min_decimals, "0")
    grouped = f"{int(whole):,}"
    return f"{grouped}.{fraction}" if fraction else grouped


@functools.lru_cache(maxsize=512)
def _parse_text(amount: str, currency: str) -> Price:
    return Price._build(amount, currency)
