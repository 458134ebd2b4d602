"""Request building: every operation of Messages and Media, byte for byte, and base URLs."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.core._support import assert_request, make_config
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Request
from twilio_sansio.core.resources.media import MediaOperations
from twilio_sansio.core.resources.messages import MessageOperations

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
SUBACCOUNT = "ACfedcba9876543210fedcba9876543210"
TOKEN = "not-a-real-auth-token"
API_KEY = "SK00112233445566778899aabbccddeeff"
API_SECRET = "not-a-real-api-secret"
MESSAGE = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
MMS = "MMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
MEDIA = "ME11111111111111111111111111111111"
SERVICE = "MGcccccccccccccccccccccccccccccccc"
UA = "twilio-sansio/9.9.9 python/3.11.7 (test)"

FROM = "+14105551234"
TO = "+12025550123"

API = "https://api.twilio.com"
MESSAGES = f"{API}/2010-04-01/Accounts/{ACCOUNT}/Messages"


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


AUTH = basic(ACCOUNT, TOKEN)


def client_config(
    base_url: str | Mapping[str, str] | None = None,
    *,
    credentials: Credentials | None = None,
    default_region: str | None = None,
) -> ClientConfig:
    return make_config(
        base_url,
        account=ACCOUNT,
        token=TOKEN,
        credentials=credentials,
        user_agent=UA,
        default_region=default_region,
    )


def assert_sent(request: Request, method: str, url: str, body: bytes = b"") -> None:
    assert_request(request, method, url, body, auth=AUTH, user_agent=UA)


def messages(base_url: str | Mapping[str, str] | None = None) -> MessageOperations:
    return MessageOperations(client_config(base_url))


def media() -> MediaOperations:
    return MediaOperations(client_config())


# Messages: send_message and create


def test_send_message_posts_every_field_in_twilios_form_encoding() -> None:
    operation = messages().send_message(
        FROM,
        TO,
        "Hello & goodbye = 100% +1",
        media_urls=["https://example.com/a.png", "https://example.com/b c.png"],
        StatusCallback="https://cb.example.com/status?x=1",
        SmartEncoded=True,
        SendAsMms=False,
    )
    assert_sent(
        operation.request,
        "POST",
        f"{MESSAGES}.json",
        b"From=%2B14105551234&To=%2B12025550123"
        b"&Body=Hello%20%26%20goodbye%20%3D%20100%25%20%2B1"
        b"&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
        b"&MediaUrl=https%3A%2F%2Fexample.com%2Fb%20c.png"
        b"&StatusCallback=https%3A%2F%2Fcb.example.com%2Fstatus%3Fx%3D1"
        b"&SmartEncoded=true&SendAsMms=false",
    )


def test_send_message_encodes_unicode_body_as_utf8() -> None:
    operation = messages().send_message(FROM, TO, "héllo ✓")
    assert operation.request.body == (
        b"From=%2B14105551234&To=%2B12025550123&Body=h%C3%A9llo%20%E2%9C%93"
    )


def test_send_message_through_a_messaging_service_sends_no_from() -> None:
    operation = messages().send_message(None, TO, "hi", messaging_service_sid=SERVICE)
    assert operation.request.body == (
        b"To=%2B12025550123&Body=hi&MessagingServiceSid=MGcccccccccccccccccccccccccccccccc"
    )


def test_send_message_with_only_media_sends_no_body() -> None:
    operation = messages().send_message(FROM, TO, media_urls=("https://example.com/a.png",))
    assert operation.request.body == (
        b"From=%2B14105551234&To=%2B12025550123&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
    )


def test_send_message_with_content_sid_passes_twilio_names_through() -> None:
    operation = messages().send_message(
        FROM, TO, ContentSid="HX0123", ContentVariables='{"1":"Ada"}'
    )
    assert operation.request.body == (
        b"From=%2B14105551234&To=%2B12025550123&ContentSid=HX0123"
        b"&ContentVariables=%7B%221%22%3A%22Ada%22%7D"
    )


def test_send_message_writes_formatted_numbers_in_e164() -> None:
    operation = messages().send_message("+1 (410) 555-1234", "+1 202.555.0123", "hi")
    assert operation.request.body == b"From=%2B14105551234&To=%2B12025550123&Body=hi"


def test_send_message_reads_national_numbers_in_the_default_region() -> None:
    operations = MessageOperations(client_config(default_region="US"))
    operation = operations.send_message("(410) 555-1234", "202-555-0123", "hi")
    assert operation.request.body == b"From=%2B14105551234&To=%2B12025550123&Body=hi"


@pytest.mark.parametrize(
    ("address", "encoded"),
    [
        ("whatsapp:+14105551234", b"whatsapp%3A%2B14105551234"),
        ("client:alice", b"client%3Aalice"),
        ("12345", b"12345"),
        ("MyCompany", b"MyCompany"),
    ],
)
def test_send_message_passes_addresses_that_are_not_phone_numbers_unchanged(
    address: str, encoded: bytes
) -> None:
    operation = messages().send_message(address, TO, "hi")
    assert operation.request.body == b"From=" + encoded + b"&To=%2B12025550123&Body=hi"


def test_create_sends_datetimes_as_utc_iso_with_z() -> None:
    send_at = datetime(2030, 1, 2, 3, 4, 5, 999, tzinfo=timezone(timedelta(hours=2)))
    operation = messages().create(
        To=TO, From=FROM, Body="later", ScheduleType="fixed", SendAt=send_at
    )
    assert_sent(
        operation.request,
        "POST",
        f"{MESSAGES}.json",
        b"To=%2B12025550123&From=%2B14105551234&Body=later&ScheduleType=fixed"
        b"&SendAt=2030-01-02T01%3A04%3A05Z",
    )


def test_create_leaves_out_parameters_given_as_none() -> None:
    operation = messages().create(To=TO, From=None, Body="x", MessagingServiceSid=SERVICE)
    assert operation.request.body == (
        b"To=%2B12025550123&Body=x&MessagingServiceSid=MGcccccccccccccccccccccccccccccccc"
    )


# Messages: get, update, redact, cancel, delete


@pytest.mark.parametrize("sid", [MESSAGE, MMS])
def test_get_fetches_the_message_json(sid: str) -> None:
    assert_sent(messages().get(sid).request, "GET", f"{MESSAGES}/{sid}.json")


def test_update_posts_the_given_twilio_parameters() -> None:
    operation = messages().update(MESSAGE, Body="new text", StatusCallback="https://x.example/")
    assert_sent(
        operation.request,
        "POST",
        f"{MESSAGES}/{MESSAGE}.json",
        b"Body=new%20text&StatusCallback=https%3A%2F%2Fx.example%2F",
    )


def test_redact_posts_an_empty_body() -> None:
    assert_sent(messages().redact(MESSAGE).request, "POST", f"{MESSAGES}/{MESSAGE}.json", b"Body=")


def test_cancel_posts_status_canceled() -> None:
    assert_sent(
        messages().cancel(MESSAGE).request, "POST", f"{MESSAGES}/{MESSAGE}.json", b"Status=canceled"
    )


def test_delete_sends_delete_without_body_or_content_type() -> None:
    assert_sent(messages().delete(MESSAGE).request, "DELETE", f"{MESSAGES}/{MESSAGE}.json")


# Messages: get_page and get_page_at

AFTER = datetime(2024, 3, 5, 0, 30, tzinfo=timezone(timedelta(hours=2)))
BEFORE = datetime(2024, 3, 6, 12, 0, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    ("filters", "query"),
    [
        ({}, ""),
        ({"to": TO}, "?To=%2B12025550123"),
        ({"to": "whatsapp:+12025550123"}, "?To=whatsapp%3A%2B12025550123"),
        ({"from_": "+1 410 555 1234"}, "?From=%2B14105551234"),
        ({"date_sent": date(2024, 3, 5)}, "?DateSent=2024-03-05"),
        ({"date_sent": BEFORE}, "?DateSent=2024-03-06T12%3A00%3A59Z"),
        ({"date_sent_after": AFTER}, "?DateSent%3E=2024-03-04T22%3A30%3A00Z"),
        ({"date_sent_after": date(2024, 3, 5)}, "?DateSent%3E=2024-03-05"),
        ({"date_sent_before": BEFORE}, "?DateSent%3C=2024-03-06T12%3A00%3A59Z"),
        ({"page_size": 1}, "?PageSize=1"),
        ({"page_size": 1000}, "?PageSize=1000"),
        ({"Custom Filter": "a&b"}, "?Custom%20Filter=a%26b"),
    ],
)
def test_get_page_puts_each_filter_in_the_query(filters: dict[str, object], query: str) -> None:
    operation = messages().get_page(**filters)  # type: ignore[arg-type]
    assert_sent(operation.request, "GET", f"{MESSAGES}.json{query}")


def test_get_page_with_every_filter_keeps_twilios_order() -> None:
    operation = messages().get_page(
        to=TO,
        from_=FROM,
        date_sent=date(2024, 3, 5),
        date_sent_after=AFTER,
        date_sent_before=BEFORE,
        page_size=20,
        Extra=True,
    )
    assert operation.request.url == (
        f"{MESSAGES}.json?To=%2B12025550123&From=%2B14105551234&DateSent=2024-03-05"
        "&DateSent%3E=2024-03-04T22%3A30%3A00Z&DateSent%3C=2024-03-06T12%3A00%3A59Z"
        "&PageSize=20&Extra=true"
    )


def test_get_page_at_requests_a_relative_cursor_on_the_api_host() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json?PageSize=2&Page=1&PageToken=PASM1"
    assert_sent(messages().get_page_at(cursor).request, "GET", API + cursor)


def test_get_page_at_requests_an_absolute_cursor_on_twilios_host() -> None:
    cursor = f"{API}/2010-04-01/Accounts/{ACCOUNT}/Messages.json?Page=1&PageToken=PASM1"
    assert_sent(messages().get_page_at(cursor).request, "GET", cursor)


# Media

MEDIA_ROOT = f"{MESSAGES}/{MESSAGE}/Media"


def test_media_get_fetches_the_media_json() -> None:
    assert_sent(media().get(MESSAGE, MEDIA).request, "GET", f"{MEDIA_ROOT}/{MEDIA}.json")


def test_media_delete_sends_delete_without_body() -> None:
    assert_sent(media().delete(MESSAGE, MEDIA).request, "DELETE", f"{MEDIA_ROOT}/{MEDIA}.json")


@pytest.mark.parametrize(
    ("filters", "query"),
    [
        ({}, ""),
        ({"date_created": date(2024, 1, 31)}, "?DateCreated=2024-01-31"),
        ({"date_created_after": AFTER}, "?DateCreated%3E=2024-03-04T22%3A30%3A00Z"),
        ({"date_created_before": date(2024, 2, 1)}, "?DateCreated%3C=2024-02-01"),
        ({"page_size": 50}, "?PageSize=50"),
        ({"Other": 3}, "?Other=3"),
    ],
)
def test_media_get_page_puts_each_filter_in_the_query(
    filters: dict[str, object], query: str
) -> None:
    operation = media().get_page(MESSAGE, **filters)  # type: ignore[arg-type]
    assert_sent(operation.request, "GET", f"{MEDIA_ROOT}.json{query}")


def test_media_get_page_at_requests_the_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}/Media.json?Page=1&PageToken=PA1"
    assert_sent(media().get_page_at(cursor).request, "GET", API + cursor)


# Base URLs


def test_string_base_url_keeps_its_path_prefix_and_drops_a_trailing_slash() -> None:
    request = messages("https://proxy.example.com/twilio/").get(MESSAGE).request
    assert request.url == (
        f"https://proxy.example.com/twilio/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}.json"
    )


def test_string_base_url_serves_every_product() -> None:
    urls = BaseUrls.build("https://proxy.example.com/t")
    assert urls.root("api") == "https://proxy.example.com/t"
    assert urls.root("monitor") == "https://proxy.example.com/t"


def test_per_product_base_url_applies_to_its_product_only() -> None:
    urls = BaseUrls.build({"api": "https://api-proxy.example.com:8443/p"})
    assert urls.root("api") == "https://api-proxy.example.com:8443/p"
    assert urls.root("monitor") == "https://monitor.twilio.com"
    request = messages({"api": "https://api-proxy.example.com:8443/p"}).get(MESSAGE).request
    assert request.url.startswith("https://api-proxy.example.com:8443/p/2010-04-01/Accounts/")


@pytest.mark.parametrize(
    ("region", "edge", "root"),
    [
        ("ie1", "dublin", "https://api.dublin.ie1.twilio.com"),
        ("IE1", "Dublin", "https://api.dublin.ie1.twilio.com"),
        (None, "sydney", "https://api.sydney.us1.twilio.com"),
        ("au1", None, "https://api.au1.twilio.com"),
        (None, None, "https://api.twilio.com"),
    ],
)
def test_region_and_edge_build_twilios_host(
    region: str | None, edge: str | None, root: str
) -> None:
    config = ClientConfig(
        ACCOUNT,
        Credentials.from_auth_token(ACCOUNT, TOKEN),
        BaseUrls.build(region=region, edge=edge),
        UA,
    )
    request = MessageOperations(config).get(MESSAGE).request
    assert request.url == f"{root}/2010-04-01/Accounts/{ACCOUNT}/Messages/{MESSAGE}.json"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "http://localhost:8080/x", "http://[::1]:9000", "http://127.8.9.10"],
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert BaseUrls.build(url).root("api") == url


@pytest.mark.parametrize(
    "base_url",
    ["http://proxy.example.com", {"api": "http://proxy.example.com"}, "http://10.0.0.1:8080"],
)
def test_plain_http_elsewhere_is_refused(base_url: str | Mapping[str, str]) -> None:
    with pytest.raises(InvalidArgument, match="clear text"):
        BaseUrls.build(base_url)


def test_plain_http_elsewhere_is_allowed_when_asked_for() -> None:
    urls = BaseUrls.build("http://proxy.example.com", allow_insecure_http=True)
    assert urls.root("api") == "http://proxy.example.com"


@pytest.mark.parametrize(("region", "edge"), [("ie1", None), (None, "dublin"), ("ie1", "dublin")])
def test_base_url_cannot_be_combined_with_region_or_edge(
    region: str | None, edge: str | None
) -> None:
    with pytest.raises(InvalidArgument, match="cannot be combined"):
        BaseUrls.build("https://proxy.example.com", region=region, edge=edge)


# Credentials and accounts


def test_api_key_credentials_authenticate_as_the_key_but_address_the_account() -> None:
    credentials = Credentials.from_api_key(API_KEY, API_SECRET)
    request = MessageOperations(client_config(credentials=credentials)).get(MESSAGE).request
    assert request.header("authorization") == basic(API_KEY, API_SECRET)
    assert request.url == f"{MESSAGES}/{MESSAGE}.json"


def test_subaccount_view_addresses_the_subaccount_with_the_parents_credentials() -> None:
    config = client_config().with_account(SUBACCOUNT)
    request = MessageOperations(config).send_message(FROM, TO, "hi").request
    assert request.url == f"{API}/2010-04-01/Accounts/{SUBACCOUNT}/Messages.json"
    assert request.header("authorization") == AUTH
    media_request = MediaOperations(config).get(MESSAGE, MEDIA).request
    assert media_request.url.startswith(f"{API}/2010-04-01/Accounts/{SUBACCOUNT}/Messages/")


def test_reprs_of_requests_and_configs_show_no_credentials() -> None:
    config = client_config()
    request = MessageOperations(config).get(MESSAGE).request
    for text in (repr(request), repr(config), repr(config.credentials)):
        assert TOKEN not in text
        assert AUTH.split()[1] not in text
