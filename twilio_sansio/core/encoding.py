"""Form and query encoding exactly as Twilio expects it.

Twilio reads ``application/x-www-form-urlencoded`` bodies and query strings with its own
conventions: a list is the same key repeated (``MediaUrl=a&MediaUrl=b``), booleans are
``true``/``false``, date-times are ISO 8601 in UTC, dates are ``YYYY-MM-DD``, and range
filters are keys ending in ``<`` or ``>`` (``DateSent>``), percent-encoded like any other.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias
from urllib.parse import quote

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.times import format_form_date, format_form_datetime

Scalar: TypeAlias = str | int | float | bool | Decimal | date | datetime | timedelta | Enum
ParamValue: TypeAlias = Scalar | Iterable[Scalar] | None
Params: TypeAlias = Mapping[str, ParamValue]

_SAFE = "-_.~"  # RFC 3986 unreserved characters besides letters and digits
# Printable ASCII but the space: what may stand in a request line as it is.
_URL_SAFE = "".join(chr(code) for code in range(0x21, 0x7F))


def encode_scalar(name: str, value: Scalar) -> str:
    """Return the text Twilio expects for one parameter value.

    Raises:
        InvalidArgument: the value has a type Twilio cannot receive, is a naive datetime,
            or holds a character that cannot travel in a form (NUL).
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return encode_scalar(name, value.value)
    if isinstance(value, str):
        text = value
    elif isinstance(value, datetime):
        text = format_form_datetime(value)
    elif isinstance(value, date):
        text = format_form_date(value)
    elif isinstance(value, timedelta):
        text = str(int(value.total_seconds()))
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidArgument(f"{name}: {value!r} is not a finite number")
        text = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgument(f"{name}: {value!r} is not a finite number")
        text = repr(value)
    else:
        raise InvalidArgument(f"{name}: cannot send a value of type {type(value).__name__}")
    return _form_text(name, text)


def _form_text(name: str, text: str) -> str:
    """Return ``text`` if a form can carry it: no NUL, no lone surrogate.

    Raises:
        InvalidArgument: it holds either.
    """
    if "\x00" in text:
        raise InvalidArgument(f"{name}: the value contains a NUL character")
    _check_encodable(name, text)
    return text


def _check_encodable(name: str, text: str) -> None:
    """Refuse text that UTF-8 cannot carry (a lone surrogate)."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgument(f"{name}: the text holds a lone surrogate") from None


def twilio_params(params: Mapping[str, ParamValue]) -> dict[str, Any]:
    """Pass ``**params`` of Twilio-named parameters on to another builder.

    The ``**params`` of a builder hold parameters by Twilio's names (``StatusCallback``),
    which never collide with a builder's snake_case keywords; a snake_case name here is
    a misspelt or duplicated keyword.

    Raises:
        InvalidArgument: a name starts with a lower-case letter.
    """
    for name in params:
        if name[:1].islower():
            raise InvalidArgument(
                f"unknown keyword {name!r}: pass Twilio's own parameter names "
                "(such as 'StatusCallback') for anything not modelled"
            )
    return dict(params)


def form_pairs(params: Params) -> list[tuple[str, str]]:
    """Flatten parameters into ``(name, text)`` pairs, lists repeated, ``None`` left out.

    Raises:
        InvalidArgument: a name is empty or not a string, or a value cannot be encoded
            (bytes, a mapping, a non-finite number, ...).
    """
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if not isinstance(name, str) or not name:
            raise InvalidArgument(f"parameter names must be non-empty strings, not {name!r}")
        _check_encodable("a parameter name", name)
        if value is None:
            continue
        if isinstance(value, str) and not isinstance(value, Enum):
            pairs.append((name, _form_text(name, value)))  # encode_scalar's text case
            continue
        if isinstance(value, str | bytes | bytearray) or not isinstance(value, Iterable):
            if isinstance(value, bytes | bytearray):
                raise InvalidArgument(f"{name}: pass text (str), not bytes")
            pairs.append((name, encode_scalar(name, value)))
            continue
        if isinstance(value, Mapping):
            raise InvalidArgument(f"{name}: a mapping is not a value Twilio can receive")
        for item in value:
            if item is not None:
                pairs.append((name, encode_scalar(name, item)))
    return pairs


def urlencode_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """Percent-encode ``(name, text)`` pairs as ``a=1&b=2`` with UTF-8, spaces as ``%20``."""
    return "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in pairs)


_UNRESERVED = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + _SAFE.encode()
)
_ESCAPES = {code: chr(code) if code in _UNRESERVED else f"%{code:02X}" for code in range(256)}
"""Each byte (as the code point of its latin-1 reading) and what it is sent as."""


def percent_encode(text: str) -> str:
    """Percent-encode ``text`` as UTF-8, leaving only RFC 3986's unreserved characters.

    The same as ``urllib.parse.quote(text, safe="-_.~")``, in one pass of
    ``str.translate`` instead of a dictionary lookup per byte in Python: a form's values
    (phone numbers with ``+``, any non-ASCII body) rarely take ``quote``'s shortcut.
    The text must be encodable (no lone surrogate: :func:`encode_scalar` checks).
    """
    if text.isascii():
        return text if text.isalnum() else text.translate(_ESCAPES)
    return text.encode("utf-8").decode("latin-1").translate(_ESCAPES)


def encode_form(params: Params) -> bytes:
    """Encode parameters as an ``application/x-www-form-urlencoded`` body."""
    return urlencode_pairs(form_pairs(params)).encode("ascii")


def encode_query(params: Params) -> str:
    """Encode parameters as a query string, without the leading ``?`` (empty if none)."""
    return urlencode_pairs(form_pairs(params))


def path_segment(name: str, value: str) -> str:
    """Percent-encode one path segment so that it can never change the request path.

    Raises:
        InvalidArgument: the value is empty, not a string, is ``.`` or ``..``, or holds
            a lone surrogate (which UTF-8 cannot carry).
    """
    if type(value) is str and value.isalnum() and value.isascii():
        return value  # letters and digits (every SID) are never quoted
    if not isinstance(value, str) or not value:
        raise InvalidArgument(f"{name} must be a non-empty string, not {value!r:.60}")
    if value in (".", ".."):
        raise InvalidArgument(f"{name} cannot be {value!r}")
    _check_encodable(name, value)
    return percent_encode(value)


def fit_for_url(text: str) -> bool:
    """Whether ``text`` holds no whitespace and no control or other unprintable character.

    Such characters could split or bend a request line, so a URL holding one is refused
    rather than sent.
    """
    if text.isascii():
        return text.isprintable() and " " not in text
    return all(c.isprintable() and not c.isspace() for c in text)


def requote_url(text: str) -> str:
    """Percent-encode the non-ASCII text of a URL as UTF-8, keeping everything else.

    Existing escapes (``%2F``) and every printable ASCII character are left as they are.
    Call it on text that :func:`fit_for_url` accepted.
    """
    return text if text.isascii() else quote(text, safe=_URL_SAFE)
