"""Lookup v2: the phone number lookup's request, its typed answer, and the line type helper."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, strategies as st

from tests.core._support import ROOT, json_response, make_config
from twilio_sansio.core.errors import APIError, InvalidArgument, TwilioError
from twilio_sansio.core.resources.lookups.packages import (
    LineState,
    LineType,
    MatchLevel,
    Reassigned,
)
from twilio_sansio.core.resources.lookups.phone_numbers import (
    LookupField,
    LookupPhoneNumberOperations,
    NumberValidationError,
    PhoneNumberLookup,
)
from twilio_sansio.core.resources.lookups.product import LookupOperations, NumberLookupError
from twilio_sansio.core.values import MalformedValue

LOOKUPS_BASE = "https://lookups.example.test"
NUMBERS = f"{LOOKUPS_BASE}/v2/PhoneNumbers"
BASIC: dict[str, Any] = {
    "calling_country_code": "1",
    "country_code": "US",
    "phone_number": "+14159929960",
    "national_format": "(415) 992-9960",
    "valid": True,
    "validation_errors": None,
    "caller_name": None,
    "sim_swap": None,
    "call_forwarding": None,
    "line_status": None,
    "line_type_intelligence": None,
    "identity_match": None,
    "reassigned_number": None,
    "sms_pumping_risk": None,
    "phone_number_quality_score": None,
    "pre_fill": None,
    "url": f"{NUMBERS}/+14159929960",
}
INVALID: dict[str, Any] = {
    **BASIC,
    "calling_country_code": None,
    "country_code": None,
    "phone_number": "+141599299600",
    "national_format": None,
    "valid": False,
    "validation_errors": ["TOO_LONG"],
}


def line_type_answer(kind: str | None, error_code: int | None = None) -> dict[str, Any]:
    package = {
        "type": kind,
        "carrier_name": "Carrier",
        "mobile_country_code": "310",
        "mobile_network_code": "456",
        "error_code": error_code,
    }
    return {**BASIC, "line_type_intelligence": package}


def numbers(default_region: str | None = None) -> LookupPhoneNumberOperations:
    config = make_config({"api": ROOT, "lookups": LOOKUPS_BASE}, default_region=default_region)
    return LookupPhoneNumberOperations(config)


def helpers() -> LookupOperations:
    return LookupOperations(make_config({"api": ROOT, "lookups": LOOKUPS_BASE}))


# The request


def test_get_encodes_the_number_in_the_path_on_the_lookups_host() -> None:
    request = numbers().get("+14159929960").request
    assert (request.method, request.body) == ("GET", b"")
    assert request.url == f"{NUMBERS}/%2B14159929960"


def test_twilios_own_host_is_the_default() -> None:
    request = LookupPhoneNumberOperations(make_config(None)).get("+14159929960").request
    assert request.url == "https://lookups.twilio.com/v2/PhoneNumbers/%2B14159929960"


def test_separators_are_dropped_and_packages_joined_once_in_order() -> None:
    request = (
        numbers()
        .get(
            "+1 (415) 992-9960",
            fields=[LookupField.LINE_TYPE_INTELLIGENCE, "caller_name", "line_type_intelligence"],
        )
        .request
    )
    assert request.url == (f"{NUMBERS}/%2B14159929960?Fields=line_type_intelligence%2Ccaller_name")


def test_fields_may_be_one_comma_separated_string() -> None:
    request = numbers().get("+14159929960", fields="sim_swap,call_forwarding").request
    assert request.url.endswith("?Fields=sim_swap%2Ccall_forwarding")


def test_a_national_number_goes_with_its_country_code() -> None:
    request = numbers().get("07772 000001", country_code="gb").request
    assert request.url == f"{NUMBERS}/07772000001?CountryCode=GB"


def test_a_national_number_takes_the_clients_default_region() -> None:
    request = numbers(default_region="GB").get("07772 000001").request
    assert request.url == f"{NUMBERS}/07772000001?CountryCode=GB"


def test_an_e164_number_is_sent_without_the_default_region() -> None:
    request = numbers(default_region="GB").get("+447772000001").request
    assert request.url == f"{NUMBERS}/%2B447772000001"


def test_twilios_other_parameters_pass_through() -> None:
    request = (
        numbers()
        .get("+14159929960", fields=[LookupField.IDENTITY_MATCH], FirstName="John", City="NY")
        .request
    )
    assert request.url.endswith("?Fields=identity_match&FirstName=John&City=NY")


def test_a_number_twilio_may_find_invalid_is_still_sent() -> None:
    # Lookup's job is to judge validity: only the shape is checked before sending.
    request = numbers().get("+141599299600").request
    assert request.url == f"{NUMBERS}/%2B141599299600"


@pytest.mark.parametrize(
    "number",
    ["", "+", "call me", "+1415CALLNOW", "+1234567890123456", "+1415\n9929960", "١٢٣", "1" * 18],
)
def test_what_is_not_shaped_like_a_number_is_refused_before_sending(number: str) -> None:
    with pytest.raises(InvalidArgument, match="phone_number"):
        numbers().get(number)


@pytest.mark.parametrize("param", ["Fields", "CountryCode"])
def test_twilios_names_of_the_keywords_are_refused(param: str) -> None:
    with pytest.raises(InvalidArgument, match=f"not {param}="):
        numbers().get("+14159929960", **{param: "x"})
    with pytest.raises(InvalidArgument, match=f"not {param}="):
        helpers().line_type("+14159929960", **{param: "x"})


def test_a_non_string_number_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="must be a string"):
        numbers().get(14159929960)  # type: ignore[arg-type]


@pytest.mark.parametrize("country", ["USA", "1", "", "U"])
def test_a_country_code_must_be_two_letters(country: str) -> None:
    with pytest.raises(InvalidArgument, match="country_code"):
        numbers().get("4159929960", country_code=country)


@pytest.mark.parametrize("fields", [["Caller Name"], ["caller_name", ""], [3], 42, "a,,b"])
def test_malformed_package_names_are_refused(fields: Any) -> None:
    with pytest.raises(InvalidArgument, match="fields"):
        numbers().get("+14159929960", fields=fields)


@given(st.text(max_size=30))
def test_any_text_either_builds_a_request_or_raises_invalid_argument(text: str) -> None:
    try:
        request = numbers().get(text).request
    except InvalidArgument:
        return
    assert request.url.startswith(f"{NUMBERS}/")
    assert "/" not in request.url[len(NUMBERS) + 1 :].split("?")[0]


# The answer


def test_a_basic_answer_reads_validity_and_formats_and_no_packages() -> None:
    lookup = numbers().get("+14159929960").parse(json_response(BASIC))
    assert isinstance(lookup, PhoneNumberLookup)
    assert lookup.valid is True
    assert lookup.phone_number == "+14159929960"
    assert lookup.calling_country_code == "1"
    assert lookup.country_code == "US"
    assert lookup.national_format == "(415) 992-9960"
    assert lookup.validation_errors is None
    assert lookup.line_type_intelligence is None
    assert lookup.line_type is None
    assert lookup.url == BASIC["url"]


def test_an_invalid_number_is_an_answer_with_its_reasons() -> None:
    lookup = numbers().get("+141599299600").parse(json_response(INVALID))
    assert lookup.valid is False
    assert lookup.validation_errors == (NumberValidationError.TOO_LONG,)


def test_every_package_reads_into_its_typed_record() -> None:
    answer = {
        **BASIC,
        "caller_name": {"caller_name": "Sergio", "caller_type": "CONSUMER", "error_code": None},
        "sim_swap": {
            "last_sim_swap": {
                "last_sim_swap_date": "2020-04-27T10:18:50Z",
                "swapped_period": "PT48H",
                "swapped_in_period": True,
            },
            "carrier_name": "Vodafone UK",
            "mobile_country_code": "276",
            "mobile_network_code": "02",
            "error_code": None,
        },
        "call_forwarding": {"call_forwarding_enabled": True, "error_code": None},
        "line_status": {"status": "inactive", "error_code": None},
        "line_type_intelligence": line_type_answer("fixedVoip")["line_type_intelligence"],
        "identity_match": {"first_name_match": "exact_match", "summary_score": 90},
        "reassigned_number": {
            "last_verified_date": "2020-12-27",
            "is_number_reassigned": "yes",
            "error_code": None,
        },
        "sms_pumping_risk": {"sms_pumping_risk_score": 61, "number_blocked": False},
        "phone_number_quality_score": {"quality_score": 0, "quality_category": "low"},
        "pre_fill": {"first_name": "John", "postal_code": "98117"},
    }
    lookup = PhoneNumberLookup.from_json(answer)
    assert lookup.caller_name is not None
    assert lookup.caller_name.caller_name == "Sergio"
    assert lookup.sim_swap is not None
    assert lookup.sim_swap.last_sim_swap is not None
    assert lookup.sim_swap.last_sim_swap.last_sim_swap_date == datetime(
        2020, 4, 27, 10, 18, 50, tzinfo=UTC
    )
    assert lookup.sim_swap.last_sim_swap.swapped_in_period is True
    assert lookup.sim_swap.mobile_network_code == "02"
    assert lookup.call_forwarding is not None
    assert lookup.call_forwarding.call_forwarding_enabled is True
    assert lookup.line_status is not None
    assert lookup.line_status.status is LineState.INACTIVE
    assert lookup.line_type is LineType.FIXED_VOIP
    assert lookup.line_type_intelligence is not None
    assert lookup.line_type_intelligence.carrier_name == "Carrier"
    assert lookup.identity_match is not None
    assert lookup.identity_match.first_name_match is MatchLevel.EXACT_MATCH
    assert lookup.identity_match.summary_score == 90
    assert lookup.reassigned_number is not None
    assert lookup.reassigned_number.last_verified_date == date(2020, 12, 27)
    assert lookup.reassigned_number.is_number_reassigned is Reassigned.YES
    assert lookup.sms_pumping_risk is not None
    assert lookup.sms_pumping_risk.sms_pumping_risk_score == 61
    assert lookup.phone_number_quality_score is not None
    assert lookup.phone_number_quality_score.quality_category == "low"
    assert lookup.pre_fill is not None
    assert lookup.pre_fill.postal_code == "98117"


def test_a_package_that_is_not_an_object_fails_when_read_not_when_parsed() -> None:
    lookup = PhoneNumberLookup.from_json({**BASIC, "caller_name": "Sergio"})
    assert lookup.valid is True
    with pytest.raises(MalformedValue):
        _ = lookup.caller_name


def test_a_line_type_twilio_adds_later_is_kept() -> None:
    line_type = PhoneNumberLookup.from_json(line_type_answer("satellite")).line_type
    assert line_type == "satellite"
    assert line_type is not None
    assert not line_type.is_known


# The line type helper


def test_line_type_asks_for_the_line_type_package_only() -> None:
    request = helpers().line_type("+14159929960").request
    assert request.url == f"{NUMBERS}/%2B14159929960?Fields=line_type_intelligence"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("mobile", LineType.MOBILE),
        ("landline", LineType.LANDLINE),
        ("fixedVoip", LineType.FIXED_VOIP),
        ("nonFixedVoip", LineType.NON_FIXED_VOIP),
        ("tollFree", LineType.TOLL_FREE),
    ],
)
def test_line_type_returns_the_packages_type(kind: str, expected: LineType) -> None:
    operation = helpers().line_type("+14159929960")
    assert operation.parse(json_response(line_type_answer(kind))) is expected


def test_line_type_of_an_invalid_number_raises_with_the_reasons() -> None:
    operation = helpers().line_type("+141599299600")
    with pytest.raises(NumberLookupError, match=r"not a valid phone number \(TOO_LONG\)") as info:
        operation.parse(json_response(INVALID))
    error = info.value
    assert isinstance(error, TwilioError)
    assert error.valid is False
    assert error.validation_errors == (NumberValidationError.TOO_LONG,)
    assert error.phone_number == "+141599299600"
    assert error.error_code is None
    assert error.lookup.raw == INVALID


def test_line_type_raises_when_the_package_failed() -> None:
    operation = helpers().line_type("+14159929960")
    with pytest.raises(NumberLookupError, match="error 60600") as info:
        operation.parse(json_response(line_type_answer(None, error_code=60600)))
    assert info.value.valid is True
    assert info.value.error_code == 60600


def test_line_type_passes_twilios_errors_through() -> None:
    error = {"code": 20404, "message": "Not found", "status": 404}
    with pytest.raises(APIError) as info:
        helpers().line_type("+14159929960").parse(json_response(error, 404))
    assert info.value.code == 20404
