"""Messaging v1: services and their senders, each builder's request and each model."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.core._support import ROOT, json_response, make_config, meta_page
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.messaging._senders import SenderCapability
from twilio_sansio.core.resources.messaging.alpha_senders import (
    MessagingAlphaSender,
    MessagingAlphaSenderOperations,
)
from twilio_sansio.core.resources.messaging.phone_numbers import (
    MessagingPhoneNumber,
    MessagingPhoneNumberOperations,
)
from twilio_sansio.core.resources.messaging.services import (
    MessagingService,
    MessagingServiceOperations,
    MessagingUsecase,
    ScanMessageContent,
    WebhookMethod,
)
from twilio_sansio.core.resources.messaging.short_codes import (
    MessagingShortCode,
    MessagingShortCodeOperations,
)

BASE = "https://messaging.example.test"
SERVICES = f"{BASE}/v1/Services"
SERVICE = "MG" + "a" * 32
NUMBER = "PN" + "b" * 32
SHORT_CODE = "SC" + "c" * 32
ALPHA = "AI" + "d" * 32
URLS = {"api": ROOT, "messaging": BASE}

SERVICE_JSON: dict[str, Any] = {
    "account_sid": "AC" + "0" * 32,
    "sid": SERVICE,
    "date_created": "2015-07-30T20:12:31Z",
    "date_updated": "2015-07-30T20:12:33Z",
    "friendly_name": "My Service!",
    "inbound_request_url": "https://www.example.com/",
    "inbound_method": "POST",
    "fallback_url": None,
    "fallback_method": "GET",
    "status_callback": "https://www.example.com",
    "sticky_sender": True,
    "mms_converter": True,
    "smart_encoding": False,
    "fallback_to_long_code": True,
    "area_code_geomatch": True,
    "validity_period": 600,
    "scan_message_content": "inherit",
    "synchronous_validation": True,
    "usecase": "marketing",
    "us_app_to_person_registered": False,
    "use_inbound_webhook_on_number": True,
    "links": {"phone_numbers": f"{SERVICES}/{SERVICE}/PhoneNumbers"},
    "url": f"{SERVICES}/{SERVICE}",
}


def form(body: bytes) -> dict[str, str]:
    return dict(parse_qsl(body.decode(), keep_blank_values=True))


def services() -> MessagingServiceOperations:
    return MessagingServiceOperations(make_config(URLS))


# Services


def test_create_posts_the_name_and_each_setting_by_twilios_name() -> None:
    request = (
        services()
        .create(
            "Alerts",
            inbound_request_url="https://app.example.test/in",
            inbound_method="get",
            fallback_url="https://app.example.test/fallback",
            fallback_method=WebhookMethod.POST,
            status_callback="https://app.example.test/status",
            sticky_sender=True,
            mms_converter=False,
            smart_encoding=True,
            area_code_geomatch=False,
            validity_period=timedelta(minutes=10),
            usecase=MessagingUsecase.NOTIFICATIONS,
            use_inbound_webhook_on_number=False,
            scan_message_content=ScanMessageContent.INHERIT,
            SynchronousValidation=True,
        )
        .request
    )
    assert (request.method, request.url) == ("POST", SERVICES)
    assert form(request.body) == {
        "FriendlyName": "Alerts",
        "InboundRequestUrl": "https://app.example.test/in",
        "InboundMethod": "GET",
        "FallbackUrl": "https://app.example.test/fallback",
        "FallbackMethod": "POST",
        "StatusCallback": "https://app.example.test/status",
        "StickySender": "true",
        "MmsConverter": "false",
        "SmartEncoding": "true",
        "AreaCodeGeomatch": "false",
        "ValidityPeriod": "600",
        "Usecase": "notifications",
        "UseInboundWebhookOnNumber": "false",
        "ScanMessageContent": "inherit",
        "SynchronousValidation": "true",
    }


def test_create_sends_only_the_settings_given() -> None:
    assert services().create("Alerts").request.body == b"FriendlyName=Alerts"


def test_update_sends_only_what_changes_to_the_service() -> None:
    request = services().update(SERVICE, sticky_sender=False, validity_period=30).request
    assert (request.method, request.url) == ("POST", f"{SERVICES}/{SERVICE}")
    assert form(request.body) == {"StickySender": "false", "ValidityPeriod": "30"}


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"inbound_request_url": "/relative"}, "inbound_request_url"),
        ({"inbound_method": "PUT"}, "inbound_method"),
        ({"sticky_sender": "yes"}, "sticky_sender"),
        ({"validity_period": 0}, "validity_period"),
        ({"validity_period": 36_001}, "validity_period"),
        ({"validity_period": timedelta(seconds=1.5)}, "whole seconds"),
        ({"validity_period": True}, "validity_period"),
        ({"scan_message_content": "maybe"}, "scan_message_content"),
    ],
)
def test_malformed_settings_are_refused_before_sending(
    settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidArgument, match=message):
        services().create("Alerts", **settings)
    with pytest.raises(InvalidArgument, match=message):
        services().update(SERVICE, **settings)


@pytest.mark.parametrize("name", ["", "x" * 65])
def test_a_name_must_be_one_to_64_characters(name: str) -> None:
    with pytest.raises(InvalidArgument, match="friendly_name"):
        services().create(name)


def test_get_delete_and_list_address_the_service_on_the_messaging_host() -> None:
    assert services().get(SERVICE).request.url == f"{SERVICES}/{SERVICE}"
    deleted = services().delete(SERVICE).request
    assert (deleted.method, deleted.url) == ("DELETE", f"{SERVICES}/{SERVICE}")
    assert services().get_page(page_size=5).request.url == f"{SERVICES}?PageSize=5"


def test_a_service_sid_of_another_resource_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="service_sid must be MG"):
        services().get(NUMBER)


def test_a_service_reads_every_documented_field() -> None:
    service = services().get(SERVICE).parse(json_response(SERVICE_JSON))
    assert isinstance(service, MessagingService)
    assert service.sid == SERVICE
    assert service.friendly_name == "My Service!"
    assert service.date_created == datetime(2015, 7, 30, 20, 12, 31, tzinfo=UTC)
    assert service.inbound_method is WebhookMethod.POST
    assert service.fallback_method is WebhookMethod.GET
    assert service.fallback_url is None
    assert service.sticky_sender is True
    assert service.smart_encoding is False
    assert service.validity_period == timedelta(seconds=600)
    assert service.scan_message_content is ScanMessageContent.INHERIT
    assert service.usecase is MessagingUsecase.MARKETING
    assert service.us_app_to_person_registered is False
    assert service.use_inbound_webhook_on_number is True
    assert service.links == SERVICE_JSON["links"]
    assert set(service.to_dict()) == set(MessagingService.field_names())


def test_a_page_of_services_reads_the_meta_shape() -> None:
    following = "https://messaging.twilio.com/v1/Services?PageSize=1&Page=1&PageToken=PA1"
    body = meta_page("services", [SERVICE_JSON], following, list_url=SERVICES)
    page = services().get_page().parse(json_response(body))
    assert [service.sid for service in page.records] == [SERVICE]
    assert page.cursor == following


# Senders


SENDERS = [
    (MessagingPhoneNumberOperations, "PhoneNumbers", NUMBER, "PhoneNumberSid", NUMBER),
    (MessagingShortCodeOperations, "ShortCodes", SHORT_CODE, "ShortCodeSid", SHORT_CODE),
    (MessagingAlphaSenderOperations, "AlphaSenders", ALPHA, "AlphaSender", "Acme"),
]


@pytest.mark.parametrize(("ops", "segment", "sid", "param", "value"), SENDERS)
def test_adding_a_sender_posts_its_one_parameter_under_the_service(
    ops: Any, segment: str, sid: str, param: str, value: str
) -> None:
    request = ops(make_config(URLS)).create(SERVICE, value).request
    assert (request.method, request.url) == ("POST", f"{SERVICES}/{SERVICE}/{segment}")
    assert form(request.body) == {param: value}


@pytest.mark.parametrize(("ops", "segment", "sid", "param", "value"), SENDERS)
def test_a_sender_is_fetched_removed_and_listed_under_its_service(
    ops: Any, segment: str, sid: str, param: str, value: str
) -> None:
    operations = ops(make_config(URLS))
    listing = f"{SERVICES}/{SERVICE}/{segment}"
    assert operations.get(SERVICE, sid).request.url == f"{listing}/{sid}"
    removed = operations.delete(SERVICE, sid).request
    assert (removed.method, removed.url) == ("DELETE", f"{listing}/{sid}")
    assert operations.get_page(SERVICE, page_size=2).request.url == f"{listing}?PageSize=2"


@pytest.mark.parametrize(("ops", "segment", "sid", "param", "value"), SENDERS)
def test_sids_are_checked_before_sending(
    ops: Any, segment: str, sid: str, param: str, value: str
) -> None:
    operations = ops(make_config(URLS))
    with pytest.raises(InvalidArgument, match="service_sid"):
        operations.get(sid, sid)
    with pytest.raises(InvalidArgument, match="service_sid"):
        operations.create("VA" + "0" * 32, value)
    with pytest.raises(InvalidArgument):
        operations.delete(SERVICE, SERVICE)
    with pytest.raises(InvalidArgument, match="service_sid"):
        operations.get_page("not a sid")


def test_a_phone_number_is_added_by_its_sid_not_by_the_number() -> None:
    operations = MessagingPhoneNumberOperations(make_config(URLS))
    with pytest.raises(InvalidArgument, match="phone_number_sid must be PN"):
        operations.create(SERVICE, "+14155552671")


def test_a_short_code_is_added_by_its_sid() -> None:
    operations = MessagingShortCodeOperations(make_config(URLS))
    with pytest.raises(InvalidArgument, match="short_code_sid must be SC"):
        operations.create(SERVICE, "12345")


@pytest.mark.parametrize("sender", ["", "TwelveLetter", "12345", "\x00Acme"])
def test_an_alpha_sender_must_be_up_to_eleven_characters_with_a_letter(sender: str) -> None:
    operations = MessagingAlphaSenderOperations(make_config(URLS))
    with pytest.raises(InvalidArgument, match="alpha_sender"):
        operations.create(SERVICE, sender)


def test_senders_read_every_documented_field() -> None:
    common = {
        "account_sid": "AC" + "0" * 32,
        "service_sid": SERVICE,
        "date_created": "2015-07-30T20:12:31Z",
        "date_updated": "2015-07-30T20:12:33Z",
        "capabilities": ["SMS", "MMS", "Fax"],
    }
    number = MessagingPhoneNumber.from_json(
        {**common, "sid": NUMBER, "phone_number": "+14155552671", "country_code": "US"}
    )
    assert number.phone_number == "+14155552671"
    assert number.capabilities is not None
    assert number.capabilities[:2] == (SenderCapability.SMS, SenderCapability.MMS)
    assert number.capabilities[2] == "Fax"
    assert not number.capabilities[2].is_known
    code = MessagingShortCode.from_json({**common, "sid": SHORT_CODE, "short_code": "12345"})
    assert (code.short_code, code.service_sid) == ("12345", SERVICE)
    alpha = MessagingAlphaSender.from_json({**common, "sid": ALPHA, "alpha_sender": "Acme"})
    assert alpha.alpha_sender == "Acme"
    assert alpha.date_updated == datetime(2015, 7, 30, 20, 12, 33, tzinfo=UTC)
