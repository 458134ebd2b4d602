"""Incoming numbers: every operation's request, the model's parsing, and the OpenAPI schema."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_enum_covers,
    assert_model_covers,
    json_response,
    make_config,
    openapi_schemas,
)
from twilio_sansio.core.errors import APIError, InvalidArgument
from twilio_sansio.core.http import Response
from twilio_sansio.core.resources.available_numbers import AddressRequirement
from twilio_sansio.core.resources.incoming_numbers import (
    EmergencyAddressStatus,
    EmergencyStatus,
    IncomingNumberOperations,
    IncomingPhoneNumber,
    VoiceReceiveMode,
)

NUMBER_SID = "PN" + "a" * 32
APP = "AP" + "b" * 32
NUMBERS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/IncomingPhoneNumbers"

PAYLOAD: dict[str, Any] = {
    "sid": NUMBER_SID,
    "account_sid": ACCOUNT,
    "phone_number": "+14105550199",
    "friendly_name": "Front desk",
    "origin": "twilio",
    "status": "in-use",
    "type": "local",
    "beta": False,
    "capabilities": {"voice": True, "sms": True, "mms": True, "fax": False},
    "address_sid": "AD" + "c" * 32,
    "address_requirements": "local",
    "identity_sid": "RI" + "d" * 32,
    "bundle_sid": "BU" + "e" * 32,
    "trunk_sid": None,
    "api_version": "2010-04-01",
    "sms_application_sid": APP,
    "sms_url": "https://example.com/sms",
    "sms_method": "POST",
    "sms_fallback_url": "",
    "sms_fallback_method": "GET",
    "status_callback": "https://example.com/status",
    "status_callback_method": "POST",
    "voice_receive_mode": "fax",
    "voice_application_sid": "",
    "voice_caller_id_lookup": "true",
    "voice_url": "https://example.com/voice",
    "voice_method": "POST",
    "voice_fallback_url": "https://example.com/fallback",
    "voice_fallback_method": "POST",
    "emergency_status": "Active",
    "emergency_address_sid": "AD" + "f" * 32,
    "emergency_address_status": "pending-registration",
    "date_created": "Mon, 06 Jan 2025 12:00:00 +0000",
    "date_updated": "Tue, 07 Jan 2025 08:30:00 +0000",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/IncomingPhoneNumbers/{NUMBER_SID}.json",
}


def operations(default_region: str | None = None) -> IncomingNumberOperations:
    return IncomingNumberOperations(make_config(default_region=default_region))


def test_every_field_is_converted() -> None:
    number = IncomingPhoneNumber.from_json(PAYLOAD)
    assert number.sid == NUMBER_SID
    assert number.account_sid == ACCOUNT
    assert number.phone_number == "+14105550199"
    assert number.friendly_name == "Front desk"
    assert number.origin == "twilio"
    assert number.status == "in-use"
    assert number.type == "local"
    assert number.beta is False
    assert number.capabilities == PAYLOAD["capabilities"]
    assert number.address_sid == PAYLOAD["address_sid"]
    assert number.address_requirements is AddressRequirement.LOCAL
    assert number.identity_sid == PAYLOAD["identity_sid"]
    assert number.bundle_sid == PAYLOAD["bundle_sid"]
    assert number.trunk_sid is None
    assert number.api_version == "2010-04-01"
    assert number.sms_application_sid == APP
    assert number.sms_url == "https://example.com/sms"
    assert number.sms_method == "POST"
    assert number.sms_fallback_url == ""
    assert number.sms_fallback_method == "GET"
    assert number.status_callback == "https://example.com/status"
    assert number.status_callback_method == "POST"
    assert number.voice_receive_mode is VoiceReceiveMode.FAX
    assert number.voice_application_sid == ""
    assert number.voice_caller_id_lookup is True
    assert number.voice_url == "https://example.com/voice"
    assert number.voice_method == "POST"
    assert number.voice_fallback_url == "https://example.com/fallback"
    assert number.voice_fallback_method == "POST"
    assert number.emergency_status is EmergencyStatus.ACTIVE
    assert number.emergency_address_sid == PAYLOAD["emergency_address_sid"]
    assert number.emergency_address_status is EmergencyAddressStatus.PENDING_REGISTRATION
    assert number.date_created == datetime(2025, 1, 6, 12, tzinfo=UTC)
    assert number.date_updated == datetime(2025, 1, 7, 8, 30, tzinfo=UTC)
    assert number.uri == PAYLOAD["uri"]


def test_a_status_twilio_adds_later_is_kept() -> None:
    number = IncomingPhoneNumber.from_json({"emergency_address_status": "new-state"})
    assert number.emergency_address_status == "new-state"
    assert number.emergency_address_status is not None
    assert not number.emergency_address_status.is_known


# buying


def test_buy_number_posts_the_number_in_e164_with_other_parameters() -> None:
    operation = operations().buy_number(
        "+1 (410) 555-0199", VoiceUrl="https://example.com/v?a=1", VoiceCallerIdLookup=True
    )
    request = operation.request
    assert (request.method, request.url) == ("POST", f"{NUMBERS}.json")
    assert request.body == (
        b"PhoneNumber=%2B14105550199&VoiceUrl=https%3A%2F%2Fexample.com%2Fv%3Fa%3D1"
        b"&VoiceCallerIdLookup=true"
    )
    assert ("content-type", "application/x-www-form-urlencoded") in request.headers


def test_buy_number_reads_a_national_number_in_the_default_region() -> None:
    operation = operations("US").buy_number("410-555-0199")
    assert operation.request.body == b"PhoneNumber=%2B14105550199"


@pytest.mark.parametrize("area_code", [410, "410"])
def test_buy_number_by_area_code_posts_the_area_code(area_code: Any) -> None:
    operation = operations().buy_number(area_code=area_code, FriendlyName="Any 410")
    assert operation.request.body == b"AreaCode=410&FriendlyName=Any%20410"


def test_buy_number_parses_the_new_number_from_a_201() -> None:
    number = operations().buy_number("+14105550199").parse(json_response(PAYLOAD, 201))
    assert number.sid == NUMBER_SID


def test_buying_a_number_no_longer_for_sale_raises_twilios_error() -> None:
    error = {"code": 21422, "message": "not available", "status": 400}
    with pytest.raises(APIError) as info:
        operations().buy_number("+14105550199").parse(json_response(error, 400))
    assert info.value.code == 21422


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((), {}),
        (("+14105550199",), {"area_code": 410}),
        ((), {"PhoneNumber": "+14105550199"}),
        ((), {"area_code": 41}),
        (("4105550199",), {}),
        ((12,), {}),
    ],
)
def test_buy_number_needs_exactly_one_valid_number_or_area_code(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(InvalidArgument):
        operations().buy_number(*args, **kwargs)


def test_create_takes_twilios_names_and_normalises_them() -> None:
    operation = operations().create(PhoneNumber="+1 410 555 0199", SmsUrl="https://e.example/")
    assert operation.request.url == f"{NUMBERS}.json"
    assert operation.request.body == (
        b"PhoneNumber=%2B14105550199&SmsUrl=https%3A%2F%2Fe.example%2F"
    )


@pytest.mark.parametrize(
    "params", [{}, {"FriendlyName": "x"}, {"AreaCode": "4100"}, {"PhoneNumber": 4105550199}]
)
def test_create_refuses_what_buys_no_number(params: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        operations().create(**params)


@pytest.mark.parametrize(
    ("method", "segment"),
    [("create_local", "Local"), ("create_mobile", "Mobile"), ("create_toll_free", "TollFree")],
)
def test_create_on_a_kind_posts_to_that_kinds_listing(method: str, segment: str) -> None:
    operation = getattr(operations(), method)("+18005550100", FriendlyName="Line")
    request = operation.request
    assert (request.method, request.url) == ("POST", f"{NUMBERS}/{segment}.json")
    assert request.body == b"PhoneNumber=%2B18005550100&FriendlyName=Line"
    assert operation.parse(json_response(PAYLOAD, 201)).sid == NUMBER_SID


@pytest.mark.parametrize("method", ["create_local", "create_mobile", "create_toll_free"])
def test_create_on_a_kind_refuses_a_bad_number(method: str) -> None:
    with pytest.raises(InvalidArgument):
        getattr(operations(), method)("8005550")
    with pytest.raises(InvalidArgument):
        getattr(operations(), method)("+18005550100", PhoneNumber="+18005550100")


# one number


def test_get_fetches_the_number_json() -> None:
    operation = operations().get(NUMBER_SID)
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{NUMBERS}/{NUMBER_SID}.json",
        b"",
    )
    assert operation.parse(json_response(PAYLOAD)).phone_number == "+14105550199"


def test_update_posts_twilios_parameters() -> None:
    operation = operations().update(NUMBER_SID, VoiceApplicationSid=APP, SmsUrl="")
    request = operation.request
    assert (request.method, request.url) == ("POST", f"{NUMBERS}/{NUMBER_SID}.json")
    assert request.body == f"VoiceApplicationSid={APP}&SmsUrl=".encode()
    assert operation.parse(json_response(PAYLOAD)).voice_url == "https://example.com/voice"


@pytest.mark.parametrize("method", ["release", "delete"])
def test_release_deletes_the_number_and_a_404_is_not_an_error(method: str) -> None:
    operation = getattr(operations(), method)(NUMBER_SID)
    request = operation.request
    assert (request.method, request.url, request.body) == (
        "DELETE",
        f"{NUMBERS}/{NUMBER_SID}.json",
        b"",
    )
    assert operation.parse(Response(204)) is None
    assert (
        operation.parse(json_response({"code": 20404, "status": 404, "message": "gone"}, 404))
        is None
    )


@pytest.mark.parametrize("method", ["get", "update", "release", "delete"])
@pytest.mark.parametrize("sid", ["PN" + "a" * 31, "AP" + "a" * 32, "PN" + "g" * 32, None])
def test_a_bad_number_sid_is_refused_before_any_request(method: str, sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="sid"):
        getattr(operations(), method)(sid)


# listings


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("get_page", ".json"),
        ("get_local_page", "/Local.json"),
        ("get_mobile_page", "/Mobile.json"),
        ("get_toll_free_page", "/TollFree.json"),
    ],
)
def test_listings_send_every_filter_by_twilios_name(method: str, suffix: str) -> None:
    operation = getattr(operations(), method)(
        phone_number="+1 410 555 0199",
        friendly_name="Front desk",
        beta=False,
        origin="hosted",
        page_size=25,
        PageToken="PT1",
    )
    request = operation.request
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == (
        f"{NUMBERS}{suffix}?PhoneNumber=%2B14105550199&FriendlyName=Front%20desk"
        "&Beta=false&Origin=hosted&PageSize=25&PageToken=PT1"
    )
    body = {"incoming_phone_numbers": [PAYLOAD], "next_page_uri": f"{suffix}?Page=1"}
    page = operation.parse(json_response(body))
    assert [number.sid for number in page] == [NUMBER_SID]
    assert page.cursor == f"{suffix}?Page=1"


@pytest.mark.parametrize(
    ("pattern", "encoded"),
    [("+1410*******", "%2B1410%2A%2A%2A%2A%2A%2A%2A"), ("555", "555"), ("0199", "0199")],
)
def test_get_page_keeps_a_partial_number_pattern(pattern: str, encoded: str) -> None:
    url = operations().get_page(phone_number=pattern).request.url
    assert url == f"{NUMBERS}.json?PhoneNumber={encoded}"


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/IncomingPhoneNumbers/Local.json?Page=2"
    assert operations().get_page_at(cursor).request.url == ROOT + cursor


@pytest.mark.parametrize("kind", ["Local", "Mobile", "TollFree"])
def test_each_kind_resumes_its_own_cursor(kind: str) -> None:
    resume = {
        "Local": operations().get_local_page_at,
        "Mobile": operations().get_mobile_page_at,
        "TollFree": operations().get_toll_free_page_at,
    }[kind]
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/IncomingPhoneNumbers/{kind}.json?Page=2"
    assert resume(cursor).request.url == ROOT + cursor
    with pytest.raises(InvalidArgument, match="cursor"):
        resume("https://evil.example.com" + cursor)


@pytest.mark.parametrize(
    ("filters", "named"),
    [
        ({"beta": "false"}, "beta"),
        ({"friendly_name": ""}, "friendly_name"),
        ({"origin": 1}, "origin"),
        ({"phone_number": 4105550199}, "phone_number"),
        ({"page_size": 1001}, "page_size"),
    ],
)
def test_listings_refuse_malformed_filters(filters: dict[str, Any], named: str) -> None:
    for method in ("get_page", "get_local_page", "get_mobile_page", "get_toll_free_page"):
        with pytest.raises(InvalidArgument, match=named):
            getattr(operations(), method)(**filters)


# the OpenAPI document


ENUMS: dict[str, Any] = {
    "address_requirement": AddressRequirement,
    "emergency_status": EmergencyStatus,
    "emergency_address_status": EmergencyAddressStatus,
    "voice_receive_mode": VoiceReceiveMode,
}


@pytest.mark.parametrize("kind", ["", "_local", "_mobile", "_toll_free"])
def test_model_and_enums_cover_the_openapi_schemas(kind: str) -> None:
    schemas = openapi_schemas()
    base = "api.v2010.account.incoming_phone_number"
    name = f"{base}.incoming_phone_number{kind}" if kind else base
    assert_model_covers(schemas, name, IncomingPhoneNumber)
    prefix = name.rsplit(".", 1)[-1] + "_enum_"
    declared = {key for key in schemas if key.startswith(prefix)}
    assert declared == {prefix + suffix for suffix in ENUMS}
    for suffix, enum in ENUMS.items():
        assert_enum_covers(schemas, prefix + suffix, enum)
