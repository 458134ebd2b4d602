"""Each shortcut of the core's hot paths answers exactly as the general path it skips.

The shortcuts (a URL already inside its base URL, a path segment that needs no quoting,
a request whose header names are lower-case already, ...) only skip work; these tests
generate inputs on both sides of each shortcut's test and compare with the general path.
"""

from __future__ import annotations

import functools
import json
import pickle
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.utils import format_datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given, settings, strategies as st

from twilio_sansio.core import times as times_module
from twilio_sansio.core.config import (
    DEFAULT_HOSTS,
    BaseUrls,
    ClientConfig,
    Credentials,
    _twilio_host,
)
from twilio_sansio.core.encoding import (
    encode_scalar,
    form_pairs,
    path_segment,
    percent_encode,
)
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError, loads_json
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import (
    Choice,
    Integer,
    PriceField,
    Record,
    Sid,
    Text,
    Timestamp,
    builds_plain_records,
)
from twilio_sansio.core.money import Price
from twilio_sansio.core.paging import Lister
from twilio_sansio.core.resources.calls import Call
from twilio_sansio.core.resources.incoming_numbers import IncomingPhoneNumber
from twilio_sansio.core.resources.lookups.phone_numbers import PhoneNumberLookup
from twilio_sansio.core.resources.messages import Message, MessageStatus
from twilio_sansio.core.times import _parse_timestamp_slow, parse_timestamp
from twilio_sansio.core.values import MalformedValue

# -- BaseUrls.confine ---------------------------------------------------------------------

# Pieces a path is made of, weighted towards the ones that bend a path: dots in every
# spelling, encoded slashes, tabs and line breaks (which urlsplit drops), non-ASCII.
PATH_PIECES = st.sampled_from(
    [
        "/",
        ".",
        "..",
        "/.",
        "/..",
        "%2e",
        "%2E",
        "%2",
        "%2F",
        "a",
        "Messages",
        ".json",
        "?",
        "#",
        "=",
        "&",
        "\t",
        "\n",
        "\r",
        " ",
        "é",
        "\x00",
        "@",
        ":",
    ]
)
PATHS = st.lists(PATH_PIECES, max_size=12).map("".join)
ROOTS = st.sampled_from(
    [
        "http://127.0.0.1:8080",
        "https://api.twilio.com",
        "https://proxy.example/twilio",
        "https://proxy.example/a/b",
        "https://proxy.example/a/./b",
        "https://proxy.example/.well-known",
        "https://Proxy.Example/twilio",
        "HTTPS://proxy.example/twilio",
        "https://proxy.example/%2e%2e",
        "http://[::1]:9000/p",
    ]
)
URL_HEADS = st.one_of(
    ROOTS,
    st.sampled_from(
        [
            "https://proxy.example",
            "https://proxy.example/twilio-other",
            "https://api.twilio.com:443",
            "https://verify.twilio.com",
            "http://127.0.0.1:8081",
            "https://[::1/x",
            "https://é.example",
            "",
            " https://api.twilio.com",
        ]
    ),
)


def _confined(urls: BaseUrls, url: str, general: bool) -> str | type[InvalidArgument]:
    try:
        return urls._confine_in_general(url) if general else urls.confine(url)
    except InvalidArgument:
        return InvalidArgument


def _configurations(roots: list[str]) -> list[BaseUrls]:
    return [
        BaseUrls(),
        BaseUrls.build(region="ie1"),
        BaseUrls(default_root=roots[0]),
        BaseUrls(roots={"api": roots[0], "verify": roots[-1]}),
        BaseUrls(roots={"api": roots[0]}, default_root=roots[-1]),
    ]


@settings(max_examples=400)
@given(roots=st.lists(ROOTS, min_size=1, max_size=2), head=URL_HEADS, path=PATHS)
def test_confine_answers_as_its_general_path_does(roots: list[str], head: str, path: str) -> None:
    url = head + path
    for urls in _configurations(roots):
        assert _confined(urls, url, general=False) == _confined(urls, url, general=True)


@given(roots=st.lists(ROOTS, min_size=1, max_size=2), path=PATHS)
def test_confine_answers_as_its_general_path_does_on_a_configured_root(
    roots: list[str], path: str
) -> None:
    # The shortcut's own ground: URLs that start with a configured root and a slash.
    for urls in _configurations(roots):
        for root in roots:
            url = f"{root}/{path}"
            assert _confined(urls, url, general=False) == _confined(urls, url, general=True)


def test_confine_still_resolves_and_refuses_what_the_shortcut_must_not_take() -> None:
    urls = BaseUrls.build("https://proxy.example/twilio")
    plain = "https://proxy.example/twilio/2010-04-01/Accounts.json?PageSize=5"
    assert urls.confine(plain) is plain
    assert urls.confine("https://proxy.example/twilio/a/./b") == "https://proxy.example/twilio/a/b"
    assert (
        urls.confine("https://proxy.example/twilio/a/%2E%2e/b") == "https://proxy.example/twilio/b"
    )
    # A tab that urlsplit drops must not hide a dot segment from the shortcut.
    assert (
        urls.confine("https://proxy.example/twilio/a/\t./b") == "https://proxy.example/twilio/a/b"
    )
    for leaving in (
        "https://proxy.example/twilio/../admin",
        "https://proxy.example/twilio/%2e%2e/admin",
        "https://proxy.example/twilio/\n../admin",
        "https://proxy.example/twilio-other/x",
    ):
        with pytest.raises(InvalidArgument, match="path prefix"):
            urls.confine(leaving)


# -- BaseUrls.root -----------------------------------------------------------------------


@given(
    region=st.sampled_from([None, "ie1", "au1"]),
    edge=st.sampled_from([None, "dublin", "sydney"]),
    product=st.sampled_from([*sorted(DEFAULT_HOSTS), "not-a-product"]),
)
def test_a_products_root_worked_out_once_is_the_one_built_per_call(
    region: str | None, edge: str | None, product: str
) -> None:
    urls = BaseUrls.build(region=region, edge=edge)
    assert urls.root(product) == "https://" + _twilio_host(product, urls.region, urls.edge)
    restored = pickle.loads(pickle.dumps(urls))
    assert restored.root(product) == urls.root(product)


# -- path_segment ------------------------------------------------------------------------


@given(
    st.one_of(
        st.text(alphabet=st.characters(codec="ascii"), max_size=40),
        st.text(max_size=20),
        st.from_regex(r"[A-Z]{2}[0-9a-fA-F]{32}", fullmatch=True),
        st.sampled_from(["", ".", "..", "a b", "é", "²", "Ⅻ", "a\udcff"]),
    )
)
def test_path_segment_answers_as_quoting_does(value: str) -> None:
    try:
        encoded: str | type[InvalidArgument] = path_segment("sid", value)
    except InvalidArgument:
        encoded = InvalidArgument
    if value in ("", ".", ".."):
        assert encoded is InvalidArgument
    elif encoded is not InvalidArgument:
        assert encoded == quote(value, safe="-_.~")
        assert type(encoded) is str


def test_path_segment_refuses_what_is_not_a_string() -> None:
    for value in (None, 12, b"SM12"):
        with pytest.raises(InvalidArgument, match="non-empty string"):
            path_segment("sid", value)  # type: ignore[arg-type]


# -- request building --------------------------------------------------------------------

HEADER_NAMES = st.sampled_from(["Range", "X-Twilio-Webhook-Enabled", "if-match", "ACCEPT"])


@given(
    extra=st.lists(st.tuples(HEADER_NAMES, st.text(min_size=1, max_size=8)), max_size=3),
    body=st.sampled_from(["none", "form", "content"]),
    method=st.sampled_from(["GET", "POST", "DELETE"]),
)
def test_a_built_request_equals_one_built_by_the_request_constructor(
    extra: list[tuple[str, str]], body: str, method: str
) -> None:
    config = ClientConfig(
        "AC" + "0" * 32,
        Credentials("AC" + "0" * 32, "token"),
        BaseUrls.build("http://127.0.0.1:8080"),
        "ua/1",
    )
    url = "http://127.0.0.1:8080/2010-04-01/Accounts.json"
    form = {"FriendlyName": "a b"} if body == "form" else None
    content = ("application/json", b"{}") if body == "content" else None
    request = config.request_for_url(
        method, url, form=form, content=content, extra_headers=tuple(extra)
    )
    headers = [
        ("Authorization", config.credentials.authorization),
        ("User-Agent", "ua/1"),
        ("Accept", "application/json"),
        *extra,
    ]
    payload = b""
    if form is not None:
        headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        payload = b"FriendlyName=a%20b"
    elif content is not None:
        headers.append(("Content-Type", "application/json"))
        payload = b"{}"
    expected = Request(method, url, headers, payload)
    assert request == expected
    assert type(request.headers) is tuple
    assert all(type(pair) is tuple for pair in request.headers)
    assert repr(request) == repr(expected)
    assert pickle.loads(pickle.dumps(request)) == expected


# -- JSON bodies -------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)


def _loaded(load: Callable[[bytes], object], body: bytes) -> object:
    try:
        return ("value", repr(load(body)))
    except (ValueError, RecursionError) as failed:
        return ("error", type(failed), str(failed))


@given(
    value=JSON_VALUES,
    before=st.sampled_from(["", " ", "\n"]),
    after=st.sampled_from(["", " ", "\n", "\r\n\t ", "x", " {}", "\x0b", "\u00a0"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16", "utf-32"]),
    ascii_only=st.booleans(),
)
def test_loads_json_answers_as_json_loads_does(
    value: object, before: str, after: str, encoding: str, ascii_only: bool
) -> None:
    text = before + json.dumps(value, ensure_ascii=ascii_only) + after
    body = text.encode(encoding, "surrogatepass")
    assert _loaded(loads_json, body) == _loaded(json.loads, body)


@given(
    value=st.dictionaries(st.text(max_size=4), JSON_VALUES, max_size=3),
    after=st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2028x}", max_size=3),
)
def test_loads_json_answers_as_json_loads_does_after_an_object(value: object, after: str) -> None:
    # The shortcut's own ground: a UTF-8 object, then whitespace of any kind, or more.
    body = (json.dumps(value, ensure_ascii=False) + after).encode("utf-8", "surrogatepass")
    assert _loaded(loads_json, body) == _loaded(json.loads, body)


@given(st.binary(max_size=24).map(lambda tail: b"{" + tail))
def test_loads_json_answers_as_json_loads_does_on_any_bytes_after_a_brace(body: bytes) -> None:
    assert _loaded(loads_json, body) == _loaded(json.loads, body)


def test_loads_json_reads_a_record_and_refuses_what_json_loads_refuses() -> None:
    assert loads_json(b'{"sid": "SM1", "n": [1, 2.5, null]}\n') == {
        "sid": "SM1",
        "n": [1, 2.5, None],
    }
    for bad in (b'{"a": 1} x', b'{"a": 1}\x0b', b'{"a": ', b'{"a": "\xff"}', b"{\x00}"):
        with pytest.raises(ValueError):
            loads_json(bad)


# -- timestamps --------------------------------------------------------------------------


@st.composite
def rfc_2822_lookalikes(draw: st.DrawFn) -> str:
    """API 2010 timestamps with at most one field or one character changed."""
    moment = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
    text = format_datetime(moment.replace(microsecond=0, tzinfo=UTC), usegmt=False)
    change = draw(st.sampled_from(["none", "field", "character"]))
    if change == "field":
        # Fields email.utils reads some other way, or not at all. (No year below 100:
        # email.utils reads "0001" as 2001, the fast path as year 1, as it did before
        # the memo of days; Twilio sends neither.)
        start, odd = draw(
            st.sampled_from(
                [
                    (0, ["Fry", "fri", "FRI", "Xyz"]),
                    (5, ["00", "32", "4 ", " 4", "٢٤"]),
                    (8, ["may", "Mai", "MAY"]),
                    (12, ["20x9", "0100", "9999", "１９９９"]),
                    (17, ["24:00:00", "1744:46.", "17:44:60", "17:44:4 "]),
                    (26, ["-0000", "+0100", "+00:0", "GMT  "]),
                ]
            )
        )
        replacement = draw(st.sampled_from(odd))
        text = text[:start] + replacement + text[start + len(replacement) :]
    elif change == "character":
        at = draw(st.sampled_from([3, 4, 7, 11, 16, 19, 22, 25, 26, 0, 9, 14, 30]))
        text = text[:at] + draw(st.sampled_from(" ,:-+\t0.Z")) + text[at + 1 :]
    return text


def _read(parse: Callable[[str], object], text: str) -> object:
    try:
        parsed = parse(text)
    except MalformedValue:
        return MalformedValue
    assert isinstance(parsed, datetime)
    return (parsed, parsed.tzinfo is UTC, parsed.utcoffset())


@settings(max_examples=300)
@given(rfc_2822_lookalikes())
def test_parse_timestamp_answers_as_the_general_path_on_first_and_later_reads(text: str) -> None:
    expected = _read(_parse_timestamp_slow, text)
    assert _read(parse_timestamp, text) == expected  # the day may be new to the memo
    assert _read(parse_timestamp, text) == expected  # now it is not


def test_the_memo_of_days_stays_bounded() -> None:
    start = datetime(2001, 1, 1, 12, 30, 5, tzinfo=UTC)
    for days in range(3000):
        moment = start + timedelta(days=days)
        text = format_datetime(moment, usegmt=False)
        assert parse_timestamp(text) == moment
    assert len(times_module._ISO_DAYS) <= times_module._MAX_ISO_DAYS


# -- model fields ------------------------------------------------------------------------

RAW_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, width=32),
    st.sampled_from(
        [
            "",
            "3",
            "x",
            "true",
            "delivered",
            "queued",
            "brand-new-status",
            "Fri, 24 May 2019 17:44:46 +0000",
            "2019-05-24T17:44:46Z",
            "2019-05-24",
            "-0.00750",
            "USD",
            "usd",
            "SM" + "0" * 32,
        ]
    ),
    st.just({"a": 1}),
    st.just(["x"]),
)


def _outcome(read: Callable[[], object]) -> tuple[str, object]:
    try:
        return ("value", read())
    except MalformedValue as failed:
        return ("malformed", str(failed))


@settings(max_examples=200)
@given(st.data())
def test_every_field_reads_as_its_general_path(data: st.DataObject) -> None:
    # A record's attribute goes through the field's getter (made once, keys fixed); the
    # field's read() is the general, uncached path. Both must agree, and a second read
    # of a cached field gives the first read's very value (text is never cached).
    for model in (Message, Call, IncomingPhoneNumber, PhoneNumberLookup, _Priced):
        keys = sorted({field.key for field in model._fields.values()} | {"price_unit"})
        raw = {key: data.draw(RAW_VALUES) for key in keys if data.draw(st.booleans())}
        record = model.from_json(raw)
        for name, field in model._fields.items():
            first = _outcome(functools.partial(getattr, record, name))
            assert first == _outcome(functools.partial(field.read, raw)), name
            if first[0] == "value" and not isinstance(field, Text | Sid):
                assert getattr(record, name) is first[1]


class _Doubled(PriceField):
    def read(self, raw: Mapping[str, Any]) -> Price | None:
        price = super().read(raw)
        return None if price is None else Price(price.amount * 2, price.currency)


class _Priced(Record):
    __slots__ = ()

    price = _Doubled()
    cost = PriceField("cost_amount", "cost_currency")
    made = Timestamp("date_created")
    segments = Integer("num_segments")
    kind = Choice(MessageStatus, "status")


def test_a_field_class_with_its_own_read_is_read_with_it() -> None:
    record = _Priced.from_json(
        {"price": "-0.5", "price_unit": "USD", "cost_amount": "1", "cost_currency": "EUR"}
    )
    assert record.price == Price(Decimal("-1.0"), "USD")
    assert record.cost == Price(Decimal("1"), "EUR")
    assert _Priced.field_names() == {
        "price": "price",
        "cost": "cost_amount",
        "made": "date_created",
        "segments": "num_segments",
        "kind": "status",
    }
    assert isinstance(_Priced.price, _Doubled)


# -- building a page's records -----------------------------------------------------------


class _OwnFromJson(Record):
    __slots__ = ()

    sid = Sid()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> _OwnFromJson:
        return super().from_json({**data, "seen": True} if isinstance(data, dict) else data)


class _OwnInit(Record):
    __slots__ = ()

    sid = Sid()

    def __init__(self, raw: Mapping[str, Any]) -> None:
        super().__init__({**raw, "seen": True})


def test_only_models_with_records_built_as_the_base_builds_them_are_built_in_bulk() -> None:
    assert builds_plain_records(Message.from_json) is Message
    assert builds_plain_records(_Priced.from_json) is _Priced
    assert builds_plain_records(_OwnFromJson.from_json) is None
    assert builds_plain_records(_OwnInit.from_json) is None

    def wrapped(data: dict[str, Any]) -> Message:
        return Message.from_json(data)

    assert builds_plain_records(wrapped) is None
    assert builds_plain_records(dict) is None


ITEMS = st.lists(
    st.one_of(
        st.dictionaries(st.sampled_from(["sid", "status", "price"]), RAW_VALUES, max_size=3),
        st.sampled_from([None, 1, "x", ["a"]]),
    ),
    max_size=4,
)


@given(items=ITEMS, model=st.sampled_from([Message, _Priced, _OwnFromJson, _OwnInit]))
def test_a_page_built_in_bulk_equals_one_built_record_by_record(
    items: list[Any], model: type[Record]
) -> None:
    config = ClientConfig("AC" + "0" * 32, Credentials("AC" + "0" * 32, "token"))
    request = Request("GET", "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json")
    response = Response(200, (), json.dumps({"messages": items, "page": 0}).encode())

    def one_by_one(data: dict[str, Any]) -> Record:
        return model.from_json(data)

    def page_of(from_json: Callable[[dict[str, Any]], Record]) -> object:
        lister = Lister(config, "api", "messages", from_json)
        try:
            page = lister.parse(request, response)
        except UnexpectedResponseError as refused:
            return ("refused", str(refused))
        return [(type(record), record, record._cache, record.response_info) for record in page]

    assert page_of(model.from_json) == page_of(one_by_one)


# percent_encode: str.translate against urllib's quote; form_pairs' inline text checks


@settings(max_examples=500)
@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_percent_encode_is_quote_with_only_unreserved_characters_safe(text: str) -> None:
    assert percent_encode(text) == quote(text, safe="-_.~")


@pytest.mark.parametrize(
    "text", ["", "To", "+14105551234", "a b&c=d", "Sent from the benchmark \u2713", "\U0001f600~"]
)
def test_percent_encode_of_usual_values(text: str) -> None:
    assert percent_encode(text) == quote(text, safe="-_.~")


class PhoneNumberLike(str):
    """A str subclass, as a PhoneNumber is."""


class _Colour(StrEnum):
    RED = "red value"


def _pairs_or_error(params: Mapping[str, Any]) -> Any:
    try:
        return form_pairs(params)
    except InvalidArgument as exc:
        return ("refused", str(exc))


@settings(max_examples=300)
@given(
    value=st.one_of(
        st.text(),
        st.text().map(PhoneNumberLike),
        st.sampled_from([_Colour.RED, "nul\x00inside", "\ud800lone", "\u2713"]),
    )
)
def test_form_pairs_reads_text_as_encode_scalar_does(value: str) -> None:
    expected: Any
    try:
        expected = [("Body", encode_scalar("Body", value))]
    except InvalidArgument as exc:
        expected = ("refused", str(exc))
    assert _pairs_or_error({"Body": value}) == expected
