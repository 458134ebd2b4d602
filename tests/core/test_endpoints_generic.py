"""endpoints.request on every method, with form, query or JSON bodies and header parameters."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, strategies as st

from twilio_sansio.core.errors import APIError, InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.endpoints import RESERVED_HEADERS, EndpointOperations, Resource

from ._support import ACCOUNT, AUTH, FORM, make_config

VERIFY = "https://verify.twilio.com"
SERVICE = "VA" + "0" * 32


def ops(base_url: Any = None) -> EndpointOperations:
    return EndpointOperations(make_config(base_url))


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "post", "Patch"])
def test_parameters_go_in_a_form_body_for_post_put_and_patch(method: str) -> None:
    dotted: dict[str, Any] = {"Totp.Skew": 1}  # a name no keyword can spell
    request = ops().request(method, "verify", "/v2/Services", FriendlyName="a b", **dotted).request
    assert request.method == method.upper()
    assert request.url == f"{VERIFY}/v2/Services"
    assert request.body == b"FriendlyName=a%20b&Totp.Skew=1"
    assert request.header("content-type") == FORM
    assert request.header("authorization") == AUTH


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_parameters_go_in_the_query_for_get_and_delete(method: str) -> None:
    request = (
        ops()
        .request(method, "lookups", "/v2/PhoneNumbers/+15005550006", Fields="caller_name")
        .request
    )
    assert (
        request.url == "https://lookups.twilio.com/v2/PhoneNumbers/+15005550006?Fields=caller_name"
    )
    assert request.body == b""
    assert request.header("content-type") is None


def test_a_json_body() -> None:
    body = {
        "friendly_name": "é",
        "types": {"twilio/text": {"body": "hi {{1}}"}},
        "n": [1, 2.5, None],
    }
    request = ops().request("PUT", "content", "/v1/Content/HX1", json=body).request
    assert request.url == "https://content.twilio.com/v1/Content/HX1"
    assert request.header("content-type") == "application/json"
    assert json.loads(request.body) == body
    assert "é".encode() in request.body


def test_a_json_media_type_may_be_named() -> None:
    request = (
        ops()
        .request(
            "POST",
            "preview-iam",
            "/Organizations/OR1/scim/Users",
            json={"userName": "a"},
            headers={"Content-Type": "application/scim+json"},
        )
        .request
    )
    assert request.header("content-type") == "application/scim+json"
    assert [name for name, _ in request.headers].count("content-type") == 1


def test_header_parameters_are_sent() -> None:
    request = (
        ops()
        .request(
            "POST",
            "conversations",
            "/v1/Conversations/CH1/Messages",
            Body="hi",
            headers={"X-Twilio-Webhook-Enabled": "true", "If-Match": '"etag-1"'},
        )
        .request
    )
    assert request.header("x-twilio-webhook-enabled") == "true"
    assert request.header("if-match") == '"etag-1"'
    assert request.header("authorization") == AUTH


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"json": {"a": 1}, "A": "1"}, "not both"),
        ({"json": {1, 2}}, "cannot be sent as JSON"),
        ({"json": {"x": float("nan")}}, "cannot be sent as JSON"),
        ({"json": {1j: 1}}, "cannot be sent as JSON"),
        ({"json": {"\ud800": 1}}, "cannot be sent as JSON"),
    ],
)
def test_a_bad_json_body_is_refused(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        ops().request("POST", "content", "/v1/Content", **arguments)


def test_a_deep_json_body_is_refused_not_a_recursion_error() -> None:
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(InvalidArgument, match="nested too deeply"):
        ops().request("POST", "content", "/v1/Content", json=deep)


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_json_needs_a_method_with_a_body(method: str) -> None:
    with pytest.raises(InvalidArgument, match="needs POST, PUT or PATCH"):
        ops().request(method, "content", "/v1/Content", json={})


BAD_HEADERS: list[Any] = [
    *({name: "x"} for name in sorted(RESERVED_HEADERS)),
    {"AUTHORIZATION": "Bearer x"},
    {"If-Match": "a\r\nX-Evil: 1"},
    {"If-Match": "a\nb"},
    {"If-Match": "\x00"},
    {"If-Match": "a\x7f"},
    {"If-Match": "é"},
    {"If-Match": " padded"},
    {"If-Match": "x" * 9000},
    {"If-Match": 1},
    {"Bad Name": "x"},
    {"Bad:Name": "x"},
    {"": "x"},
    {"X\r\nEvil": "x"},
    {1: "x"},
    {"If-Match": "a", "if-match": "b"},
    {"Content-Type": "application/json"},  # no JSON body: the form's type is fixed
    ["If-Match", "x"],
]
"""Header parameters every builder that takes ``headers=`` refuses."""


@pytest.mark.parametrize("headers", BAD_HEADERS)
def test_a_bad_or_reserved_header_is_refused(headers: Any) -> None:
    with pytest.raises(InvalidArgument):
        ops().request("POST", "verify", "/v2/Services", headers=headers, FriendlyName="x")


def test_a_content_type_that_is_not_json_is_refused_with_a_json_body() -> None:
    with pytest.raises(InvalidArgument, match="JSON media type"):
        ops().request(
            "POST", "content", "/v1/Content", json={}, headers={"Content-Type": "text/plain"}
        )


@pytest.mark.parametrize(
    "path",
    [
        "v2/Services",
        "//evil.example.com/v2",
        "/v2/Services?Page=1",
        "/v2/Services#x",
        "/v2/../admin",
        "/v2/./Services",
        "/v2/Services/{ServiceSid}/Verifications",
        "/v2/Serv ices",
        "/v2/\r\nServices",
        42,
    ],
)
def test_a_bad_path_is_refused(path: Any) -> None:
    with pytest.raises(InvalidArgument):
        ops().request("GET", "verify", path)


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "TRACE", "CONNECT", "", None, "G ET"])
def test_an_unsupported_method_is_refused(method: Any) -> None:
    with pytest.raises(InvalidArgument, match="method must be one of"):
        ops().request(method, "verify", "/v2/Services")


@pytest.mark.parametrize("product", ["VERIFY", "verify.twilio.com", "nope", "", None, "api/x"])
def test_an_unknown_product_is_refused(product: Any) -> None:
    with pytest.raises(InvalidArgument, match="unknown product"):
        ops().request("GET", product, "/v2/Services")


def test_the_account_sid_is_filled_in() -> None:
    request = (
        ops()
        .request("GET", "api", "/2010-04-01/Accounts/{AccountSid}/Calls/CA1/Streams.json")
        .request
    )
    assert (
        request.url
        == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Calls/CA1/Streams.json"
    )


def _answer(status: int, body: bytes = b"", request_id: str = "RQ1") -> Response:
    return Response(
        status, (("content-type", "application/json"), ("twilio-request-id", request_id)), body
    )


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "GET"])
def test_a_204_is_none_and_a_record_is_a_resource(method: str) -> None:
    operation = ops().request(method, "verify", "/v2/Services/VA1")
    assert operation.parse(_answer(204)) is None
    record = operation.parse(_answer(200, b'{"sid": "VA1", "new": {"x": 1}}'))
    assert isinstance(record, Resource)
    assert record.sid == "VA1"
    assert record.raw == {"sid": "VA1", "new": {"x": 1}}
    assert record.request_id == "RQ1"


def test_an_error_keeps_its_request_id() -> None:
    operation = ops().request("PATCH", "accounts", "/v1/Messaging/GeoPermissions", Permissions="[]")
    with pytest.raises(APIError) as caught:
        operation.parse(_answer(400, b'{"code": 20001, "message": "bad", "status": 400}', "RQ9"))
    assert caught.value.request_id == "RQ9"


def test_a_delete_of_a_gone_resource_is_none() -> None:
    operation = ops().request("DELETE", "verify", f"/v2/Services/{SERVICE}")
    assert operation.parse(_answer(404, b'{"code": 20404, "message": "x", "status": 404}')) is None


def test_a_configured_base_url_serves_the_product() -> None:
    request = (
        ops({"verify": "http://127.0.0.1:4010/prism"})
        .request("GET", "verify", "/v2/Services")
        .request
    )
    assert request.url == "http://127.0.0.1:4010/prism/v2/Services"


# -- Pages of both shapes --------------------------------------------------------------------------


def _page(body: dict[str, Any]) -> Response:
    return _answer(200, json.dumps(body).encode(), "RQ2")


def test_a_meta_page_needs_no_key_and_its_next_page_stays_on_the_host() -> None:
    first = ops().get_page("verify", f"/v2/Services/{SERVICE}/Entities", None, page_size=2)
    assert first.request.url == f"{VERIFY}/v2/Services/{SERVICE}/Entities?PageSize=2"
    following = f"{VERIFY}/v2/Services/{SERVICE}/Entities?PageSize=2&Page=1&PageToken=PA1"
    meta = {"key": "entities", "page": 0, "page_size": 2, "next_page_url": following}
    page = first.parse(_page({"entities": [{"sid": "YE1"}, {"sid": "YE2"}], "meta": meta}))
    assert [r.sid for r in page] == ["YE1", "YE2"]
    assert page.request_id == "RQ2"
    operation = page.next_operation()
    assert operation is not None
    assert operation.request.url == following


def test_a_2010_page_reads_its_key() -> None:
    first = ops().get_page(
        "api", "/2010-04-01/Accounts/{AccountSid}/Calls/CA1/Streams.json", "streams"
    )
    page = first.parse(_page({"streams": [{"sid": "MZ1"}], "next_page_uri": None, "page": 0}))
    assert [r.sid for r in page] == ["MZ1"]
    assert page.next_operation() is None


def test_a_2010_page_needs_its_key() -> None:
    with pytest.raises(InvalidArgument, match="key must name"):
        ops().get_page("api", "/2010-04-01/Accounts/{AccountSid}/Calls.json", None)


def test_page_headers_go_with_the_first_and_every_next_page() -> None:
    headers = {"X-Twilio-Webhook-Enabled": "true", "If-None-Match": '"etag-1"'}
    sent = (("x-twilio-webhook-enabled", "true"), ("if-none-match", '"etag-1"'))
    first = ops().get_page("verify", "/v2/Services", None, headers=headers)
    assert first.request.headers[-2:] == sent
    following = f"{VERIFY}/v2/Services?PageSize=50&Page=1&PageToken=PA1"
    meta = {"key": "services", "page": 0, "page_size": 50, "next_page_url": following}
    page = first.parse(_page({"services": [{"sid": "VA1"}], "meta": meta}))
    operation = page.next_operation()
    assert operation is not None
    assert operation.request.url == following
    assert operation.request.headers[-2:] == sent
    assert operation.request.header("authorization") == AUTH


def test_page_headers_go_with_every_2010_page_and_a_resumed_cursor() -> None:
    path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json"
    first = ops().get_page("api", path, "domains", headers={"If-Match": "e1"})
    assert first.request.header("if-match") == "e1"
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/SIP/Domains.json?PageSize=50&Page=1&PageToken=PA1"
    page = first.parse(_page({"domains": [], "next_page_uri": cursor, "page": 0}))
    operation = page.next_operation()
    assert operation is not None
    assert operation.request.header("if-match") == "e1"
    resumed = ops().get_page_at("api", "domains", cursor, headers={"If-Match": "e2"})
    assert resumed.request.header("if-match") == "e2"
    assert ops().get_page_at("api", "domains", cursor).request.header("if-match") is None


def test_pages_without_headers_send_only_the_clients_own() -> None:
    request = ops().get_page("verify", "/v2/Services", None).request
    assert [name for name, _ in request.headers] == ["authorization", "user-agent", "accept"]


@pytest.mark.parametrize("headers", BAD_HEADERS)
def test_a_bad_or_reserved_page_header_is_refused(headers: Any) -> None:
    with pytest.raises(InvalidArgument):
        ops().get_page("verify", "/v2/Services", None, headers=headers)
    with pytest.raises(InvalidArgument):
        ops().get_page_at("verify", None, f"{VERIFY}/v2/Services?Page=1", headers=headers)


def test_a_meta_page_on_another_host_is_not_followed() -> None:
    first = ops().get_page("verify", "/v2/Services", None)
    meta = {"key": "services", "next_page_url": "https://evil.example.com/v2/Services?Page=1"}
    page = first.parse(_page({"services": [], "meta": meta}))
    with pytest.raises(Exception, match="not on the product's host"):
        page.next_operation()


@given(
    st.dictionaries(
        st.one_of(st.text(max_size=12), st.sampled_from(["If-Match", "Authorization", "Host"])),
        st.text(max_size=20),
        max_size=3,
    )
)
def test_any_headers_are_refused_or_fit_for_the_wire(headers: dict[str, str]) -> None:
    try:
        request = ops().request("POST", "verify", "/v2/Services", headers=headers, A="1").request
    except InvalidArgument:
        return
    assert request.header("authorization") == AUTH
    assert request.header("content-type") == FORM
    names = [name for name, _ in request.headers]
    assert len(names) == len(set(names))
    for name, value in request.headers:
        assert name.isascii()
        assert name.isprintable()
        assert " " not in name
        assert ":" not in name
        assert all(" " <= c <= "~" for c in value), (name, value)
