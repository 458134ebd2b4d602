"""Properties of the core: parsers fail only with library errors, pages end, encoding
round-trips, debug output never shows a secret."""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote

from hypothesis import assume, given, strategies as st

from tests.core._support import json_response, make_config
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.debug import render_request, render_response
from twilio_sansio.core.encoding import encode_form, encode_query
from twilio_sansio.core.errors import TwilioError, error_from_response
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.model import Record
from twilio_sansio.core.paging import MAX_EMPTY_PAGES, Page, PageChain, PageLoopError
from twilio_sansio.core.resources.media import Media, MediaOperations
from twilio_sansio.core.resources.messages import Message, MessageOperations

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
TOKEN = "not-a-real-auth-token"
MESSAGE = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
MEDIA = "ME11111111111111111111111111111111"
API_KEY = "SK00112233445566778899aabbccddeeff"
BASE = f"/2010-04-01/Accounts/{ACCOUNT}"


def config(base_url: str | None = None) -> ClientConfig:
    return make_config(base_url, account=ACCOUNT, token=TOKEN)


MESSAGES = MessageOperations(config())
MEDIA_OPS = MediaOperations(config())

# Every parser of the core, as (name, parse(response)) pairs.
PARSERS: list[tuple[str, Callable[[Response], object]]] = [
    ("message record", MESSAGES.get(MESSAGE).parse),
    ("message create", MESSAGES.send_message("+14105551234", "+12025550123", "x").parse),
    ("media record", MEDIA_OPS.get(MESSAGE, MEDIA).parse),
    ("message page", MESSAGES.get_page().parse),
    ("media page", MEDIA_OPS.get_page(MESSAGE).parse),
    ("message delete", MESSAGES.delete(MESSAGE).parse),
    ("media delete", MEDIA_OPS.delete(MESSAGE, MEDIA).parse),
]
GET = Request("GET", "https://api.twilio.com/x")

MESSAGE_JSON: dict[str, Any] = {
    "sid": MESSAGE,
    "account_sid": ACCOUNT,
    "from": "+14105551234",
    "to": "+12025550123",
    "body": "hi",
    "status": "delivered",
    "direction": "outbound-api",
    "num_segments": "1",
    "num_media": "0",
    "price": "-0.00790",
    "price_unit": "USD",
    "error_code": None,
    "date_created": "Mon, 04 Mar 2024 10:20:30 +0000",
    "date_sent": "2024-03-04T10:20:31Z",
    "subresource_uris": {"media": f"{BASE}/Messages/{MESSAGE}/Media.json"},
    "uri": f"{BASE}/Messages/{MESSAGE}.json",
}
MEDIA_JSON: dict[str, Any] = {
    "sid": MEDIA,
    "parent_sid": MESSAGE,
    "content_type": "image/png",
    "date_created": "Mon, 04 Mar 2024 10:20:30 +0000",
    "uri": f"{BASE}/Messages/{MESSAGE}/Media/{MEDIA}.json",
}

STATUSES = st.integers(min_value=0, max_value=999)
CONTENT_TYPES = st.one_of(
    st.none(),
    st.sampled_from(
        ["application/json", "application/problem+json", "text/html", "text/plain", ""]
    ),
    st.text(max_size=30),
)
FIELD_KEYS = sorted(
    {*Message.field_names().values(), *Media.field_names().values()}
    | {"messages", "media_list", "meta", "key", "next_page_uri", "next_page_url", "page"}
    | {"page_size", "code", "message", "more_info", "title", "detail", "errors", "status"}
)
ODD_TEXT = st.sampled_from(
    [
        "",
        "\u00b2",
        "1" * 5000,
        "https://[::1/x",
        "http://[oops",
        "//evil.example.com/x",
        "https://evil.example.com/x",
        f"{BASE}/Messages.json?Page=1",
        "https://api.twilio.com/x?Page=2",
        "Mon, 99 Foo 2024 99:99:99 +9999",
        "2024-13-45T99:00:00Z",
        "-1e999999",
        "NaN",
        "9" * 50,
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(),
    ODD_TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(st.sampled_from(FIELD_KEYS), st.text()), children, max_size=6),
    ),
    max_leaves=30,
)


def only_library_errors(read: Callable[[], object]) -> None:
    """Call ``read``; a library error is an allowed outcome, anything else propagates."""
    with contextlib.suppress(TwilioError):
        read()


def read_everything(record: object) -> None:
    """Read every field, the reprs and the helpers of a parsed record."""
    assert isinstance(record, Record)
    for name in type(record).field_names():
        only_library_errors(lambda name=name: getattr(record, name))  # type: ignore[misc]
    only_library_errors(record.to_dict)
    list(record.items())
    repr(record)
    if isinstance(record, Message):
        only_library_errors(lambda: record.ended)


def check_parsers(status: int, content_type: str | None, body: bytes) -> None:
    headers = [] if content_type is None else [("content-type", content_type)]
    response = Response(status, headers, body)
    for _name, parse in PARSERS:
        try:
            result = parse(response)
        except TwilioError:
            continue
        if isinstance(result, Page):
            for record in result.records:
                read_everything(record)
            only_library_errors(result.next_operation)
        elif result is not None:
            read_everything(result)
    error = error_from_response(status, content_type, body, "GET", GET.url)
    assert isinstance(error, TwilioError)
    str(error)
    repr(error)


# (a) any bytes


ODD_BODIES = st.sampled_from(
    [
        b"",
        b"{}",
        b"[]",
        b'{"code": 1' + b"1" * 5000 + b', "message": "m"}',
        b'{"messages": [{"num_segments": 1' + b"2" * 5000 + b"}]}",
        b"[" * 100_000,
        b'{"a": ' * 5000,
        b"\xef\xbb\xbf{}",
        b'"\\ud800"',
        b"NaN",
        b"<html>502</html>",
    ]
)


@given(
    status=STATUSES,
    content_type=CONTENT_TYPES,
    body=st.one_of(st.binary(max_size=300), ODD_BODIES),
)
def test_every_parser_raises_only_library_errors_on_any_bytes(
    status: int, content_type: str | None, body: bytes
) -> None:
    check_parsers(status, content_type, body)


# (b) any JSON value, and mutations of valid payloads


@given(status=STATUSES, content_type=CONTENT_TYPES, value=JSON_VALUES)
def test_every_parser_raises_only_library_errors_on_any_json(
    status: int, content_type: str | None, value: object
) -> None:
    check_parsers(status, content_type, json.dumps(value).encode())


RECORD_KEYS = sorted({*Message.field_names().values(), *Media.field_names().values()})


@given(
    status=st.sampled_from([200, 201, 404, 500]),
    records=st.lists(
        st.dictionaries(st.sampled_from(RECORD_KEYS), JSON_VALUES, max_size=5), max_size=2
    ),
    next_uri=st.one_of(st.none(), st.text(), ODD_TEXT, JSON_VALUES),
    key=st.sampled_from(["messages", "media_list"]),
    newer_shape=st.booleans(),
)
def test_pages_of_arbitrary_records_raise_only_library_errors(
    status: int, records: list[dict[str, Any]], next_uri: object, key: str, newer_shape: bool
) -> None:
    page: dict[str, object]
    if newer_shape:
        page = {key: records, "meta": {"key": key, "next_page_url": next_uri}}
    else:
        page = {key: records, "next_page_uri": next_uri}
    check_parsers(status, "application/json", json.dumps(page).encode())


def valid_page() -> dict[str, Any]:
    return {
        "messages": [dict(MESSAGE_JSON), dict(MESSAGE_JSON)],
        "media_list": [dict(MEDIA_JSON)],
        "page": 0,
        "page_size": 50,
        "next_page_uri": f"{BASE}/Messages.json?Page=1&PageToken=PA1",
        "meta": {"key": "messages", "next_page_url": "https://api.twilio.com/x?Page=1"},
    }


@st.composite
def mutated_pages(draw: st.DrawFn) -> dict[str, Any]:
    page = valid_page()
    if draw(st.booleans()):
        del page["meta"]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        containers: list[dict[str, Any]] = [page]
        for key in ("messages", "media_list"):
            if isinstance(page.get(key), list):
                containers += [item for item in page[key] if isinstance(item, dict)]
        if isinstance(page.get("meta"), dict):
            containers.append(page["meta"])
        target = draw(st.sampled_from(containers))
        if not target:
            continue
        key = draw(st.sampled_from(sorted(target)))
        if draw(st.integers(min_value=0, max_value=4)) == 0:
            del target[key]
        else:
            target[key] = draw(JSON_VALUES)
    return page


@given(page=mutated_pages(), status=st.sampled_from([200, 404, 500]))
def test_mutations_of_a_valid_page_raise_only_library_errors(
    page: dict[str, Any], status: int
) -> None:
    check_parsers(status, "application/json", json.dumps(page).encode())


@given(data=JSON_VALUES.filter(lambda v: isinstance(v, dict)))
def test_reading_every_field_of_any_record_raises_only_library_errors(
    data: dict[str, Any],
) -> None:
    for model in (Message, Media):
        read_everything(model.from_json({**MESSAGE_JSON, **data}))


# (c) any finite sequence of pages ends


@given(
    sizes=st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=10),
    links=st.lists(st.integers(min_value=0, max_value=10), min_size=10, max_size=10),
    shape=st.sampled_from(["2010", "meta"]),
    base_url=st.sampled_from([None, "https://proxy.example.com/prefix"]),
)
def test_walking_any_linked_pages_ends_and_never_fetches_a_page_twice(
    sizes: list[int], links: list[int], shape: str, base_url: str | None
) -> None:
    # Page i links to page links[i] (any page after the first, itself included), or to
    # none when links[i] is 0 or past the end: chains, loops, and runs of empty pages.
    operations = MessageOperations(config(base_url))
    root = operations.config.urls.root("api")
    first = operations.get_page()
    n = len(sizes)

    def target(i: int) -> int | None:
        return links[i] if 0 < links[i] < n else None

    def path_of(i: int) -> str:
        return f"{BASE}/Messages.json?Page={i}&PageToken=PA{i}"

    def url_of(i: int) -> str:
        return first.request.url if i == 0 else root + path_of(i)

    served: dict[str, dict[str, object]] = {}
    for i, count in enumerate(sizes):
        following = target(i)
        next_uri = None if following is None else path_of(following)
        if next_uri is not None and shape == "meta":
            next_uri = "https://api.twilio.com" + next_uri
        records = [{**MESSAGE_JSON, "sid": f"SM{i:016x}{j:016x}"} for j in range(count)]
        paging: dict[str, object] = {"page": i, "next_page_uri": next_uri}
        if shape == "meta":
            paging = {"meta": {"key": "messages", "page": i, "next_page_url": next_uri}}
        served[url_of(i)] = {"messages": records, **paging}

    # What the walk must do: follow links until there is none, a page already fetched
    # (a loop), or MAX_EMPTY_PAGES empty pages in a row.
    visited: list[int] = []
    outcome, page, empty_run = "end", 0, 0
    while True:
        visited.append(page)
        empty_run = empty_run + 1 if sizes[page] == 0 else 0
        following = target(page)
        if following is None:
            break
        if empty_run >= MAX_EMPTY_PAGES:
            outcome = "empty run"
            break
        if following in visited:
            outcome = "loop"
            break
        page = following

    chain: PageChain[Message] = PageChain(first)
    requested: list[str] = []
    looped = False
    try:
        while (operation := chain.next_operation()) is not None:
            url = operation.request.url
            assert url not in requested, "a page was requested twice"
            requested.append(url)
            assert url in served, f"requested a page that does not exist: {url}"
            chain.accept(operation.parse(json_response(served[url])))
    except PageLoopError:
        looped = True
    assert requested == [url_of(i) for i in visited]
    assert looped == (outcome == "loop")
    assert (chain.end_reason is not None) == (outcome == "empty run")


# (d) form encoding round-trips

TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12)
NAMES = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), min_size=1),
    st.sampled_from(["DateSent>", "DateSent<", "a&b", "x=y", "a+b", "sp ace", "%20", "ü"]),
)
PARAMS = st.dictionaries(
    NAMES,
    st.one_of(
        TEXT,
        st.sampled_from(["&", "=", "+", " ", "%", "a=b&c=d", "1+1 = 2", "%2B", "\u2603"]),
        st.lists(TEXT, max_size=4),
    ),
    max_size=6,
)


def flattened(params: dict[str, str | list[str]]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        for item in [value] if isinstance(value, str) else value:
            pairs.append((name, item))
    return pairs


@given(params=PARAMS)
def test_form_encoding_round_trips_through_parse_qsl(params: dict[str, str | list[str]]) -> None:
    body = encode_form(params)
    assert body.isascii()
    decoded = parse_qsl(body.decode("ascii"), keep_blank_values=True, strict_parsing=bool(body))
    assert decoded == flattened(params)
    assert parse_qsl(encode_query(params), keep_blank_values=True) == flattened(params)


# (e) debug output never shows a secret

SECRETS = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=8, max_size=40
)
PLACEHOLDER = "\u2603" * 8


def leaked_forms(secret: str) -> list[str]:
    """The ways a secret could show up in rendered text."""
    return [secret, quote(secret, safe=""), json.dumps(secret)[1:-1]]


def assert_hidden(rendered: str, baseline: str, secret: str) -> None:
    for form in leaked_forms(secret):
        # A secret that also occurs in the rendering of the same traffic with a
        # placeholder secret would be found there by chance, not leaked.
        assume(form not in baseline)
        assert form not in rendered


def form_request(token: str, secret: str, credentials: Credentials) -> Request:
    cfg = ClientConfig(ACCOUNT, credentials, BaseUrls.build(None), "ua")
    return cfg.request_for_url(
        "POST",
        f"https://api.twilio.com{BASE}/Keys.json",
        form={"FriendlyName": "ci", "AuthToken": token, "ApiKeySecret": secret, "Body": "hi"},
    )


@given(token=SECRETS, secret=SECRETS)
def test_rendered_requests_never_show_tokens_or_secrets(token: str, secret: str) -> None:
    for credentials, baseline_credentials in (
        (Credentials.from_auth_token(ACCOUNT, token), Credentials(ACCOUNT, PLACEHOLDER)),
        (
            Credentials.from_api_key(API_KEY, secret),
            Credentials(API_KEY, PLACEHOLDER),
        ),
    ):
        request = form_request(token, secret, credentials)
        rendered = render_request(request)
        baseline = render_request(form_request(PLACEHOLDER, PLACEHOLDER, baseline_credentials))
        basic = request.header("authorization")
        assert basic is not None
        assert basic.split(" ", 1)[1] not in rendered
        assert "authorization: Basic [redacted]" in rendered
        assert "FriendlyName=ci" in rendered
        assert "Body=hi" in rendered
        assert_hidden(rendered, baseline, token)
        assert_hidden(rendered, baseline, secret)


def json_body(token: str, secret: str) -> bytes:
    data = {
        "sid": API_KEY,
        "friendly_name": "ci",
        "auth_token": token,
        "nested": [{"secret": secret, "kept": 1}],
    }
    return json.dumps(data).encode()


@given(token=SECRETS, secret=SECRETS, content_type=st.sampled_from(["application/json", None]))
def test_rendered_responses_never_show_json_tokens_or_secrets(
    token: str, secret: str, content_type: str | None
) -> None:
    headers = [] if content_type is None else [("content-type", content_type)]
    response = Response(201, headers, json_body(token, secret))
    rendered = render_response(response)
    baseline = render_response(Response(201, headers, json_body(PLACEHOLDER, PLACEHOLDER)))
    assert rendered.startswith("HTTP/1.1 201 Created")
    assert '"friendly_name": "ci"' in rendered
    assert_hidden(rendered, baseline, token)
    assert_hidden(rendered, baseline, secret)


def test_redaction_keeps_the_authorization_scheme_and_non_secret_fields() -> None:
    request = form_request("tok-123456", "sec-123456", Credentials(ACCOUNT, "tok-123456"))
    rendered = render_request(request)
    basic = base64.b64encode(f"{ACCOUNT}:tok-123456".encode()).decode()
    assert basic not in rendered
    assert "AuthToken=%5Bredacted%5D" in rendered
    assert "ApiKeySecret=%5Bredacted%5D" in rendered
    assert rendered.startswith(f"POST {BASE}/Keys.json HTTP/1.1\nhost: api.twilio.com\n")
