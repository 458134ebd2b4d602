"""The one module that knows Twilio's webhook formats: cattrs hooks from text to types.

Every webhook parameter is text. The hooks here turn it into the types the events declare,
with the same converters as the REST models (timestamps, durations) and the same rule for
addresses (phone numbers become :class:`~twilio_sansio.core.phone.PhoneNumber`, anything
else passes through). An empty value reads as absent for every type but text. cattrs'
errors are translated into the library's, naming Twilio's parameter.

Imported on the first event built: cattrs costs about 30 ms to import, which neither
``import twilio_sansio`` nor a signature check should pay.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, override

from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.phone import PhoneNumber
from twilio_sansio.core.times import parse_duration, parse_timestamp
from twilio_sansio.core.values import MalformedValue
from twilio_sansio.webhooks.errors import MalformedParameter, MissingParameter
from twilio_sansio.webhooks.event import WebhookEvent
from twilio_sansio.webhooks.values import Address, Sid

__all__ = ["structure"]

E = TypeVar("E", bound=WebhookEvent)

_INTEGER = re.compile(r"[-+]?[0-9]{1,18}", re.ASCII)
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?", re.ASCII)
_E164 = re.compile(r"\+[0-9]{2,15}", re.ASCII)
_BOOLEANS = {"true": True, "false": False}


def structure(
    cls: type[E],
    params: Mapping[str, str] | Iterable[tuple[str, str]],
    idempotency_token: str | None,
) -> E:
    """Build ``cls`` out of Twilio's parameters; see :meth:`WebhookEvent.from_params`."""
    pairs = _pairs(params)
    wanted = set(cls.parameter_names().values())
    read: dict[str, str] = {}
    for name, value in pairs:
        if name in wanted:
            if name in read:
                raise MalformedParameter(
                    f"the {name} parameter is sent more than once", name, value
                )
            read[name] = value
    try:
        event = _CONVERTER.structure(read, cls)
    except cattrs.ClassValidationError as group:
        raise _translate(cls, group, read) from None
    # An empty value reads as None; a field that cannot be None takes its default instead,
    # or is an error when it has none.
    defaults: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if getattr(event, field.name) is not None or field.default is None:
            continue
        if field.default is attrs.NOTHING:
            name = cls.parameter_names()[field.name]
            raise MalformedParameter(f"the {name} parameter is empty", name, read[name])
        defaults[field.name] = field.default
    return attrs.evolve(
        event,
        params=tuple(pairs),
        idempotency_token=idempotency_token,
        **defaults,
        **cls._derived(dict(pairs)),
    )


def _pairs(params: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    if isinstance(params, str | bytes):
        raise InvalidArgument("params must be a mapping or (name, value) pairs, not a string")
    items = params.items() if isinstance(params, Mapping) else params
    pairs = []
    for item in items:
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InvalidArgument(f"params must be (name, value) pairs, got {item!r:.60}")
        name, value = item
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidArgument(
                f"parameter names and values must be text, got {name!r:.40}: {value!r:.40}"
            )
        pairs.append((name, value))
    return pairs


def _translate(
    cls: type[WebhookEvent], group: cattrs.ClassValidationError, read: Mapping[str, str]
) -> MissingParameter | MalformedParameter:
    """Turn cattrs' first complaint into the library's error naming the parameter."""
    names = cls.parameter_names()
    more = len(group.exceptions) - 1
    also = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    first = group.exceptions[0]
    attribute = next(
        (
            note.name
            for note in getattr(first, "__notes__", ())
            if isinstance(note, cattrs.AttributeValidationNote)
        ),
        "",
    )
    name = names.get(attribute, attribute)
    if isinstance(first, KeyError):
        return MissingParameter(
            f"the {name} parameter is missing: every {cls.__name__} webhook carries it{also}",
            name,
        )
    value = read.get(name, "")
    reason = (
        str(first) if isinstance(first, MalformedValue | InvalidArgument) else type(first).__name__
    )
    return MalformedParameter(f"{name}={value!r:.60} is not valid: {reason}{also}", name, value)


def _sid(value: str, _: Any) -> Sid | None:
    return Sid(value) if value else None


def _address(value: str, _: Any) -> Address | None:
    if not value:
        return None
    if _E164.fullmatch(value):
        try:
            return Address(PhoneNumber(value))
        except InvalidArgument:
            pass  # a caller ID no numbering plan knows is still what Twilio sent
    return Address(value)


def _integer(value: str, _: Any) -> int | None:
    if not value:
        return None
    if not _INTEGER.fullmatch(value):
        raise MalformedValue(f"expected an integer, got {value!r:.60}")
    return int(value)


def _decimal(value: str, _: Any) -> float | None:
    if not value:
        return None
    number = float(value) if _DECIMAL.fullmatch(value) else math.nan
    if not math.isfinite(number):
        raise MalformedValue(f"expected a number, got {value!r:.60}")
    return number


def _boolean(value: str, _: Any) -> bool | None:
    if not value:
        return None
    found = _BOOLEANS.get(value.lower())
    if found is None:
        raise MalformedValue(f"expected true or false, got {value!r:.60}")
    return found


def _timestamp(value: str, _: Any) -> datetime | None:
    return parse_timestamp(value)


def _duration(value: str, _: Any) -> timedelta | None:
    return parse_duration(value)


def _choice(enum: type[OpenStrEnum]) -> Callable[[str, Any], OpenStrEnum | None]:
    def convert(value: str, _: Any) -> OpenStrEnum | None:
        return enum(value) if value else None

    return convert


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, OpenStrEnum)


def _is_event(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, WebhookEvent)


def _event_hook(cls: type[WebhookEvent]) -> Callable[[Mapping[str, str], Any], WebhookEvent]:
    names = cls.parameter_names()
    overrides: dict[str, Any] = {
        field.name: override(rename=names[field.name])
        if field.name in names
        else override(omit=True)
        for field in attrs.fields(cls)
    }
    return make_dict_structure_fn(cls, _CONVERTER, _cattrs_detailed_validation=True, **overrides)


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True)
    for kind, hook in (
        (Sid, _sid),
        (Address, _address),
        (int, _integer),
        (float, _decimal),
        (bool, _boolean),
        (datetime, _timestamp),
        (timedelta, _duration),
    ):
        converter.register_structure_hook(kind, hook)
    converter.register_structure_hook_factory(_is_enum, _choice)
    converter.register_structure_hook_factory(_is_event, _event_hook)
    return converter


_CONVERTER = _converter()
