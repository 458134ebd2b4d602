"""Hostile caller input anywhere in the public API is InvalidArgument, before any request.

Every parameter of every builder method of every operations class (found by
introspection, see ``_fuzz_operations``) gets wrong types, empty and huge strings, control
characters, line breaks, and the characters that could bend a path (``/ ? # .. %2F``).
Each call either raises :class:`~twilio_sansio.core.errors.InvalidArgument` or builds a
request of exactly the template's shape: same method, host, number of path segments and
headers, with every path segment percent-encoded and every header free of line breaks.
The same holds for the clients' constructors and options and for access tokens.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from hypothesis import given, strategies as st

from tests.core._fuzz_operations import (
    ACCOUNT,
    builder_methods,
    call,
    first_request,
    parameters,
    sid,
    takes_params,
    valid_arguments,
    valid_value,
)
from tests.core._support import ROOT, make_config
from twilio_sansio.core.access_tokens import AccessToken, VideoGrant, VoiceGrant
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.resources.available_numbers import check_country_code, check_number_type
from twilio_sansio.core.retry import RetryPolicy
from twilio_sansio.core.time_range import RangePages

CONFIG = make_config()
METHODS = builder_methods()
HUGE = "x" * 1_000_000
API_KEY = "SK" + "1" * 32
SECRET = "s" * 32

# Parameters whose value is a whole path or URL, not one path segment.
WHOLE_PATHS = {"path", "cursor"}


def label(method: tuple[type, str]) -> str:
    """``Class.method``, as a test id."""
    return f"{method[0].__name__}.{method[1]}"


@functools.cache
def template(cls: type, name: str) -> tuple[object, Request | None]:
    """A builder's result with valid arguments, and its first request (cached).

    A job's result is already started: use the request, not the result.
    """
    result = call(CONFIG, cls, name, valid_arguments(cls, name))
    return result, first_request(result)


# -- The shape every accepted request must keep -------------------------------------------------

_SEGMENT = re.compile(r"[A-Za-z0-9._~%-]*\Z")
_SPACE = re.compile(r"\s")


def check_request_shape(
    request: Request, expected: Request, *, whole_path: bool, added_headers: bool = False
) -> None:
    """Check that ``request`` has the shape of ``expected`` and is fit for the wire.

    Same method, scheme and host; the same number of path segments, each one
    percent-encoded (unless a whole path was the caller's to give); a parseable query;
    the same header names, with no line break or NUL in any value; an ASCII body.
    """
    url = request.url
    assert request.method == expected.method
    assert url.isascii(), url[:200]
    assert url.isprintable(), url[:200]
    assert not _SPACE.search(url), url[:200]
    parts, want = urlsplit(url), urlsplit(expected.url)
    assert (parts.scheme, parts.netloc) == (want.scheme, want.netloc), url[:200]
    assert not parts.fragment
    if not whole_path:
        segments = parts.path.split("/")
        assert len(segments) == len(want.path.split("/")), url[:200]
        for segment in segments:
            assert segment not in (".", ".."), url[:200]
            assert _SEGMENT.match(segment), segment[:200]
    parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    names = [name for name, _ in request.headers]
    if added_headers:  # the caller's header parameters (endpoints' headers=) come in between
        names = [name for name in names if name in dict(expected.headers)]
    assert names == [name for name, _ in expected.headers]
    for name, value in request.headers:
        assert not any(c in value for c in "\r\n\x00"), (name, value[:200])
        value.encode("latin-1")
    assert isinstance(request.body, bytes)
    assert request.body.isascii()


def build_or_refuse(build: Callable[[], object]) -> tuple[object, Request | None] | None:
    """Build and start a result; None when it was refused with InvalidArgument.

    Any other exception fails the test. A job is started, since it checks its arguments
    when it runs its first step, still before any request.
    """
    try:
        result = build()
        return result, first_request(result)
    except InvalidArgument:
        return None


def check_accepted(
    cls: type, name: str, arguments: dict[str, Any], *, whole_path: bool = False
) -> tuple[object, Request | None] | None:
    """Call a builder method; either it refuses, or its request has the template's shape."""
    built = build_or_refuse(lambda: call(CONFIG, cls, name, arguments))
    if built is None:
        return None
    result, request = built
    expected_result, expected = template(cls, name)
    assert type(result) is type(expected_result)
    if request is None:
        assert isinstance(result, str)
        check_request_shape(
            Request("GET", result), Request("GET", str(expected_result)), whole_path=False
        )
    else:
        assert expected is not None
        added = bool(arguments.get("headers"))
        check_request_shape(request, expected, whole_path=whole_path, added_headers=added)
    return built


# -- Every parameter of every builder method ------------------------------------------------------


class Opaque:
    """An object of no type the library knows."""

    def __str__(self) -> str:
        return "../../evil"


BASE_HOSTILE: list[object] = [
    None,
    0,
    -1,
    10**100,
    True,
    1.5,
    math.nan,
    math.inf,
    Decimal("NaN"),
    b"bytes",
    bytearray(b"x"),
    Opaque(),
    [],
    ["x"],
    {},
    {"k": "v"},
    ("a", "b"),
    datetime(2024, 1, 1),
    date(2024, 1, 1),
    timedelta(seconds=-1),
    "",
    " ",
    "\x00",
    "\r\n",
    "a\r\nX-Evil: 1",
    "\t",
    "/",
    "?",
    "#",
    ".",
    "..",
    "%2F",
    "a b",
    "../../Calls",
    "\ud800",
    "\u00e9",
    "\u2028",
    HUGE,
]


def hostile_values(valid: object) -> list[object]:
    """The base hostile values, and near misses of a valid string value."""
    values = list(BASE_HOSTILE)
    if isinstance(valid, str) and len(valid) > 3:
        values += [
            valid + "\r\n",
            valid + "\n",
            valid + "/x",
            "x/" + valid,
            valid + "/..",
            valid + "?a=1",
            valid + "#f",
            " " + valid,
            valid + " ",
            valid.lower(),
            valid.upper(),
            valid[:2] + "/" + valid[3:],
            valid[:-3] + "%2F",
            valid[:4] + " " + valid[5:],
            valid + "\x00",
            valid + "\t",
            valid + "\x1f",
            valid + "\x7f",
            valid + "\x85",
            valid + "\u2028",
            valid + "\ud800",
            valid + "\u00e9",
            valid + HUGE,
        ]
    return values


PARAMETERS = [
    (cls, name, parameter.name) for cls, name in METHODS for parameter in parameters(cls, name)
]


def test_every_parameter_of_every_builder_method_is_attacked() -> None:
    assert len(METHODS) >= 128
    assert len(PARAMETERS) >= 280


@pytest.mark.parametrize(("cls", "name"), METHODS, ids=[label(m) for m in METHODS])
def test_hostile_arguments_are_refused_or_keep_the_request_shape(cls: type, name: str) -> None:
    valid = valid_arguments(cls, name)
    for parameter in parameters(cls, name):
        example = valid.get(parameter.name) or _example(cls, parameter.name)
        for value in hostile_values(example):
            arguments = {**valid, parameter.name: value}
            try:
                check_accepted(cls, name, arguments, whole_path=parameter.name in WHOLE_PATHS)
            except BaseException as exc:
                exc.add_note(f"{cls.__name__}.{name}({parameter.name}={value!r:.80})")
                raise


def _example(cls: type, parameter: str) -> object:
    """A valid value of an optional parameter, when the table has one (else None)."""
    try:
        return valid_value(cls, parameter)
    except LookupError:
        return None


def test_a_missing_required_argument_is_refused_not_a_type_error() -> None:
    # Positional parameters without defaults are the SIDs and addresses a call needs;
    # passing None for them must read as a refusal, not crash.
    refused = 0
    for cls, name in METHODS:
        for parameter in parameters(cls, name):
            if parameter.default is not parameter.empty:
                continue
            arguments = {**valid_arguments(cls, name), parameter.name: None}
            built = build_or_refuse(functools.partial(call, CONFIG, cls, name, arguments))
            if built is None:
                refused += 1
    assert refused > 100


# -- Twilio's own parameters (**params) -----------------------------------------------------------

PARAMS_METHODS = [m for m in METHODS if takes_params(*m)]
BAD_PARAM_NAMES = ["", "\ud800", "A\udcff"]
ODD_PARAM_NAMES = [
    "\x00",
    "\r\n",
    "A\r\nX-Evil: 1",
    " ",
    "A&B=C",
    "A=B",
    "A%2FB",
    "X" * 10_000,
    "\u00c9",
]
BAD_PARAM_VALUES: list[object] = [
    b"x",
    bytearray(b"x"),
    Opaque(),
    math.nan,
    math.inf,
    -math.inf,
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    {"k": "v"},
    [b"x"],
    [Opaque()],
    ["ok", math.nan],
    "\x00",
    ["ok", "\x00"],
    "\ud800",
    datetime(2024, 1, 1),
]
ODD_PARAM_VALUES: list[object] = [
    "\r\n",
    "a\r\nX-Evil: 1",
    "&A=B",
    "%2F",
    HUGE,
    10**100,
    Decimal("1E+100"),
    ["a", None, "b"],
    (),
    datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-23, minutes=-59))),
    datetime.max.replace(tzinfo=timezone(timedelta(hours=-23))),
    date.max,
    timedelta(days=10_000),
]


@pytest.mark.parametrize(("cls", "name"), PARAMS_METHODS, ids=[label(m) for m in PARAMS_METHODS])
def test_twilio_parameters_twilio_cannot_receive_are_refused(cls: type, name: str) -> None:
    valid = valid_arguments(cls, name)
    for key in BAD_PARAM_NAMES:
        arguments = {**valid, "params_dict": {key: "x"}}
        with pytest.raises(InvalidArgument):
            _call_with_params(cls, name, arguments)
    for value in BAD_PARAM_VALUES:
        with pytest.raises(InvalidArgument):
            _call_with_params(cls, name, {**valid, "params_dict": {"Extra": value}})


@pytest.mark.parametrize(("cls", "name"), PARAMS_METHODS, ids=[label(m) for m in PARAMS_METHODS])
def test_odd_twilio_parameters_are_refused_or_encoded(cls: type, name: str) -> None:
    valid = valid_arguments(cls, name)
    for key in ODD_PARAM_NAMES:
        _check_params(cls, name, {**valid, "params_dict": {key: "x"}})
    for value in ODD_PARAM_VALUES:
        _check_params(cls, name, {**valid, "params_dict": {"Extra": value}})


def _call_with_params(
    cls: type, name: str, arguments: dict[str, Any]
) -> tuple[object, Request | None]:
    """Call a builder with ``arguments``, whose ``params_dict`` goes in as ``**params``.

    Returns the result and its first request.
    """
    arguments = dict(arguments)
    extra = arguments.pop("params_dict")
    method: Callable[..., object] = getattr(cls(CONFIG), name)
    result = method(**arguments, **extra)
    return result, first_request(result)


def _check_params(cls: type, name: str, arguments: dict[str, Any]) -> None:
    """Either InvalidArgument, or a request of the template's shape."""
    try:
        _result, request = _call_with_params(cls, name, arguments)
    except InvalidArgument:
        return
    except BaseException as exc:
        exc.add_note(f"{cls.__name__}.{name}(**{arguments['params_dict']!r:.80})")
        raise
    _template, expected = template(cls, name)
    assert request is not None
    assert expected is not None
    check_request_shape(request, expected, whole_path=cls.__name__ == "EndpointOperations")


# -- Path parameters: percent-encoded, so that no value can change the path ---------------------


def path_parameters() -> list[tuple[type, str, str, int]]:
    """Every parameter that lands in a path segment, with that segment's index.

    A parameter lands in the path when its valid example (encoded) is one of the
    template's segments, with or without the ``.json`` suffix.
    """
    found = []
    for cls, name in METHODS:
        arguments = valid_arguments(cls, name)
        _result, request = template(cls, name)
        if request is None:
            continue
        segments = [s.removesuffix(".json") for s in urlsplit(request.url).path.split("/")]
        for parameter, value in arguments.items():
            if parameter in WHOLE_PATHS or not isinstance(value, str):
                continue
            if value in segments:
                found.append((cls, name, parameter, segments.index(value)))
    return found


PATH_PARAMETERS = path_parameters()
TEMPLATE_SEGMENTS = {
    (cls, name): urlsplit(request.url).path.split("/")
    for cls, name, *_ in PATH_PARAMETERS
    if (request := template(cls, name)[1]) is not None
}


def test_path_parameters_are_found_in_every_resource() -> None:
    assert len(PATH_PARAMETERS) >= 80
    assert {cls.__name__ for cls, *_ in PATH_PARAMETERS} >= {
        "CallOperations",
        "MediaOperations",
        "ParticipantOperations",
        "AvailableNumberOperations",
    }


def expected_segment(parameter: str, value: str) -> str:
    """The text a path segment must decode back to: the value, as the library spells it."""
    if parameter == "country_code":
        return check_country_code(value)
    if parameter == "number_type":
        return check_number_type(value).value
    return value


TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from("/?#%.:@ &=+;2F\\\r\n\t\x00aA")),
    st.sampled_from(
        [".", "..", "%2F", "%2E%2E", "a/b", "a?b", "a#b", "..json", "./", "Front", "~", "\u00e9"]
    ),
    st.builds(lambda p, t: p + t, st.sampled_from(["CA", "CF", "SM", "ME", "QU", "RE"]), st.text()),
)


@given(text=TEXTS)
def test_a_path_parameter_never_changes_the_path(text: str) -> None:
    for cls, name, parameter, index in PATH_PARAMETERS:
        arguments = {**valid_arguments(cls, name), parameter: text}
        try:
            built = check_accepted(cls, name, arguments)
        except BaseException as exc:
            exc.add_note(f"{cls.__name__}.{name}({parameter}={text!r:.80})")
            raise
        if built is None:
            continue
        _result, request = built
        assert request is not None
        segment = urlsplit(request.url).path.split("/")[index]
        if TEMPLATE_SEGMENTS[cls, name][index].endswith(".json"):
            segment = segment.removesuffix(".json")
        assert unquote(segment, errors="strict") == expected_segment(parameter, text), (
            label((cls, name)),
            parameter,
            text,
        )


@given(cursor=st.one_of(st.text(), st.builds(lambda t: "/" + t, st.text())))
def test_a_cursor_is_refused_or_stays_on_the_configured_host(cursor: str) -> None:
    for cls, name in METHODS:
        if "cursor" not in [p.name for p in parameters(cls, name)]:
            continue
        arguments = {**valid_arguments(cls, name), "cursor": cursor}
        built = build_or_refuse(functools.partial(call, CONFIG, cls, name, arguments))
        if built is None:
            continue
        _result, request = built
        assert request is not None
        assert request.url.startswith(ROOT + "/"), request.url
        assert request.url.isascii()
        assert request.url.isprintable()
        assert " " not in request.url


# -- Client constructors and options ------------------------------------------------------------


class NullTransport:
    """A sync transport that must never be used: constructing a client sends nothing."""

    def send(self, request: Request, *, timeout: float) -> Response:
        raise AssertionError(f"a request was sent: {request!r}")

    def close(self) -> None:
        """Nothing to release."""


class NullAsyncTransport:
    """An async transport that must never be used."""

    async def send(self, request: Request) -> Response:
        raise AssertionError(f"a request was sent: {request!r}")

    async def aclose(self) -> None:
        """Nothing to release."""


HOSTILE_OPTIONS: list[Any] = [
    {"account_sid": "AC123"},
    {"account_sid": ACCOUNT + "\r\n"},
    {"account_sid": ACCOUNT[:-1] + "/"},
    {"account_sid": ACCOUNT.lower()},
    {"account_sid": None},
    {"account_sid": 42},
    {"account_sid": b"AC" + b"0" * 32},
    {"account_sid": HUGE},
    {"auth_token": "tok\r\nX-Evil: 1"},
    {"auth_token": "tok\n"},
    {"auth_token": "\x00"},
    {"auth_token": ""},
    {"auth_token": 42},
    {"auth_token": b"token"},
    {"auth_token": "\ud800"},
    {"auth_token": None},
    {"auth_token": None, "api_key_sid": API_KEY},
    {"auth_token": None, "api_key_sid": API_KEY, "api_key_secret": "s\r\n"},
    {"auth_token": None, "api_key_sid": API_KEY, "api_key_secret": "\ud800"},
    {"auth_token": None, "api_key_sid": ACCOUNT, "api_key_secret": SECRET},
    {"auth_token": None, "api_key_sid": API_KEY + "\n", "api_key_secret": SECRET},
    {"api_key_sid": API_KEY, "api_key_secret": SECRET},
    {"base_url": "https://user:pass@api.example.com"},
    {"base_url": "https://api.example.com#fragment"},
    {"base_url": "https://api.example.com?x=1"},
    {"base_url": "https://api.example.com/a b"},
    {"base_url": "https://api.example.com\r\nX-Evil: 1"},
    {"base_url": "https://api.exa\u2028mple.com"},
    {"base_url": "https://api.example.com/\x85"},
    {"base_url": "http://api.example.com"},
    {"base_url": "https://"},
    {"base_url": ""},
    {"base_url": 42},
    {"base_url": {"api": "https://user@x.example.com"}},
    {"base_url": {"evil": "https://x.example.com"}},
    {"base_url": "https://api.example.com", "region": "ie1"},
    {"region": "ie1.evil.com"},
    {"region": "ie1/"},
    {"region": "\u0131e1"},
    {"region": 42},
    {"edge": "dublin\r\n"},
    {"edge": ""},
    {"timeout": -1},
    {"timeout": 0},
    {"timeout": -0.0},
    {"timeout": math.nan},
    {"timeout": math.inf},
    {"timeout": -math.inf},
    {"timeout": "5"},
    {"timeout": True},
    {"timeout": None},
    {"timeout": 10**400},
    {"retry": None},
    {"retry": 3},
    {"retry": "none"},
    {"default_region": "ZZZ"},
    {"default_region": "U\nS"},
    {"default_region": 42},
]


def options(changes: dict[str, object], transport: object) -> dict[str, object]:
    """Valid constructor keyword arguments with ``changes`` applied."""
    return {"account_sid": ACCOUNT, "auth_token": "token", "transport": transport, **changes}


@pytest.mark.parametrize("changes", HOSTILE_OPTIONS, ids=lambda c: repr(c)[:60])
def test_a_client_refuses_hostile_options_with_invalid_argument(changes: dict[str, object]) -> None:
    from twilio_sansio.client import Client

    with pytest.raises(InvalidArgument):
        Client(**options(changes, NullTransport()))  # type: ignore[arg-type]


@pytest.mark.parametrize("changes", HOSTILE_OPTIONS, ids=lambda c: repr(c)[:60])
def test_an_async_client_refuses_hostile_options_with_invalid_argument(
    changes: dict[str, object],
) -> None:
    from twilio_sansio.aclient import AsyncClient

    with pytest.raises(InvalidArgument):
        AsyncClient(**options(changes, NullAsyncTransport()))  # type: ignore[arg-type]


BAD_TIMEOUTS: list[Any] = [
    -1,
    0,
    math.nan,
    "5",
    True,
    math.inf,
    10**400,
]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
def test_with_options_refuses_a_hostile_timeout(timeout: object) -> None:
    from twilio_sansio.client import Client

    client = Client(ACCOUNT, "token", transport=NullTransport())
    with pytest.raises(InvalidArgument):
        client.with_options(timeout=timeout)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        client.with_options(retry=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("account", [None, 42, "AC123", ACCOUNT + "\n", "../" + ACCOUNT])
def test_for_subaccount_refuses_a_hostile_account_sid(account: object) -> None:
    from twilio_sansio.client import Client

    client = Client(ACCOUNT, "token", transport=NullTransport())
    with pytest.raises(InvalidArgument):
        client.for_subaccount(account)  # type: ignore[arg-type]


def test_a_client_with_valid_options_is_built_without_sending_anything() -> None:
    from twilio_sansio.client import Client

    client = Client(
        ACCOUNT,
        "token",
        base_url={"api": "https://proxy.example.com/prefix/"},
        timeout=0.5,
        retry=RetryPolicy.none(),
        transport=NullTransport(),
    )
    assert client.timeout == 0.5
    assert client.with_options(timeout=1).timeout == 1.0


# -- Core configuration values built directly ------------------------------------------------


@pytest.mark.parametrize(
    "user_agent", ["ua\r\nX-Evil: 1", "ua\n", "\x00", "ua\x7f", 42, b"ua", "\ud800"], ids=repr
)
def test_a_client_config_refuses_a_user_agent_unfit_for_a_header(user_agent: object) -> None:
    credentials = Credentials.from_auth_token(ACCOUNT, "token")
    with pytest.raises(InvalidArgument):
        ClientConfig(ACCOUNT, credentials, BaseUrls.build(None), user_agent)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("username", "password"),
    [(ACCOUNT, "\ud800"), ("\ud800", "token"), (ACCOUNT, 42), (42, "token"), (ACCOUNT, b"t")],
    ids=repr,
)
def test_credentials_refuse_what_cannot_be_sent(username: object, password: object) -> None:
    with pytest.raises(InvalidArgument):
        Credentials(username, password)  # type: ignore[arg-type]


@given(text=st.text())
def test_a_base_url_is_refused_or_fit_for_the_wire(text: str) -> None:
    for candidate in (text, "https://" + text, "https://api.example.com/" + text):
        try:
            urls = BaseUrls.build(candidate)
        except InvalidArgument:
            continue
        root = urls.root("api")
        parts = urlsplit(root)
        assert parts.scheme == "https"
        assert parts.hostname
        assert (parts.username, parts.password) == (None, None)
        assert (parts.query, parts.fragment) == ("", "")
        assert root.isprintable()
        assert not any(c.isspace() for c in root)


# -- Access tokens ------------------------------------------------------------------------------

IDENTITIES = st.one_of(
    st.text(),
    st.sampled_from(["\r\n", "\x00", "\ud800", HUGE, 'a"}, "grants": {"x', "\u2028", " "]),
    st.none(),
    st.integers(),
    st.binary(max_size=4),
)


@given(identity=IDENTITIES, region=IDENTITIES)
def test_access_tokens_with_hostile_identities_sign_or_refuse(
    identity: object, region: object
) -> None:
    import jwt

    try:
        token = AccessToken(
            ACCOUNT,
            API_KEY,
            SECRET,
            identity=identity,  # type: ignore[arg-type]
            region=region,  # type: ignore[arg-type]
            grants=[VoiceGrant(incoming_allow=True), VideoGrant(room="r")],
        )
        signed = token.to_jwt(now=1_700_000_000)
    except InvalidArgument:
        return
    claims = jwt.decode(
        signed, SECRET, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False}
    )
    assert claims["grants"].get("identity") == identity
    assert set(claims["grants"]) - {"identity"} == {"voice", "video"}
    assert jwt.get_unverified_header(signed).get("twr") == region


@pytest.mark.parametrize(
    "changes",
    [
        {"account_sid": ACCOUNT + "\n"},
        {"api_key_sid": API_KEY.lower()},
        {"api_key_secret": ""},
        {"api_key_secret": "\ud800" * 32},
        {"api_key_secret": b"s" * 32},
        {"ttl": 0},
        {"ttl": 86_401},
        {"ttl": 1.5},
        {"ttl": True},
        {"nbf": -1},
        {"nbf": math.nan},
        {"nbf": datetime(2024, 1, 1)},
        {"nbf": datetime(1969, 12, 31, tzinfo=UTC)},
        {"nbf": "2024"},
        {"grants": [object()]},
        {"grants": [VoiceGrant(), VoiceGrant()]},
    ],
    ids=repr,
)
def test_access_tokens_refuse_hostile_arguments(changes: dict[str, object]) -> None:
    arguments: dict[str, Any] = {
        "account_sid": ACCOUNT,
        "api_key_sid": API_KEY,
        "api_key_secret": SECRET,
        "identity": "alice",
        **changes,
    }
    with pytest.raises(InvalidArgument):
        AccessToken(**arguments).to_jwt(now=1_700_000_000)


@pytest.mark.parametrize(
    "now",
    [-1, math.nan, math.inf, "now", None, datetime(2024, 1, 1), datetime(1969, 1, 1, tzinfo=UTC)],
    ids=repr,
)
def test_access_tokens_refuse_a_hostile_issue_time(now: object) -> None:
    token = AccessToken(ACCOUNT, API_KEY, SECRET, identity="alice")
    with pytest.raises(InvalidArgument):
        token.jwt_claims(now)  # type: ignore[arg-type]


# -- Time ranges --------------------------------------------------------------------------------


@given(
    start=st.one_of(st.datetimes(timezones=st.timezones()), st.datetimes(), st.dates()),
    end=st.one_of(st.datetimes(timezones=st.timezones()), st.datetimes(), st.dates()),
)
def test_time_range_builders_refuse_or_cover_the_range(start: Any, end: Any) -> None:
    for cls, name in METHODS:
        if name != "get_page_in_range":
            continue
        arguments = {**valid_arguments(cls, name), "start": start, "end": end}
        built = build_or_refuse(functools.partial(call, CONFIG, cls, name, arguments))
        if built is None:
            continue
        result, request = built
        assert isinstance(result, RangePages)
        assert result.range_filter.start <= result.range_filter.end
        if request is not None:
            assert request.url.startswith(ROOT + "/")


def test_sids_in_the_table_differ_from_the_configured_account() -> None:
    assert sid("AC") != ACCOUNT
