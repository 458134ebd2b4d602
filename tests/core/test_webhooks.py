"""Webhook signatures: Twilio's test vectors, URL variants, bodies and request validation."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
from collections.abc import Iterator, Mapping
from typing import Any, cast
from urllib.parse import urlencode

import pytest
from hypothesis import assume, given, settings, strategies as st

from twilio_sansio.core.errors import InvalidArgument, TwilioError
from twilio_sansio.core.webhooks import (
    InvalidSignature,
    MalformedBody,
    MissingSignature,
    WebhookValidationError,
    signature_for,
    validate_body,
    validate_request,
    validate_signature,
)

# Twilio's published example: the same vector its SDKs test against.
TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="

# A JSON webhook: the body's SHA-256 rides in the signed URL.
JSON_BODY = b'{"property": "value", "boolean": true}'
JSON_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
JSON_URL = f"{URL}&bodySHA256={JSON_HASH}"
JSON_SIGNATURE = "a9nBmqA0ju/hNViExpshrM61xv4="

FORM = "application/x-www-form-urlencoded"


def hmac_sha1(token: str, text: str) -> str:
    """Twilio's signature of an already assembled string, computed independently."""
    digest = hmac.new(token.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


# signature_for and validate_signature


def test_signature_of_twilios_example_request_is_twilios() -> None:
    assert signature_for(TOKEN, URL, PARAMS) == SIGNATURE


def test_twilios_example_signature_validates() -> None:
    assert validate_signature(TOKEN, URL, PARAMS, SIGNATURE)


def test_signature_is_the_hmac_of_the_url_then_each_sorted_name_and_value() -> None:
    text = URL + "".join(name + PARAMS[name] for name in sorted(PARAMS))

    assert signature_for(TOKEN, URL, PARAMS) == hmac_sha1(TOKEN, text)


def test_signature_without_params_signs_the_url_alone() -> None:
    assert signature_for(TOKEN, URL) == hmac_sha1(TOKEN, URL)
    assert signature_for(TOKEN, URL, {}) == hmac_sha1(TOKEN, URL)


def test_example_signature_validates_for_the_url_with_the_default_https_port() -> None:
    assert validate_signature(
        TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS, SIGNATURE
    )


def test_signature_of_the_url_with_port_443_validates_for_the_url_without_it() -> None:
    signature = signature_for(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS)

    assert validate_signature(TOKEN, URL, PARAMS, signature)


def test_default_http_port_80_is_tried_with_and_without() -> None:
    with_port = signature_for(TOKEN, "http://example.com:80/hook", PARAMS)
    without = signature_for(TOKEN, "http://example.com/hook", PARAMS)

    assert validate_signature(TOKEN, "http://example.com/hook", PARAMS, with_port)
    assert validate_signature(TOKEN, "http://example.com:80/hook", PARAMS, without)


def test_a_port_that_is_not_the_schemes_default_is_part_of_the_url() -> None:
    signature = signature_for(TOKEN, "https://example.com:8443/hook", PARAMS)

    assert validate_signature(TOKEN, "https://example.com:8443/hook", PARAMS, signature)
    assert not validate_signature(TOKEN, "https://example.com/hook", PARAMS, signature)
    assert not validate_signature(TOKEN, "https://example.com:443/hook", PARAMS, signature)


def test_port_80_is_not_the_default_for_https() -> None:
    signature = signature_for(TOKEN, "https://example.com/hook", PARAMS)

    assert not validate_signature(TOKEN, "https://example.com:80/hook", PARAMS, signature)


def test_ipv6_host_is_tried_with_and_without_the_default_port() -> None:
    signature = signature_for(TOKEN, "https://[2001:db8::1]/hook", PARAMS)

    assert validate_signature(TOKEN, "https://[2001:db8::1]:443/hook", PARAMS, signature)


@pytest.mark.parametrize("port", [":٤٤٣", ":443x", ":", ":443:443"])
def test_a_malformed_port_is_signed_as_given_and_not_varied(port: str) -> None:
    signature = signature_for(TOKEN, f"https://example.com{port}/hook", PARAMS)

    assert validate_signature(TOKEN, f"https://example.com{port}/hook", PARAMS, signature)
    assert not validate_signature(TOKEN, "https://example.com/hook", PARAMS, signature)
    plain = signature_for(TOKEN, "https://example.com/hook", PARAMS)
    assert not validate_signature(TOKEN, f"https://example.com{port}/hook", PARAMS, plain)


def test_credentials_in_the_url_are_not_part_of_what_twilio_signs() -> None:
    signature = signature_for(TOKEN, "https://example.com/hook?x=1", PARAMS)

    assert validate_signature(TOKEN, "https://user:pass@example.com/hook?x=1", PARAMS, signature)
    assert validate_signature(
        TOKEN, "https://user:pass@example.com:443/hook?x=1", PARAMS, signature
    )


def test_query_string_is_signed_exactly_as_given() -> None:
    signature = signature_for(TOKEN, "https://example.com/hook?b=2&a=1", PARAMS)

    assert not validate_signature(TOKEN, "https://example.com/hook?a=1&b=2", PARAMS, signature)
    assert not validate_signature(TOKEN, "https://example.com/hook?b=%32&a=1", PARAMS, signature)


def test_params_as_pairs_in_any_order_sign_like_the_mapping() -> None:
    pairs = list(reversed(list(PARAMS.items())))

    assert signature_for(TOKEN, URL, pairs) == SIGNATURE
    assert signature_for(TOKEN, URL, [list(pair) for pair in pairs]) == SIGNATURE  # type: ignore[misc]


def test_every_value_of_a_repeated_name_is_signed_in_sorted_order() -> None:
    pairs = [("MediaUrl0", "b"), ("Body", "hi"), ("MediaUrl0", "a")]

    expected = hmac_sha1(TOKEN, URL + "Bodyhi" + "MediaUrl0a" + "MediaUrl0b")
    assert signature_for(TOKEN, URL, pairs) == expected
    assert signature_for(TOKEN, URL, {"Body": "hi", "MediaUrl0": ["b", "a"]}) == expected


def test_a_repeated_identical_value_is_signed_twice() -> None:
    once = signature_for(TOKEN, URL, [("A", "x")])
    twice = signature_for(TOKEN, URL, [("A", "x"), ("A", "x")])

    assert twice == hmac_sha1(TOKEN, URL + "AxAx")
    assert twice != once


def test_names_sort_by_code_point_so_upper_case_comes_first() -> None:
    expected = hmac_sha1(TOKEN, URL + "Zz" + "aa")

    assert signature_for(TOKEN, URL, {"a": "a", "Z": "z"}) == expected


def test_empty_values_are_signed() -> None:
    assert signature_for(TOKEN, URL, {"Body": "", "To": "x"}) == hmac_sha1(TOKEN, URL + "BodyTox")


class MultiDict(Mapping[str, str]):
    """Like Django's QueryDict or Werkzeug's MultiDict: item access gives one value."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = pairs

    def __getitem__(self, name: str) -> str:
        return next(value for key, value in self._pairs if key == name)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(key for key, _ in self._pairs))

    def __len__(self) -> int:
        return len(dict.fromkeys(key for key, _ in self._pairs))

    def getlist(self, name: str) -> list[str]:
        return [value for key, value in self._pairs if key == name]


def test_a_mapping_with_getlist_is_read_with_every_value_of_each_name() -> None:
    pairs = [("MediaUrl0", "b"), ("MediaUrl0", "a")]

    assert signature_for(TOKEN, URL, MultiDict(pairs)) == signature_for(TOKEN, URL, pairs)


def test_unicode_is_signed_as_utf8() -> None:
    assert signature_for(TOKEN, URL, {"Body": "héllo ☃"}) == hmac_sha1(TOKEN, URL + "Bodyhéllo ☃")


@pytest.mark.parametrize(
    "signature",
    ["", "0/KCTR6DLpKmkAf8muzZqo1nDgQ", SIGNATURE + " ", SIGNATURE.lower(), "ünïcode", "\udc80"],
)
def test_a_wrong_signature_is_false_and_never_raises(signature: str) -> None:
    assert validate_signature(TOKEN, URL, PARAMS, signature) is False


def test_a_signature_that_is_not_text_is_false() -> None:
    assert validate_signature(TOKEN, URL, PARAMS, cast(Any, None)) is False
    assert validate_signature(TOKEN, URL, PARAMS, cast(Any, SIGNATURE.encode())) is False


def test_a_signature_made_with_another_token_is_false() -> None:
    assert not validate_signature("54321", URL, PARAMS, SIGNATURE)


@pytest.mark.parametrize("token", ["", None, b"12345"])
def test_an_empty_or_non_text_auth_token_is_refused_not_used(token: Any) -> None:
    # An empty key would let anyone compute valid signatures.
    with pytest.raises(InvalidArgument, match="auth token"):
        validate_signature(token, URL, PARAMS, SIGNATURE)
    with pytest.raises(InvalidArgument, match="auth token"):
        signature_for(token, URL, PARAMS)


@pytest.mark.parametrize(
    "params",
    [
        "CallSid=CA1",
        b"CallSid=CA1",
        {"Digits": 1234},
        {"Digits": None},
        [("a", "b", "c")],
        [1],
        ["ab"],
    ],
)
def test_params_that_are_not_text_names_and_values_are_refused(params: Any) -> None:
    with pytest.raises(InvalidArgument):
        signature_for(TOKEN, URL, params)


@pytest.mark.parametrize("url", ["", "not a url", "https://", "https://[::1/x", "mailto:a@b"])
def test_odd_urls_are_signed_as_given_without_raising(url: str) -> None:
    signature = signature_for(TOKEN, url, PARAMS)

    assert validate_signature(TOKEN, url, PARAMS, signature)


# validate_body


def test_json_body_matches_the_bodysha256_of_twilios_example_url() -> None:
    assert hashlib.sha256(JSON_BODY).hexdigest() == JSON_HASH
    assert validate_body(JSON_URL, JSON_BODY)
    assert validate_body(JSON_URL, JSON_BODY.decode())


def test_json_example_url_is_signed_with_no_params() -> None:
    assert signature_for(TOKEN, JSON_URL) == JSON_SIGNATURE
    assert validate_signature(TOKEN, JSON_URL, {}, JSON_SIGNATURE)


def test_a_changed_body_does_not_match_bodysha256() -> None:
    assert not validate_body(JSON_URL, JSON_BODY + b" ")
    assert not validate_body(JSON_URL, b"")


def test_bodysha256_in_upper_case_hex_still_matches() -> None:
    assert validate_body(f"{URL}&bodySHA256={JSON_HASH.upper()}", JSON_BODY)


@pytest.mark.parametrize(
    "url",
    [
        URL,
        f"{URL}&bodySHA256=",
        f"{JSON_URL}&bodySHA256={JSON_HASH}",
        f"{URL}#bodySHA256={JSON_HASH}",
    ],
)
def test_body_is_not_valid_without_a_single_bodysha256_in_the_query(url: str) -> None:
    assert not validate_body(url, JSON_BODY)


# validate_request


def form_request(
    params: list[tuple[str, str]], url: str = URL, token: str = TOKEN
) -> tuple[list[tuple[str, str]], bytes]:
    headers = [
        ("Content-Type", f"{FORM}; charset=utf-8"),
        ("X-Twilio-Signature", signature_for(token, url, params)),
    ]
    return headers, urlencode(params).encode()


def test_twilios_example_form_post_is_valid() -> None:
    headers, body = form_request(list(PARAMS.items()))

    assert headers[1][1] == SIGNATURE
    validate_request(TOKEN, "POST", URL, headers, body)


def test_header_names_are_matched_in_any_case_in_a_mapping_or_as_bytes() -> None:
    headers, body = form_request(list(PARAMS.items()))
    signature = headers[1][1]

    validate_request(TOKEN, "post", URL, {"x-twilio-signature": signature}, body)
    validate_request(
        TOKEN, "POST", URL, {"X-TWILIO-SIGNATURE": signature, "CONTENT-TYPE": FORM}, body
    )
    validate_request(
        TOKEN,
        "POST",
        URL,
        [(b"content-type", FORM.encode()), (b"x-twilio-signature", signature.encode())],
        body,
    )


def test_form_post_with_repeated_names_plus_signs_and_escapes_is_valid() -> None:
    params = [
        ("MediaUrl", "https://x/b?a=1&b=2"),
        ("Body", "1 + 1 = 2 ☃"),
        ("MediaUrl", "https://x/a"),
    ]
    headers, body = form_request(params)

    assert b"+%2B+" in body
    validate_request(TOKEN, "POST", URL, headers, body)


def test_form_post_with_empty_values_is_valid() -> None:
    headers, body = form_request([("Body", ""), ("To", "+15005550006")])

    validate_request(TOKEN, "POST", URL, headers, body)


def test_post_with_an_empty_body_signs_the_url_alone() -> None:
    headers = [("X-Twilio-Signature", signature_for(TOKEN, URL))]

    validate_request(TOKEN, "POST", URL, headers, b"")


def test_get_request_signs_the_url_alone_whatever_the_body() -> None:
    url = "https://mycompany.com/voice?CallSid=CA123&From=%2B15005550006"
    headers = {"X-Twilio-Signature": signature_for(TOKEN, url)}

    validate_request(TOKEN, "GET", url, headers, b"ignored")
    with pytest.raises(InvalidSignature):
        validate_request(TOKEN, "GET", url.replace("CA123", "CA124"), headers, b"")


def test_request_to_the_url_with_port_443_is_valid() -> None:
    headers, body = form_request(list(PARAMS.items()))

    validate_request(
        TOKEN, "POST", "https://mycompany.com:443/myapp.php?foo=1&bar=2", headers, body
    )


def test_json_post_with_bodysha256_is_valid() -> None:
    headers = {"Content-Type": "application/json", "X-Twilio-Signature": JSON_SIGNATURE}

    validate_request(TOKEN, "POST", JSON_URL, headers, JSON_BODY)


def test_json_post_whose_body_was_changed_is_invalid() -> None:
    headers = {"Content-Type": "application/json", "X-Twilio-Signature": JSON_SIGNATURE}

    with pytest.raises(InvalidSignature, match="bodySHA256"):
        validate_request(TOKEN, "POST", JSON_URL, headers, JSON_BODY.replace(b"true", b"false"))


def test_json_post_without_bodysha256_is_malformed_because_nothing_signs_the_body() -> None:
    headers = {"Content-Type": "application/json", "X-Twilio-Signature": signature_for(TOKEN, URL)}

    with pytest.raises(MalformedBody, match="bodySHA256"):
        validate_request(TOKEN, "POST", URL, headers, JSON_BODY)


def test_missing_or_empty_signature_header_raises_missing_signature() -> None:
    _, body = form_request(list(PARAMS.items()))

    with pytest.raises(MissingSignature):
        validate_request(TOKEN, "POST", URL, {"Content-Type": FORM}, body)
    with pytest.raises(MissingSignature):
        validate_request(TOKEN, "POST", URL, {"X-Twilio-Signature": ""}, body)


def test_two_signature_headers_are_invalid() -> None:
    headers, body = form_request(list(PARAMS.items()))
    headers.append(("x-twilio-signature", "forged"))

    with pytest.raises(InvalidSignature, match="more than one"):
        validate_request(TOKEN, "POST", URL, headers, body)


def test_changed_parameter_raises_invalid_signature() -> None:
    headers, body = form_request(list(PARAMS.items()))

    with pytest.raises(InvalidSignature):
        validate_request(TOKEN, "POST", URL, headers, body.replace(b"Digits=1234", b"Digits=1235"))


def test_added_parameter_raises_invalid_signature() -> None:
    headers, body = form_request(list(PARAMS.items()))

    with pytest.raises(InvalidSignature):
        validate_request(TOKEN, "POST", URL, headers, body + b"&Extra=1")


def test_url_the_app_sees_behind_a_proxy_does_not_validate() -> None:
    headers, body = form_request(list(PARAMS.items()))

    with pytest.raises(InvalidSignature):
        validate_request(TOKEN, "POST", "http://10.0.0.5:8000/myapp.php?foo=1&bar=2", headers, body)


@pytest.mark.parametrize(
    "body",
    [b"Body=%FF", b"Body=hi&&To=x", b"Body", b"Body=hi&", "Body=\xe9".encode("latin-1")],
)
def test_body_that_is_not_a_strict_utf8_form_raises_malformed_body(body: bytes) -> None:
    headers = {"Content-Type": FORM, "X-Twilio-Signature": SIGNATURE}

    with pytest.raises(MalformedBody):
        validate_request(TOKEN, "POST", URL, headers, body)


def test_body_of_another_type_without_bodysha256_raises_malformed_body() -> None:
    headers = {"Content-Type": "text/plain", "X-Twilio-Signature": SIGNATURE}

    with pytest.raises(MalformedBody, match="text/plain"):
        validate_request(TOKEN, "POST", URL, headers, b"hello")


def test_validation_errors_are_twilio_errors_with_one_base() -> None:
    for error in (MissingSignature, InvalidSignature, MalformedBody):
        assert issubclass(error, WebhookValidationError)
        assert issubclass(error, TwilioError)
        assert error.__doc__


def test_validate_request_refuses_an_empty_auth_token() -> None:
    headers, body = form_request(list(PARAMS.items()))

    with pytest.raises(InvalidArgument):
        validate_request("", "POST", URL, headers, body)


# Properties

tokens = st.text(alphabet="0123456789abcdef", min_size=1, max_size=40)
hosts = st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z]{2,6}){1,2}", fullmatch=True)
urls = st.builds(
    lambda scheme, host, port, path, query: f"{scheme}://{host}{port}{path}{query}",
    st.sampled_from(["https", "http"]),
    hosts,
    st.sampled_from(["", ":443", ":80", ":8080"]),
    st.from_regex(r"(/[A-Za-z0-9._~%-]{0,12}){0,3}", fullmatch=True),
    st.from_regex(
        r"(\?[A-Za-z0-9]{1,5}=[A-Za-z0-9%+]{0,8}(&[A-Za-z0-9]{1,5}=[A-Za-z0-9]{0,8}){0,3})?",
        fullmatch=True,
    ),
)
param_pairs = st.lists(st.tuples(st.text(max_size=12), st.text(max_size=20)), max_size=8)
# '@' is left out of replacements: it would turn part of the host into credentials.
replacements = st.characters(codec="utf-8").filter(lambda char: char != "@")


def change_one_character(text: str, data: st.DataObject) -> str:
    """Replace one character of ``text`` with another one."""
    index = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    char = data.draw(replacements.filter(lambda char: char != text[index]))
    return text[:index] + char + text[index + 1 :]


@settings(deadline=None)
@given(token=tokens, url=urls, params=param_pairs)
def test_what_signature_for_computes_always_validates(
    token: str, url: str, params: list[tuple[str, str]]
) -> None:
    assert validate_signature(token, url, params, signature_for(token, url, params))


@settings(deadline=None)
@given(token=tokens, url=urls, params=param_pairs, data=st.data())
def test_changing_any_character_of_the_url_invalidates_the_signature(
    token: str, url: str, params: list[tuple[str, str]], data: st.DataObject
) -> None:
    signature = signature_for(token, url, params)

    assert not validate_signature(token, change_one_character(url, data), params, signature)


@settings(deadline=None)
@given(token=tokens, url=urls, params=param_pairs, data=st.data())
def test_changing_any_character_of_a_parameter_invalidates_the_signature(
    token: str, url: str, params: list[tuple[str, str]], data: st.DataObject
) -> None:
    signature = signature_for(token, url, params)
    texts = [(i, part) for i, pair in enumerate(params) for part in (0, 1) if pair[part]]
    assume(texts)
    which, part = data.draw(st.sampled_from(texts))
    name, value = params[which]
    if part == 0:
        name = change_one_character(name, data)
    else:
        value = change_one_character(value, data)
    changed = [*params[:which], (name, value), *params[which + 1 :]]

    assert not validate_signature(token, url, changed, signature)


@settings(deadline=None)
@given(token=tokens, url=urls, params=param_pairs, data=st.data())
def test_changing_any_character_of_the_token_invalidates_the_signature(
    token: str, url: str, params: list[tuple[str, str]], data: st.DataObject
) -> None:
    signature = signature_for(token, url, params)

    assert not validate_signature(change_one_character(token, data), url, params, signature)


@settings(deadline=None)
@given(
    method=st.sampled_from(["GET", "POST", "PUT"]),
    headers=st.lists(
        st.tuples(st.sampled_from(["X-Twilio-Signature", "Content-Type", "X"]), st.text())
    ),
    body=st.binary(max_size=64),
    url=urls | st.text(max_size=30),
)
def test_validate_request_raises_only_validation_errors(
    method: str, headers: list[tuple[str, str]], body: bytes, url: str
) -> None:
    with contextlib.suppress(WebhookValidationError):
        validate_request(TOKEN, method, url, headers, body)


# the classic module is the new package's names, kept


def test_the_classic_module_exports_the_same_objects_as_the_webhooks_package() -> None:
    import twilio_sansio.core.webhooks as classic
    import twilio_sansio.webhooks as package

    for name in (
        "InvalidSignature",
        "MalformedBody",
        "MissingSignature",
        "WebhookValidationError",
        "signature_for",
        "validate_body",
        "validate_request",
        "validate_signature",
    ):
        assert getattr(classic, name) is getattr(package, name), name


def test_validate_request_of_the_classic_module_takes_shared_keys() -> None:
    from twilio_sansio.webhooks import signed_headers

    headers = {"Content-Type": FORM, **signed_headers(URL, PARAMS, shared_key=("k1", "secret"))}

    validate_request(None, "POST", URL, headers, urlencode(PARAMS).encode(), keys={"k1": "secret"})
    with pytest.raises(WebhookValidationError):
        validate_request(TOKEN, "POST", URL, headers, urlencode(PARAMS).encode())
