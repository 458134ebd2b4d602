"""Fuzzing every parser of the core: whatever a server sends, only library errors come out.

Every operation of every operations class (found by introspection, see
``_fuzz_operations``) parses arbitrary bytes, arbitrary JSON and mutations of valid
payloads, under arbitrary statuses and content types. Parsing raises only
:class:`~twilio_sansio.core.errors.TwilioError`; reading any field of a record it returns
raises only :class:`~twilio_sansio.core.values.MalformedValue`; a next page is only ever
requested from the configured host. The same holds for webhook validation, error bodies,
jobs driven by hostile responses, and the smart types' parsers.

The ``test_properties`` module fuzzes the message and media parsers in depth; this one
goes wide.
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import re
import typing
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import given, strategies as st

from tests.core._fuzz_operations import (
    ACCOUNT,
    Built,
    build,
    build_all,
    drive,
    lister_of,
    operation_of,
    valid_page,
    valid_record,
    vars_of,
)
from tests.core._support import ROOT, make_config, openapi_document
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import (
    APIError,
    TwilioError,
    UnexpectedResponseError,
    decode_json,
    error_from_response,
)
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import Record
from twilio_sansio.core.money import Price
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources.calls import Call
from twilio_sansio.core.time_range import RangePages
from twilio_sansio.core.times import parse_date, parse_duration, parse_timestamp
from twilio_sansio.core.values import MalformedValue
from twilio_sansio.core.webhooks import (
    WebhookValidationError,
    signature_for,
    validate_body,
    validate_request,
    validate_signature,
)

CONFIG = make_config()
BUILT = build_all(CONFIG)


class Target:
    """One parser under test: the operation of a builder method called with valid arguments."""

    def __init__(self, built: Built, operation: Operation[Any]) -> None:
        self.built = built
        self.operation = operation
        self.label = built.label


TARGETS = [
    Target(built, operation)
    for built in BUILT
    if (operation := operation_of(built.result)) is not None
]
RANGE_BUILDERS = [(b.cls, b.name) for b in BUILT if isinstance(b.result, RangePages)]
MODELS = sorted({b.model for b in BUILT if b.model is not None}, key=lambda m: m.__name__)


def test_every_operation_of_every_operations_class_is_fuzzed() -> None:
    # Every builder method but RecordingOperations.media_url (a URL) and
    # MessageOperations.get_media_urls (a job, driven below) exposes a parser.
    unparsed = {b.label for b in BUILT} - {t.label for t in TARGETS}
    assert unparsed == {"RecordingOperations.media_url", "MessageOperations.get_media_urls"}
    assert len(TARGETS) >= 120


# -- Checking what a parser returns ---------------------------------------------------------


def on_configured_host(request: Request, root: str = ROOT) -> None:
    """Check that a request goes under the configured root, so credentials stay there.

    Its URL must also be fit for a request line: ASCII, printable, no whitespace.
    """
    url = request.url
    assert url == root or url[len(root) : len(root) + 1] in ("/", "?"), url
    assert url.startswith(root), url
    assert urlsplit(url).netloc == urlsplit(root).netloc
    assert url.isascii(), url
    assert url.isprintable(), url
    assert not re.search(r"\s", url), url


def read_record(record: Record) -> None:
    """Read every field, property and helper of a record: only MalformedValue may escape."""
    model = type(record)
    for name in model.field_names():
        try:
            value = getattr(record, name)
        except MalformedValue:
            continue
        if isinstance(value, Price):
            value.friendly()
            str(value)
    for name, member in vars_of(model).items():
        if isinstance(member, property) and not name.startswith("_"):
            with contextlib.suppress(MalformedValue):
                getattr(record, name)
    with contextlib.suppress(MalformedValue):
        record.to_dict()
    list(record.items())
    repr(record)


def inspect_result(result: object, target: Target) -> None:
    """Check a parsed result all the way down: records, paging fields, next page."""
    built = target.built
    if result is None:  # a DELETE, or any empty answer (204) to endpoints.request
        assert target.operation.request.method == "DELETE" or built.name == "request"
        return
    if isinstance(result, bool):  # a yes-or-no helper (verify.check_code)
        assert (built.cls.__name__, built.name) == ("VerifyOperations", "check_code")
        return
    if isinstance(result, Page):
        assert built.paged
        assert result.page is None or isinstance(result.page, int)
        assert result.page_size is None or isinstance(result.page_size, int)
        assert result.cursor is None or isinstance(result.cursor, str)
        for record in result:
            assert built.model is not None
            assert isinstance(record, built.model)
            read_record(record)
        try:
            following = result.next_operation()
        except TwilioError:
            return
        if following is not None:
            on_configured_host(following.request)
        else:
            assert not result.has_next
        return
    if isinstance(result, OpenStrEnum):  # a helper's one value (lookups.line_type)
        declared = typing.get_type_hints(getattr(built.cls, built.name))["return"]
        assert type(result) is typing.get_args(declared)[0], (target.label, result)
        return
    assert built.model is not None
    assert isinstance(result, built.model), (target.label, result)
    read_record(result)


def parse_everywhere(response: Response) -> None:
    """Give ``response`` to every parser; anything but a library error fails the test."""
    for target in TARGETS:
        try:
            result = target.operation.parse(response)
        except TwilioError:
            continue
        except BaseException as exc:
            exc.add_note(f"parsing with {target.label}: {response!r:.300}")
            raise
        try:
            inspect_result(result, target)
        except BaseException as exc:
            exc.add_note(f"reading what {target.label} parsed from {response.body!r:.300}")
            raise
    for cls, name in RANGE_BUILDERS:
        state = build(CONFIG, cls, name).result
        assert isinstance(state, RangePages)
        operation = state.next_operation()
        assert operation is not None
        try:
            page = operation.parse(response)
        except TwilioError:
            continue
        kept = state.accept(page)
        assert all(record in page.records for record in kept.records)
        try:
            following = state.next_operation()
        except TwilioError:
            continue
        if following is not None:
            on_configured_host(following.request)


def response_of(status: int, content_type: str | None, body: bytes) -> Response:
    """A response with an optional content type."""
    headers = [] if content_type is None else [("content-type", content_type)]
    return Response(status, headers, body)


# -- Strategies -------------------------------------------------------------------------------

STATUSES = st.one_of(
    st.sampled_from([200, 201, 202, 204, 206, 301, 400, 404, 429, 500, 503]),
    st.integers(min_value=-(2**31), max_value=2**31),
)
CONTENT_TYPES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "application/problem+json",
            "APPLICATION/JSON",
            "text/html",
            "text/plain",
            "",
            "json",
        ]
    ),
    st.text(max_size=30),
)
LISTER_KEYS = sorted(
    {lister.key for t in TARGETS if (lister := lister_of(t.operation)) is not None}
)
FIELD_KEYS = sorted(
    {key for model in MODELS for key in model.field_names().values()}
    | set(LISTER_KEYS)
    | {"meta", "key", "next_page_uri", "next_page_url", "page", "page_size", "uri"}
    | {"code", "message", "more_info", "title", "detail", "errors", "status", "type"}
)
ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\u00b2",
        "\u0661\u0662",
        "1" * 5000,
        "9" * 400,
        "-1e999999",
        "1e400",
        "NaN",
        "Infinity",
        "-0",
        "0x10",
        "1_000",
        "https://[::1/x",
        "//evil.example.com/x",
        "https://evil.example.com/x",
        "https://api.example.test.evil.example.com/x",
        "https://user:pass@api.example.test/x",
        "https://api.example.test:99999/x",
        "/2010-04-01/x\r\nX-Evil: 1",
        "/2010-04-01/x\tY",
        "/2010-04-01/\u00fc?x=\u2603",
        "Mon, 99 Foo 2024 99:99:99 +9999",
        "Tue, 02 Jan 2024 03:04:05 +0000",
        "Tue, 02 Jan 2024 03:04:05 -2359",
        "2024-01-02T03:04:05Z",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+23:59",
        "2024-13-45T99:00:00Z",
        "2024-01-02",
        "-0.75000",
        "USD",
        "usd",
        "\ud800",
        "\x00",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**300), max_value=10**300),
    st.floats(),
    st.text(max_size=40),
    ODD_TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(FIELD_KEYS), st.text(max_size=8)), children),
    ),
    max_leaves=25,
)


def dumps(value: object) -> bytes:
    """JSON text of ``value``, as a server might send it (NaN and lone surrogates too)."""
    return json.dumps(value).encode("utf-8", "surrogatepass")


# -- (a) arbitrary bytes, (b) arbitrary JSON ---------------------------------------------------

ODD_BODIES = st.sampled_from(
    [
        b"",
        b"null",
        b"{}",
        b"[]",
        b'"text"',
        b"[" * 50_000,
        b'{"a":' * 5_000,
        b"\xef\xbb\xbf{}",
        b"\xff\xfe{\x00}\x00",
        b'{"messages": [], "page": 1' + b"0" * 5000 + b"}",
        b'{"code": 20404, "message": "\xff\xfe"}',
        b"NaN",
        b"<html><body>502 Bad Gateway</body></html>",
    ]
)


@given(status=STATUSES, content_type=CONTENT_TYPES, body=st.binary(max_size=200) | ODD_BODIES)
def test_every_parser_raises_only_library_errors_on_any_bytes(
    status: int, content_type: str | None, body: bytes
) -> None:
    parse_everywhere(response_of(status, content_type, body))


@given(status=STATUSES, content_type=CONTENT_TYPES, value=JSON_VALUES)
def test_every_parser_raises_only_library_errors_on_any_json(
    status: int, content_type: str | None, value: object
) -> None:
    parse_everywhere(response_of(status, content_type, dumps(value)))


# -- (c) mutations of valid payloads -----------------------------------------------------------


def built_payloads() -> list[dict[str, Any]]:
    """A valid record of every model, and a valid page (both shapes) of every listing."""
    payloads: list[dict[str, Any]] = []
    for target in TARGETS:
        model = target.built.model
        if model is None:
            continue
        lister = lister_of(target.operation)
        if lister is None:
            payloads.append(valid_record(model))
        else:
            payloads.append(valid_page(lister, model, newer_shape=False))
            payloads.append(valid_page(lister, model, newer_shape=True))
    unique = {json.dumps(p, sort_keys=True): p for p in payloads}
    return list(unique.values())


PAYLOADS = built_payloads()


def test_the_built_payloads_parse_into_records_whose_every_field_reads() -> None:
    parsed = 0
    for target in TARGETS:
        model = target.built.model
        if model is None:
            continue
        lister = lister_of(target.operation)
        payload = (
            valid_record(model) if lister is None else valid_page(lister, model, newer_shape=False)
        )
        status = 201 if target.operation.request.method == "POST" else 200
        result = target.operation.parse(response_of(status, "application/json", dumps(payload)))
        records = list(result) if isinstance(result, Page) else [result]
        assert records, target.label
        for record in records:
            assert isinstance(record, Record)
            record.to_dict()  # every field reads without error
            parsed += 1
    assert parsed > 100


def fresh(value: object) -> object:
    """A copy of a drawn value: strategies may hand out the same mutable object again."""
    return copy.deepcopy(value)


def containers(value: object) -> list[dict[str, Any] | list[Any]]:
    """Every object and array inside a JSON value, the value itself included."""
    found: list[dict[str, Any] | list[Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            found.append(item)
            stack.extend(item)
    return found


LEAVES = st.one_of(ODD_TEXT, SCALARS, JSON_VALUES)


@st.composite
def mutations_of(draw: st.DrawFn, payloads: list[dict[str, Any]]) -> object:
    """A valid payload with one to five changes: a value replaced, deleted or added."""
    value: object = copy.deepcopy(draw(st.sampled_from(payloads)))
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        target = draw(st.sampled_from(containers(value) or [[]]))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if isinstance(target, dict):
            if action == "add" or not target:
                target[draw(st.sampled_from(FIELD_KEYS))] = fresh(draw(LEAVES))
                continue
            key = draw(st.sampled_from(sorted(target)))
            if action == "delete":
                del target[key]
            else:
                target[key] = fresh(draw(LEAVES))
        elif isinstance(target, list):
            if action == "add" or not target:
                target.append(fresh(draw(LEAVES)))
                continue
            index = draw(st.integers(min_value=0, max_value=len(target) - 1))
            if action == "delete":
                del target[index]
            else:
                target[index] = fresh(draw(LEAVES))
        if draw(st.integers(min_value=0, max_value=9)) == 0:
            value = fresh(draw(LEAVES))  # now and then the whole body is something else
    return value


@given(
    value=mutations_of(PAYLOADS),
    status=st.sampled_from([200, 201, 204, 404, 500]),
    content_type=st.sampled_from(["application/json", None, "text/html"]),
)
def test_every_parser_raises_only_library_errors_on_mutated_valid_payloads(
    value: object, status: int, content_type: str | None
) -> None:
    parse_everywhere(response_of(status, content_type, dumps(value)))


# -- (d) payloads in the shape of Twilio's own OpenAPI schemas --------------------------------


def schema_value(schema: dict[str, Any], schemas: dict[str, Any], depth: int = 0) -> object:
    """A value of one OpenAPI schema: its example if it has one, else one of its type."""
    if "example" in schema:
        return schema["example"]
    if "$ref" in schema:
        referred = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
        if referred.get("enum"):
            return referred["enum"][0]
        return schema_value(referred, schemas, depth + 1) if depth < 3 else {}
    if schema.get("enum"):
        return schema["enum"][0]
    kind, form = schema.get("type"), schema.get("format", "")
    pattern = schema.get("pattern", "")
    if kind == "object":
        properties = schema.get("properties", {})
        return {k: schema_value(v, schemas, depth + 1) for k, v in properties.items()}
    if kind == "array":
        item = schema_value(schema.get("items", {}), schemas, depth + 1)
        return [item, copy.deepcopy(item)]
    return {
        "integer": 1,
        "number": 1.5,
        "boolean": True,
    }.get(kind or "") or _string_value(form, pattern)


def _string_value(form: str, pattern: str) -> str:
    if pattern.startswith("^") and pattern[3:].startswith("[0-9a-fA-F]{32}"):
        return pattern[1:3] + "0" * 32
    return {
        "date-time-rfc-2822": "Tue, 02 Jan 2024 03:04:05 +0000",
        "date-time": "2024-01-02T03:04:05Z",
        "date": "2024-01-02",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT}/X.json",
        "currency": "USD",
        "phone-number": "+14105551234",
    }.get(form, "x")


def openapi_payloads(document: dict[str, Any]) -> list[object]:
    """Twilio's own response examples in an OpenAPI document, and a payload of every schema.

    The examples are the ``examples`` (and ``example``) of every response's content; the
    schema payloads cover the response shapes that have no example.
    """
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    examples: list[object] = []
    generated: list[object] = [
        schema_value(schema, schemas) for schema in schemas.values() if "properties" in schema
    ]
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for media in response.get("content", {}).values():
                    if "example" in media:
                        examples.append(media["example"])
                    for example in media.get("examples", {}).values():
                        if "value" in example:
                            examples.append(example["value"])
                    if "schema" in media:
                        generated.append(schema_value(media["schema"], schemas))
    return examples + generated


MINI_DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "api.v2010.account.call": {
                "type": "object",
                "properties": {
                    "sid": {"type": "string", "pattern": "^CA[0-9a-fA-F]{32}$"},
                    "date_created": {"type": "string", "format": "date-time-rfc-2822"},
                    "price": {"type": "string", "format": "decimal"},
                    "status": {"type": "string", "$ref": "#/components/schemas/call_enum_status"},
                    "duration": {"type": "string", "example": "15"},
                },
            },
            "call_enum_status": {"type": "string", "enum": ["queued", "ringing"]},
        }
    },
    "paths": {
        "/2010-04-01/Accounts/{AccountSid}/Calls.json": {
            "get": {
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "calls": {
                                            "type": "array",
                                            "items": {
                                                "$ref": "#/components/schemas/"
                                                "api.v2010.account.call"
                                            },
                                        },
                                        "next_page_uri": {"type": "string", "format": "uri"},
                                        "page": {"type": "integer"},
                                    },
                                },
                                "examples": {"readEmpty": {"value": {"calls": [], "page": 0}}},
                            }
                        }
                    }
                }
            }
        }
    },
}


def test_openapi_payloads_are_twilios_examples_and_the_shape_of_its_schemas() -> None:
    example, record, page = openapi_payloads(MINI_DOCUMENT)
    assert example == {"calls": [], "page": 0}
    assert record == {
        "sid": "CA" + "0" * 32,
        "date_created": "Tue, 02 Jan 2024 03:04:05 +0000",
        "price": "x",
        "status": "queued",
        "duration": "15",
    }
    assert isinstance(page, dict)
    assert page["calls"] == [record, record]
    assert page["page"] == 1


OPENAPI_DOCUMENTS = [
    "twilio_api_v2010.json",
    "twilio_monitor_v1.json",
    "twilio_lookups_v2.json",
    "twilio_messaging_v1.json",
]


@pytest.fixture(scope="module")
def twilio_payloads() -> list[dict[str, Any]]:
    """Twilio's response examples and schema-shaped payloads of the documents covered."""
    payloads: list[object] = []
    for name in OPENAPI_DOCUMENTS:
        payloads += openapi_payloads(openapi_document(name))
    return [p for p in payloads if isinstance(p, dict)]


def test_every_parser_raises_only_library_errors_on_twilios_own_payloads(
    twilio_payloads: list[dict[str, Any]],
) -> None:
    assert len(twilio_payloads) > 150
    for payload in twilio_payloads:
        parse_everywhere(response_of(200, "application/json", dumps(payload)))


@given(data=st.data(), status=st.sampled_from([200, 201, 404, 500]))
def test_every_parser_raises_only_library_errors_on_mutated_openapi_payloads(
    twilio_payloads: list[dict[str, Any]], data: st.DataObject, status: int
) -> None:
    value = data.draw(mutations_of(twilio_payloads))
    parse_everywhere(response_of(status, "application/json", dumps(value)))


# -- Pages: next page URIs, foreign hosts, huge numbers -----------------------------------------

HOSTS = st.sampled_from(
    [
        "api.example.test",
        "API.EXAMPLE.TEST",
        "api.example.test:443",
        "api.example.test:8443",
        "api.twilio.com",
        "api.twilio.com:443",
        "evil.example.com",
        "api.example.test.evil.example.com",
        "evil.example.com#@api.example.test",
        "user:pass@api.example.test",
        "@api.example.test",
        "[::1]",
        "[::1",
        "",
    ]
)
SCHEMES = st.sampled_from(["https://", "http://", "ftp://", "//", "", "https:/", "HTTPS://"])
PATHS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["/", "/2010-04-01/x.json?Page=1", "/../../x", "/a b", "/\t", "/\u00e9"]),
)


@given(
    scheme=SCHEMES,
    host=HOSTS,
    path=PATHS,
    shape=st.sampled_from(["2010", "meta"]),
    page_number=st.one_of(st.integers(), st.floats(), ODD_TEXT, st.none()),
    base_url=st.sampled_from([None, "https://proxy.example.com/prefix"]),
)
def test_a_next_page_is_only_ever_requested_from_the_configured_host(
    scheme: str,
    host: str,
    path: str,
    shape: str,
    page_number: object,
    base_url: str | None,
) -> None:
    config = make_config(base_url or ROOT)
    lister = Lister(config, "api", "calls", Call.from_json)
    uri = scheme + host + path
    records = [valid_record(Call)]
    body: dict[str, Any] = {"calls": records, "page": page_number, "page_size": page_number}
    if shape == "2010":
        body["next_page_uri"] = uri
    else:
        body["meta"] = {"key": "calls", "next_page_url": uri, "page": page_number}
    request = config.request("GET", "api", "/x")
    try:
        page = lister.parse(request, Response(200, (), dumps(body)))
    except TwilioError:
        return
    assert page.page is None or isinstance(page.page, int)
    try:
        following = page.next_operation()
    except UnexpectedResponseError:
        return
    if page.cursor is None:
        assert following is None
        return
    assert following is not None
    on_configured_host(following.request, config.urls.root("api"))


# -- Jobs driven by hostile responses ---------------------------------------------------------

MEDIA_RECORD = {
    "sid": "ME" + "1" * 32,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/Messages/SM{'1' * 32}/Media/ME{'1' * 32}.json",
}
JOB_RESPONSES = st.one_of(
    st.builds(
        response_of,
        STATUSES,
        CONTENT_TYPES,
        st.one_of(st.binary(max_size=50), JSON_VALUES.map(dumps)),
    ),
    st.builds(
        lambda records, next_uri: Response(
            200, (), dumps({"media_list": records, "next_page_uri": next_uri})
        ),
        st.lists(
            st.one_of(st.just(MEDIA_RECORD), st.dictionaries(st.sampled_from(FIELD_KEYS), LEAVES)),
            max_size=3,
        ),
        st.one_of(st.none(), ODD_TEXT, PATHS),
    ),
    st.builds(
        lambda status, location: Response(status, [("location", location)]),
        st.sampled_from([301, 302, 303, 307, 308, 200, 206, 404]),
        st.one_of(ODD_TEXT, PATHS, st.builds(lambda s, h, p: s + h + p, SCHEMES, HOSTS, PATHS)),
    ),
)


@given(data=st.data())
def test_media_url_jobs_raise_only_library_errors_and_send_only_to_the_api_host(
    data: st.DataObject,
) -> None:
    build_media = next((b.cls, b.name) for b in BUILT if b.name == "get_media_urls")
    job = build(CONFIG, *build_media).result
    sent: list[Request] = []

    def respond(request: Request) -> Response:
        on_configured_host(request)
        sent.append(request)
        if len(sent) > 30:
            return Response(500, (), b"enough")
        return data.draw(JOB_RESPONSES)

    try:
        urls = drive(job, respond)  # type: ignore[arg-type]
    except TwilioError:
        return
    assert isinstance(urls, list)
    assert all(isinstance(url, str) for url in urls)


# -- Error bodies -------------------------------------------------------------------------------


@given(
    status=STATUSES,
    content_type=CONTENT_TYPES,
    body=st.one_of(st.binary(max_size=200), ODD_BODIES, JSON_VALUES.map(dumps)),
    method=st.text(max_size=10),
    url=st.text(max_size=30),
)
def test_error_from_response_always_returns_a_printable_library_error(
    status: int, content_type: str | None, body: bytes, method: str, url: str
) -> None:
    error = error_from_response(status, content_type, body, method, url)
    assert isinstance(error, APIError | UnexpectedResponseError)
    assert error.status == status
    str(error)
    repr(error)
    if isinstance(error, APIError):
        assert isinstance(error.message, str)
        assert error.message
        assert error.code is None or type(error.code) is int
        assert all(isinstance(e, dict) for e in error.errors)
        error.title, error.type  # noqa: B018
    else:
        assert len(error.excerpt) <= 200


@given(body=st.one_of(st.binary(max_size=200), ODD_BODIES, JSON_VALUES.map(dumps)))
def test_decode_json_raises_only_unexpected_response_error(body: bytes) -> None:
    with contextlib.suppress(UnexpectedResponseError):
        decode_json(200, body)


# -- Webhooks ---------------------------------------------------------------------------------

TOKEN = "12345678901234567890123456789012"
URLS = st.one_of(
    st.text(max_size=60),
    st.builds(lambda s, h, p: s + h + p, SCHEMES, HOSTS, PATHS),
    st.sampled_from(
        [
            "https://example.com/hook?bodySHA256=abc",
            "https://example.com/hook?bodySHA256=&bodySHA256=x",
            "https://example.com:443/hook",
            "https://u:p@example.com:/hook",
            "https://[::1]:x/hook",
            "https://example.com/hook?bodySHA256=%ZZ",
            "https://example.com/hook?bodySHA256=\ud800",
        ]
    ),
)
PARAMS = st.one_of(
    st.lists(st.tuples(st.text(max_size=10), st.text(max_size=10)), max_size=5),
    st.dictionaries(
        st.text(max_size=10), st.one_of(st.text(max_size=10), st.lists(st.text(max_size=5)))
    ),
)
SIGNATURES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "=", "AAAA", "\ud800", "\x00" * 28]),
)
HEADER_TEXT = st.text(max_size=40)
HEADERS = st.one_of(
    st.lists(
        st.tuples(
            st.sampled_from(["X-Twilio-Signature", "x-twilio-signature", "Content-Type", "X"]),
            st.one_of(HEADER_TEXT, SIGNATURES, CONTENT_TYPES.map(lambda c: c or "")),
        ),
        max_size=4,
    ),
    st.dictionaries(
        st.sampled_from(["X-Twilio-Signature", "Content-Type"]), st.one_of(HEADER_TEXT)
    ),
    st.lists(
        st.tuples(
            st.sampled_from([b"x-twilio-signature", b"content-type"]), st.binary(max_size=30)
        ),
        max_size=3,
    ),
)
METHODS = st.sampled_from(["GET", "HEAD", "POST", "post", "PUT", "", "G\u0130T"])
BODIES = st.one_of(
    st.binary(max_size=100),
    st.sampled_from([b"a=1&b=2", b"a=%ZZ", b"=", b"&&", b"a", b"a=\xff", b"%ud800=1"]),
)


@given(url=URLS, params=PARAMS, signature=SIGNATURES)
def test_validate_signature_of_anything_says_true_or_false(
    url: str, params: Any, signature: str
) -> None:
    valid = validate_signature(TOKEN, url, params, signature)
    assert valid is True or valid is False
    assert validate_signature(TOKEN, url, params, signature_for(TOKEN, url, params))


@given(url=URLS, body=st.one_of(BODIES, st.text(max_size=40)))
def test_validate_body_of_anything_says_true_or_false(url: str, body: bytes | str) -> None:
    assert validate_body(url, body) in (True, False)


@given(method=METHODS, url=URLS, headers=HEADERS, body=BODIES)
def test_validate_request_raises_only_webhook_validation_errors(
    method: str, url: str, headers: Any, body: bytes
) -> None:
    try:
        validate_request(TOKEN, method, url, headers, body)
    except WebhookValidationError:
        return
    raise AssertionError("a request signed with made-up headers was accepted")


@given(method=METHODS, url=URLS, body=BODIES)
def test_validate_request_accepts_what_twilio_signed_and_only_that(
    method: str, url: str, body: bytes
) -> None:
    # Sign the way Twilio does; when the library can read the body, it must accept it.
    from urllib.parse import parse_qsl

    try:
        params = (
            []
            if method.upper() in ("GET", "HEAD") or not body
            else parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=True)
        )
    except ValueError:
        return
    headers = [("X-Twilio-Signature", signature_for(TOKEN, url, params))]
    try:
        validate_request(TOKEN, method, url, headers, body)
    except WebhookValidationError:
        # Only a URL asking for a body hash (which the form body does not match) may fail.
        assert "bodySHA256" in url
        return


# -- Smart types: timestamps, dates, durations, prices ----------------------------------------

RAW_VALUES = st.one_of(JSON_VALUES, ODD_TEXT, st.datetimes(), st.floats())


@given(value=RAW_VALUES)
def test_timestamp_date_and_duration_parsers_raise_only_malformed_value(value: object) -> None:
    for parse in (parse_timestamp, parse_date, parse_duration):
        try:
            result = parse(value)
        except MalformedValue:
            continue
        if isinstance(result, datetime) and parse is parse_timestamp:
            assert result.utcoffset() is not None
            result.isoformat()


@given(amount=RAW_VALUES, currency=st.one_of(RAW_VALUES, st.sampled_from(["USD", "eur", "JPY"])))
def test_price_parse_raises_only_malformed_value_and_always_formats(
    amount: object, currency: object
) -> None:
    try:
        price = Price.parse(amount, currency)
    except MalformedValue:
        return
    if price is None:
        return
    assert math.isfinite(price.amount)
    assert len(price.friendly()) < 400
    assert price.currency.isupper()
    assert len(price.currency) == 3
