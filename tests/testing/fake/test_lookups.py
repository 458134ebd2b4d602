"""Lookup v2 on the fake Twilio: magic numbers for each line type, invalid numbers, packages."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.testing.fake._support import Through, exchange, json_of, settle
from twilio_sansio import APIError, NumberLookupError
from twilio_sansio.models import LineState, LineType, LookupField, NumberValidationError
from twilio_sansio.testing.fake import FakeTwilio, magic

LOOKUPS = "https://lookups.twilio.com/v2/PhoneNumbers"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (magic.LOOKUP_MOBILE, LineType.MOBILE),
        (magic.LOOKUP_LANDLINE, LineType.LANDLINE),
        (magic.LOOKUP_FIXED_VOIP, LineType.FIXED_VOIP),
        (magic.LOOKUP_NON_FIXED_VOIP, LineType.NON_FIXED_VOIP),
        (magic.LOOKUP_TOLL_FREE, LineType.TOLL_FREE),
    ],
)
def test_each_magic_number_has_its_line_type(
    through: Through, number: str, expected: LineType
) -> None:
    async def scenario(client: Any) -> Any:
        return await settle(client.lookups.line_type(number))

    assert through.run(scenario) is expected


def test_the_magic_invalid_number_is_a_typed_error_from_line_type(through: Through) -> None:
    async def scenario(client: Any) -> Any:
        with pytest.raises(NumberLookupError) as info:
            await settle(client.lookups.line_type(magic.LOOKUP_INVALID))
        return info.value

    error = through.run(scenario)
    assert error.valid is False
    assert error.validation_errors == (NumberValidationError.INVALID_BUT_POSSIBLE,)
    assert error.phone_number == magic.LOOKUP_INVALID


def test_a_full_lookup_of_an_invalid_number_is_an_answer_not_an_error(through: Through) -> None:
    async def scenario(client: Any) -> Any:
        return await settle(
            client.lookups.phone_numbers.get(
                "+141599299600", fields=[LookupField.LINE_TYPE_INTELLIGENCE]
            )
        )

    lookup = through.run(scenario)
    assert lookup.valid is False
    assert lookup.validation_errors == (NumberValidationError.TOO_LONG,)
    assert lookup.line_type_intelligence is None
    assert lookup.national_format is None


def test_a_number_without_magic_gets_its_plans_answer(fake: FakeTwilio) -> None:
    with fake.client() as client:
        london = client.lookups.phone_numbers.get("020 7946 0000", country_code="GB",
                                                  fields="line_type_intelligence")  # fmt: skip
        american = client.lookups.line_type("+12025550123")
    assert london.valid is True
    assert london.phone_number == "+442079460000"
    assert (london.calling_country_code, london.country_code) == ("44", "GB")
    assert london.national_format == "020 7946 0000"
    assert london.line_type is LineType.LANDLINE
    assert american is LineType.MOBILE


def test_a_basic_lookup_has_no_packages(fake: FakeTwilio) -> None:
    with fake.client() as client:
        lookup = client.lookups.phone_numbers.get(magic.LOOKUP_MOBILE)
    assert lookup.valid is True
    assert lookup.national_format == "(415) 555-0160"
    assert lookup.url == f"{LOOKUPS}/{magic.LOOKUP_MOBILE}"
    assert all(value is None for name, value in lookup.raw.items() if name in PACKAGE_NAMES)


PACKAGE_NAMES = [field.value for field in LookupField if field is not LookupField.VALIDATION]


def test_every_package_asked_for_is_answered_and_reads_typed(fake: FakeTwilio) -> None:
    with fake.client() as client:
        lookup = client.lookups.phone_numbers.get(magic.LOOKUP_MOBILE, fields=list(LookupField))
    assert all(lookup.raw[name] is not None for name in PACKAGE_NAMES)
    assert lookup.line_status is not None
    assert lookup.line_status.status is LineState.ACTIVE
    assert lookup.line_type_intelligence is not None
    assert lookup.line_type_intelligence.carrier_name == "Fake Mobile"
    assert lookup.sim_swap is not None
    assert lookup.sim_swap.last_sim_swap is not None
    assert lookup.sim_swap.last_sim_swap.swapped_in_period is False
    assert lookup.call_forwarding is not None
    assert lookup.call_forwarding.call_forwarding_enabled is False


def test_a_package_twilio_does_not_know_is_refused(fake: FakeTwilio) -> None:
    with fake.client() as client, pytest.raises(APIError) as info:
        client.lookups.phone_numbers.get(magic.LOOKUP_MOBILE, fields="caller_id")
    assert (info.value.status, info.value.code) == (400, 21200)


def test_a_lookup_needs_the_accounts_credentials(fake: FakeTwilio) -> None:
    response = exchange(fake, "GET", f"{LOOKUPS}/%2B14155550160", password="wrong")
    assert response.status == 401
    assert json_of(response)["code"] == 20003


def test_reassigned_number_echoes_the_date_asked_about(fake: FakeTwilio) -> None:
    with fake.client() as client:
        lookup = client.lookups.phone_numbers.get(
            magic.LOOKUP_MOBILE, fields="reassigned_number", LastVerifiedDate="20201227"
        )
    assert lookup.reassigned_number is not None
    assert lookup.reassigned_number.last_verified_date == date(2020, 12, 27)
