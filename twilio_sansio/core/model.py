"""The base of every resource model: Twilio's raw JSON, converted field by field on demand.

A model wraps the JSON object Twilio sent and keeps it whole in ``raw``: unknown fields are
never lost and building a model costs one small object, so parsing a page costs little
more than ``json.loads``. Each documented field is a typed descriptor declared once on
the model class; it converts its raw value (a date, a price, a count) the first time it
is read and caches the result. A field reads the JSON key named like its attribute
(``account_sid = Text()`` reads ``"account_sid"``) unless it names another
(``from_ = Text("from")``).

A value that cannot be converted raises
:class:`~twilio_sansio.core.values.MalformedValue` when the field is read, so one odd
field never makes a whole page unreadable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

from twilio_sansio.core._value import Value, type_field
from twilio_sansio.core.http import ResponseInfo
from twilio_sansio.core.money import Price
from twilio_sansio.core.times import parse_date, parse_duration, parse_timestamp
from twilio_sansio.core.values import MalformedValue

V = TypeVar("V")
E = TypeVar("E", bound=Enum)
R = TypeVar("R", bound="Record")

_MISSING: Any = object()
REDACTED = "[redacted]"


class Field(property, Generic[V]):
    """A model attribute computed from the raw JSON and cached after its first read.

    Args:
        convert: Turns the raw JSON value (None when absent) into the attribute's value;
            raises :class:`~twilio_sansio.core.values.MalformedValue` when it cannot.
        key: The JSON key to read; by default the attribute's own name.
        redact: Whether ``repr()`` hides the value (secrets).

    A field is a :class:`property` whose getter is a closure made for it once it knows
    its name: reading a field is then a call from C to that closure, with no Python
    ``__get__`` to look up and call and no attribute of the field to read on the way.
    """

    def __init__(
        self, convert: Callable[[Any], V], key: str | None = None, *, redact: bool = False
    ) -> None:
        self.convert = convert
        self.key = key or ""
        self.name = self.key
        self.redact = redact
        super().__init__(self._make_getter())

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        if not self.key:
            self.key = name
        property.__init__(self, self._make_getter())

    def _make_getter(self) -> Callable[[Record], V]:
        """Return the function that reads this field from a record (its key fixed)."""
        name, key, convert = self.name, self.key, self.convert
        if type(self).read is not Field.read:
            return self._make_reading_getter()

        def get(record: Record) -> V:
            cache = record._cache
            value = cache.get(name, _MISSING)
            if value is _MISSING:
                value = cache[name] = convert(record._raw.get(key))
            return value  # type: ignore[no-any-return]

        return get

    def _make_reading_getter(self) -> Callable[[Record], V]:
        name, read = self.name, self.read

        def get(record: Record) -> V:
            cache = record._cache
            value = cache.get(name, _MISSING)
            if value is _MISSING:
                value = cache[name] = read(record._raw)
            return value  # type: ignore[no-any-return]

        return get

    if TYPE_CHECKING:  # property's own __get__ runs; this is what it gives, typed

        @overload
        def __get__(self, record: None, owner: type | None = None, /) -> Field[V]: ...

        @overload
        def __get__(self, record: Record, owner: type | None = None, /) -> V: ...

        def __get__(self, record: Record | None, owner: type | None = None, /) -> Field[V] | V:
            raise NotImplementedError

    def read(self, raw: Mapping[str, Any]) -> V:
        """Convert this field's value out of ``raw`` (uncached)."""
        return self.convert(raw.get(self.key))


class Text(Field[str | None]):
    """A string field, returned as Twilio sent it (None when absent or null)."""

    def __init__(self, key: str | None = None, *, redact: bool = False) -> None:
        super().__init__(_as_text, key, redact=redact)

    def _make_getter(self) -> Callable[[Record], str | None]:
        key = self.key

        def get(record: Record) -> str | None:
            # Strings need no conversion, so they skip the cache.
            value = record._raw.get(key)
            if value is None or type(value) is str:
                return value
            return _as_text(value)

        return get

    if TYPE_CHECKING:

        @overload
        def __get__(self, record: None, owner: type | None = None, /) -> Text: ...

        @overload
        def __get__(self, record: Record, owner: type | None = None, /) -> str | None: ...

        def __get__(self, record: Record | None, owner: type | None = None, /) -> Text | str | None:
            raise NotImplementedError


class Sid(Field[str]):
    """A record's own SID: always present in Twilio's JSON, so typed ``str``, not optional.

    Reading it raises :class:`~twilio_sansio.core.values.MalformedValue` when the JSON
    carries no SID (which Twilio never does), rather than giving every caller a None to
    check.
    """

    def __init__(self, key: str | None = None) -> None:
        super().__init__(_as_sid, key)

    def _make_getter(self) -> Callable[[Record], str]:
        key = self.key

        def get(record: Record) -> str:
            value = record._raw.get(key)
            return value if type(value) is str and value else _as_sid(value)

        return get

    if TYPE_CHECKING:

        @overload
        def __get__(self, record: None, owner: type | None = None, /) -> Sid: ...

        @overload
        def __get__(self, record: Record, owner: type | None = None, /) -> str: ...

        def __get__(self, record: Record | None, owner: type | None = None, /) -> Sid | str:
            raise NotImplementedError


def _as_sid(value: object) -> str:
    if isinstance(value, str) and value:
        return value
    raise MalformedValue(f"expected a SID, got {value!r:.60}")


def _as_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    raise MalformedValue(f"expected a string, got {type(value).__name__}")


def _as_int(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise MalformedValue("expected an integer, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            pass
    raise MalformedValue(f"expected an integer, got {value!r:.60}")


def _as_bool(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if value in ("true", "True"):
        return True
    if value in ("false", "False"):
        return False
    raise MalformedValue(f"expected a boolean, got {value!r:.60}")


def _as_mapping(value: object) -> Mapping[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise MalformedValue(f"expected an object, got {type(value).__name__}")


def _as_list(value: object) -> list[Any] | None:
    if value is None or isinstance(value, list):
        return value
    raise MalformedValue(f"expected a list, got {type(value).__name__}")


def Integer(key: str | None = None) -> Field[int | None]:
    """A count or number Twilio may send as a string (``"3"``) or a JSON number."""
    return Field(_as_int, key)


def Boolean(key: str | None = None) -> Field[bool | None]:
    """A boolean Twilio may send as JSON ``true`` or as the string ``"true"``."""
    return Field(_as_bool, key)


def Timestamp(key: str | None = None) -> Field[datetime | None]:
    """An RFC 2822 or ISO 8601 timestamp, as an aware datetime (None when null or empty)."""
    return Field(parse_timestamp, key)


def Day(key: str | None = None) -> Field[date | None]:
    """A ``YYYY-MM-DD`` date."""
    return Field(parse_date, key)


def Duration(key: str | None = None) -> Field[timedelta | None]:
    """A duration Twilio sends as a count of seconds."""
    return Field(parse_duration, key)


def Object(key: str | None = None) -> Field[Mapping[str, Any] | None]:
    """A JSON object field (``subresource_uris``, ...), returned as is."""
    return Field(_as_mapping, key)


def Array(key: str | None = None) -> Field[list[Any] | None]:
    """A JSON array field, returned as is."""
    return Field(_as_list, key)


def Choice(enum: type[E], key: str | None = None) -> Field[E | None]:
    """A status or other enumerated value; values Twilio adds later are kept, not refused."""
    known = enum._value2member_map_  # a dict lookup, far cheaper than calling the enum

    def convert(value: object) -> E | None:
        member = known.get(value) if type(value) is str else None
        if member is not None:
            return member  # type: ignore[return-value]
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise MalformedValue(f"expected a string, got {type(value).__name__}")
        return enum(value)

    return Field(convert, key)


def Nested(model: type[R], key: str | None = None) -> Field[R | None]:
    """A JSON object Twilio nests in a record, read as a model of its own (None when null).

    Lookup's data packages (``line_type_intelligence``, ``caller_name``, ...) are such
    objects: ``Nested(LineTypeIntelligence)`` gives a typed record, lazily converted too.
    """

    def convert(value: object) -> R | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            raise MalformedValue(f"expected an object, got {type(value).__name__}")
        return model.from_json(value)

    return Field(convert, key)


def Choices(enum: type[E], key: str | None = None) -> Field[tuple[E, ...] | None]:
    """A JSON array of enumerated values, as a tuple of members (None when null).

    Values Twilio adds later are kept, as :func:`Choice` keeps them.
    """
    one = Choice(enum).convert

    def convert(value: object) -> tuple[E, ...] | None:
        items = _as_list(value)
        if items is None:
            return None
        members = tuple(one(item) for item in items)
        if any(member is None for member in members):
            raise MalformedValue(f"expected a list of {enum.__name__} values, got {value!r:.60}")
        return members  # type: ignore[return-value]

    return Field(convert, key)


class PriceField(Field[Price | None]):
    """A price: the amount field and its currency field, combined into a :class:`Price`.

    Args:
        key: The amount's JSON key; by default the attribute's name.
        unit_key: The currency's JSON key; by default the amount's key + ``_unit``
            (``price`` and ``price_unit``), as Twilio names them.
    """

    def __init__(self, key: str | None = None, unit_key: str | None = None) -> None:
        self.unit_key = unit_key or ""
        super().__init__(lambda _value: None, key)

    def __set_name__(self, owner: type, name: str) -> None:
        if not self.unit_key:
            self.unit_key = f"{self.key or name}_unit"
        super().__set_name__(owner, name)  # makes the getter again, with both keys

    def _make_getter(self) -> Callable[[Record], Price | None]:
        if type(self).read is not PriceField.read:
            return self._make_reading_getter()
        name, key, unit_key, parse = self.name, self.key, self.unit_key, Price.parse

        def get(record: Record) -> Price | None:
            cache = record._cache
            value = cache.get(name, _MISSING)
            if value is _MISSING:
                raw = record._raw
                value = cache[name] = parse(raw.get(key), raw.get(unit_key))
            return value  # type: ignore[no-any-return]

        return get

    def read(self, raw: Mapping[str, Any]) -> Price | None:
        """Combine the amount and currency fields of ``raw``."""
        return Price.parse(raw.get(self.key), raw.get(self.unit_key))


class Record(Value):
    """The base of every model: the raw JSON object plus a cache of converted fields.

    Build a model with ``Model.from_json(data)``. Every field Twilio documents is an
    attribute; ``raw`` keeps everything Twilio sent, documented or not.

    Two records are equal when they are of one class and hold the same JSON. Records are
    deliberately unhashable, as h11 makes its events: a record is a snapshot of a resource
    that changes on Twilio's side, and its JSON holds lists and objects, so no hash would
    be both cheap and true to that equality; and hashing by SID would leave the models
    without a SID (call events, numbers for sale) with nothing to hash. Key a set or a
    dict by ``record.sid`` instead.

    A record returned by a call remembers the response it was read from
    (:attr:`response_info`, :attr:`request_id`); a record of a page leaves that to the page.
    """

    __slots__ = ("_cache", "_raw", "_response")
    __match_args__ = ("_raw",)
    _init_fields = _eq_fields = ("_raw",)
    __hash__ = None  # type: ignore[assignment]

    if TYPE_CHECKING:  # what a model's constructor takes, for type checkers
        _raw: Mapping[str, Any]
        _cache: dict[str, Any] = type_field(init=False)
        _response: ResponseInfo | None = type_field(init=False)

    _fields: ClassVar[dict[str, Field[Any]]] = {}

    def __init__(self, raw: Mapping[str, Any]) -> None:
        _set_raw(self, raw)
        _set_cache(self, {})
        _set_response(self, None)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        found: dict[str, Field[Any]] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    found[name] = value
        cls._fields = found

    @classmethod
    def from_json(cls: type[R], data: Mapping[str, Any]) -> R:
        """Build the model from the JSON object Twilio sent.

        The model keeps ``data`` itself, without copying it (parsing a page stays as cheap
        as ``json.loads``): hand it a dict nothing else will change.

        Raises:
            MalformedValue: ``data`` is not a JSON object.
        """
        if not isinstance(data, dict):
            raise MalformedValue(f"expected a JSON object, got {type(data).__name__}")
        return cls(data)

    @classmethod
    def _from_json_items(cls: type[R], items: list[Any]) -> list[R]:
        """Return ``[cls.from_json(item) for item in items]``, built without the calls.

        For a page's records, when ``cls`` keeps :meth:`from_json` and ``__init__`` as
        they are here (see :func:`builds_plain_records`).

        Raises:
            MalformedValue: an item is not a JSON object.
        """
        new, set_raw, set_cache, set_response = object.__new__, _set_raw, _set_cache, _set_response
        records: list[R] = []
        append = records.append
        for item in items:
            if not isinstance(item, dict):
                raise MalformedValue(f"expected a JSON object, got {type(item).__name__}")
            record = new(cls)
            set_raw(record, item)
            set_cache(record, {})
            set_response(record, None)
            append(record)
        return records

    @property
    def response_info(self) -> ResponseInfo | None:
        """The status and headers of the response this record was read from, or None.

        None for a record built with :meth:`from_json` or read from a page (the
        :class:`~twilio_sansio.core.paging.Page` has its own).
        """
        return self._response

    @property
    def request_id(self) -> str | None:
        """Twilio's id of the request that returned this record (``Twilio-Request-Id``).

        Quote it to Twilio support. None when the record was not returned by a call or
        the response carried no id.
        """
        return self._response.request_id if self._response is not None else None

    def _set_response(self, response: ResponseInfo) -> None:
        # Set once by the parser that built the record; not part of equality.
        _set_response(self, response)

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON object exactly as Twilio sent it, documented fields or not.

        Each read returns a new shallow copy: change it, ``json.dumps`` it or keep it, and
        the record (and the fields it already converted) stay as Twilio sent them.
        """
        return dict(self._raw)

    @classmethod
    def field_names(cls) -> dict[str, str]:
        """Map each attribute name to the JSON key it reads (``from_`` → ``from``)."""
        return {name: field.key for name, field in cls._fields.items()}

    def to_dict(self) -> dict[str, Any]:
        """Return every documented field, converted, keyed by attribute name.

        Redacted fields (secrets) are included: this is the caller's own data. Use
        ``raw`` for Twilio's JSON as sent.
        """
        return {name: getattr(self, name) for name in self._fields}

    def items(self) -> Iterator[tuple[str, Any]]:
        """Yield ``(attribute name, raw value)`` of the documented fields present in raw."""
        raw = self._raw
        for name, field in self._fields.items():
            if field.key in raw:
                yield name, raw[field.key]

    def __repr__(self) -> str:
        shown = []
        for name, field in self._fields.items():
            value = self._raw.get(field.key)
            if value is None:
                continue
            shown.append(f"{name}={REDACTED if field.redact else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"


# The slots' own setters: the direct way past the frozen ``__setattr__``, and the
# cheapest, since a record is built per record of every page.
_set_raw: Callable[[Record, Mapping[str, Any]], None] = vars(Record)["_raw"].__set__
_set_cache: Callable[[Record, dict[str, Any]], None] = vars(Record)["_cache"].__set__
_set_response: Callable[[Record, ResponseInfo | None], None] = vars(Record)["_response"].__set__


def builds_plain_records(from_json: Callable[[dict[str, Any]], Any]) -> type[Record] | None:
    """Return the model whose unchanged ``from_json`` this is, or None.

    ``Model.from_json`` of a model that overrides neither ``from_json`` nor ``__init__``
    only wraps the dict; such a model's records can be built in bulk
    (``Record._from_json_items``) with exactly the same result.
    """
    model = getattr(from_json, "__self__", None)
    if (
        isinstance(model, type)
        and issubclass(model, Record)
        and getattr(from_json, "__func__", None) is _RECORD_FROM_JSON
        and model.__init__ is Record.__init__
    ):
        return model
    return None


_RECORD_FROM_JSON = vars(Record)["from_json"].__func__
