"""Available numbers: countries and searches, their requests, parsing and the OpenAPI schema."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    assert_model_covers,
    json_response,
    make_config,
    openapi_document,
)
from twilio_sansio.core.errors import InvalidArgument, UnexpectedResponseError
from twilio_sansio.core.resources.available_numbers import (
    AddressRequirement,
    AvailableNumberOperations,
    AvailablePhoneNumber,
    AvailablePhoneNumberCountry,
    NumberType,
)
from twilio_sansio.core.values import MalformedValue

NUMBERS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/AvailablePhoneNumbers"

COUNTRY: dict[str, Any] = {
    "country_code": "GB",
    "country": "United Kingdom",
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/AvailablePhoneNumbers/GB.json",
    "beta": False,
    "subresource_uris": {"mobile": "/Mobile.json", "local": "/Local.json"},
}

NUMBER: dict[str, Any] = {
    "friendly_name": "(410) 555-0199",
    "phone_number": "+14105550199",
    "lata": "238",
    "locality": "Baltimore",
    "rate_center": "BALTIMORE",
    "latitude": "39.290400",
    "longitude": "-76.612200",
    "region": "MD",
    "postal_code": "21201",
    "iso_country": "US",
    "address_requirements": "none",
    "beta": False,
    "capabilities": {"voice": True, "SMS": True, "MMS": False, "fax": False},
}


def operations(default_region: str | None = None) -> AvailableNumberOperations:
    return AvailableNumberOperations(make_config(default_region=default_region))


# countries


def test_get_countries_page_lists_the_countries() -> None:
    request = operations().get_countries_page(page_size=20).request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{NUMBERS}.json?PageSize=20",
        b"",
    )


def test_get_countries_page_parses_the_countries_records() -> None:
    body = {"countries": [COUNTRY], "next_page_uri": None, "page": 0, "page_size": 50}
    page = operations().get_countries_page().parse(json_response(body))
    assert [country.country_code for country in page] == ["GB"]
    assert page.cursor is None


def test_get_countries_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/AvailablePhoneNumbers.json?Page=1&PageSize=50"
    assert operations().get_countries_page_at(cursor).request.url == ROOT + cursor


def test_get_country_fetches_one_country_in_upper_case() -> None:
    request = operations().get_country("gb").request
    assert (request.method, request.url, request.body) == ("GET", f"{NUMBERS}/GB.json", b"")


def test_get_country_parses_every_field() -> None:
    country = operations().get_country("GB").parse(json_response(COUNTRY))
    assert country.country_code == "GB"
    assert country.country == "United Kingdom"
    assert country.uri == COUNTRY["uri"]
    assert country.beta is False
    assert country.subresource_uris == COUNTRY["subresource_uris"]


@pytest.mark.parametrize("code", ["USA", "U", "", "1A", "U/", "ÜS", None, 12])
def test_get_country_refuses_what_is_not_two_letters(code: Any) -> None:
    with pytest.raises(InvalidArgument, match="country_code"):
        operations().get_country(code)


# searches


@pytest.mark.parametrize(
    ("number_type", "segment"),
    [
        (NumberType.LOCAL, "Local"),
        ("TollFree", "TollFree"),
        ("toll_free", "TollFree"),
        ("mobile", "Mobile"),
        (NumberType.NATIONAL, "National"),
        ("Voip", "Voip"),
        ("SHARED_COST", "SharedCost"),
        ("machinetomachine", "MachineToMachine"),
    ],
)
def test_get_page_searches_the_number_types_path(number_type: Any, segment: str) -> None:
    request = operations().get_page("us", number_type).request
    assert (request.method, request.url, request.body) == (
        "GET",
        f"{NUMBERS}/US/{segment}.json",
        b"",
    )


def test_get_page_sends_every_filter_by_twilios_name() -> None:
    operation = operations().get_page(
        "US",
        NumberType.LOCAL,
        area_code=410,
        contains="55%",
        sms_enabled=True,
        mms_enabled=False,
        voice_enabled=True,
        fax_enabled=False,
        exclude_all_address_required=True,
        exclude_local_address_required=False,
        exclude_foreign_address_required=True,
        beta=False,
        near_number="+1 (410) 555-0100",
        near_lat_long=(39.29, -76.61),
        distance=50,
        in_postal_code="21201",
        in_region="MD",
        in_rate_center="BALTIMORE",
        in_lata="238",
        in_locality="Baltimore City",
        page_size=10,
        Page=2,
    )
    assert operation.request.url == (
        f"{NUMBERS}/US/Local.json?AreaCode=410&Contains=55%25&SmsEnabled=true"
        "&MmsEnabled=false&VoiceEnabled=true&FaxEnabled=false"
        "&ExcludeAllAddressRequired=true&ExcludeLocalAddressRequired=false"
        "&ExcludeForeignAddressRequired=true&Beta=false&NearNumber=%2B14105550100"
        "&NearLatLong=39.29%2C-76.61&Distance=50&InPostalCode=21201&InRegion=MD"
        "&InRateCenter=BALTIMORE&InLata=238&InLocality=Baltimore%20City&PageSize=10&Page=2"
    )


def test_get_page_takes_near_lat_long_as_text_and_near_number_in_the_default_region() -> None:
    operation = operations("US").get_page(
        "US", "Local", near_lat_long="39.29,-76.61", near_number="410-555-0100"
    )
    assert operation.request.url == (
        f"{NUMBERS}/US/Local.json?NearNumber=%2B14105550100&NearLatLong=39.29%2C-76.61"
    )


def test_get_page_parses_every_field_of_a_number() -> None:
    body = {"available_phone_numbers": [NUMBER], "uri": "/x.json", "next_page_uri": None}
    page = operations().get_page("US", "Local").parse(json_response(body))
    (number,) = page.records
    assert number.friendly_name == "(410) 555-0199"
    assert number.phone_number == "+14105550199"
    assert number.lata == "238"
    assert number.locality == "Baltimore"
    assert number.rate_center == "BALTIMORE"
    assert number.latitude == pytest.approx(39.2904)
    assert number.longitude == pytest.approx(-76.6122)
    assert number.region == "MD"
    assert number.postal_code == "21201"
    assert number.iso_country == "US"
    assert number.address_requirements is AddressRequirement.NONE
    assert number.beta is False
    assert number.capabilities == NUMBER["capabilities"]


def test_coordinates_sent_as_json_numbers_or_null_are_read() -> None:
    number = AvailablePhoneNumber.from_json({"latitude": 51.5, "longitude": None})
    assert (number.latitude, number.longitude) == (51.5, None)


@pytest.mark.parametrize("bad", ["north", True, "nan", [1]])
def test_a_malformed_coordinate_fails_only_when_read(bad: Any) -> None:
    number = AvailablePhoneNumber.from_json({"latitude": bad, "phone_number": "+1"})
    assert number.phone_number == "+1"
    with pytest.raises(MalformedValue):
        _ = number.latitude


def test_a_search_page_without_its_records_is_unexpected() -> None:
    with pytest.raises(UnexpectedResponseError):
        operations().get_page("US", "Local").parse(json_response({"countries": []}))


def test_get_page_at_follows_a_saved_cursor() -> None:
    cursor = f"/2010-04-01/Accounts/{ACCOUNT}/AvailablePhoneNumbers/US/Local.json?Page=1"
    assert operations().get_page_at(cursor).request.url == ROOT + cursor


@pytest.mark.parametrize("number_type", ["Tollfree ", "Premium", "", None, "../Local"])
def test_get_page_refuses_an_unknown_number_type(number_type: Any) -> None:
    with pytest.raises(InvalidArgument, match="number_type"):
        operations().get_page("US", number_type)


@pytest.mark.parametrize(
    ("filters", "named"),
    [
        ({"area_code": 41}, "area_code"),
        ({"area_code": "41O"}, "area_code"),
        ({"area_code": True}, "area_code"),
        ({"sms_enabled": "true"}, "sms_enabled"),
        ({"exclude_all_address_required": 1}, "exclude_all_address_required"),
        ({"beta": "no"}, "beta"),
        ({"contains": ""}, "contains"),
        ({"in_region": 5}, "in_region"),
        ({"near_lat_long": (91.0, 0.0)}, "near_lat_long"),
        ({"near_lat_long": (1.0,)}, "near_lat_long"),
        ({"near_lat_long": ("1", "2")}, "near_lat_long"),
        ({"distance": -1}, "distance"),
        ({"distance": 2.5}, "distance"),
        ({"page_size": 0}, "page_size"),
    ],
)
def test_get_page_refuses_malformed_filters(filters: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidArgument, match=named):
        operations().get_page("US", "Local", **filters)


def test_get_page_refuses_a_near_number_that_is_not_a_number() -> None:
    with pytest.raises(InvalidArgument, match="phone number"):
        operations().get_page("US", "Local", near_number="4105550")


def test_get_page_refuses_a_bad_country_code() -> None:
    with pytest.raises(InvalidArgument, match="country_code"):
        operations().get_page("United States", "Local")


# the OpenAPI document


def test_models_and_number_types_cover_the_openapi_document() -> None:
    document = openapi_document()
    schemas = document["components"]["schemas"]
    country = "api.v2010.account.available_phone_number_country"
    assert_model_covers(schemas, country, AvailablePhoneNumberCountry)
    number_keys = set(AvailablePhoneNumber.field_names().values())
    searches = re.compile(r"/AvailablePhoneNumbers/\{CountryCode\}/(\w+)\.json\Z")
    found = set()
    for path, item in document["paths"].items():
        match = searches.search(path)
        if match is None:
            continue
        found.add(match.group(1))
        assert NumberType(match.group(1)).is_known, path
        listing = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        ref = listing["properties"]["available_phone_numbers"]["items"]["$ref"]
        schema = schemas[ref.rsplit("/", 1)[-1]]
        assert set(schema["properties"]) <= number_keys, path
        for value in schema["properties"]["address_requirements"].get("enum", ()):
            assert AddressRequirement(value).is_known, (path, value)
    assert found == {member.value for member in NumberType}
