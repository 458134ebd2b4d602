"""``twilio-sansio lookup``: Lookup v2 from the command line, against the fake offline."""

from __future__ import annotations

import json

from tests.cli._support import invoke, run_cli
from twilio_sansio.testing.fake import FakeTwilio, magic


def lines(text: str) -> dict[str, str]:
    """The ``key  value`` lines of a record printed as text."""
    return dict(line.split(None, 1) for line in text.splitlines())


def test_a_basic_lookup_prints_validity_and_formats() -> None:
    result = invoke("lookup", magic.LOOKUP_MOBILE, fake=FakeTwilio(seed=1))
    assert (result.code, result.err) == (0, "")
    shown = lines(result.out)
    assert shown == {
        "phone_number": "+14155550160",
        "valid": "true",
        "national_format": "(415) 555-0160",
        "country_code": "US",
        "calling_country_code": "1",
    }


def test_fields_add_the_packages_asked_for() -> None:
    result = invoke(
        "lookup", magic.LOOKUP_TOLL_FREE, "--fields", "line_type_intelligence,line_status",
        fake=FakeTwilio(seed=1),
    )  # fmt: skip
    assert result.code == 0
    shown = lines(result.out)
    assert json.loads(shown["line_type_intelligence"])["type"] == "tollFree"
    assert json.loads(shown["line_status"])["status"] == "active"
    assert "caller_name" not in shown


def test_an_invalid_number_is_printed_with_its_reasons_not_failed() -> None:
    result = invoke("lookup", magic.LOOKUP_INVALID, fake=FakeTwilio(seed=1))
    assert result.code == 0
    shown = lines(result.out)
    assert shown["valid"] == "false"
    assert json.loads(shown["validation_errors"]) == ["INVALID_BUT_POSSIBLE"]


def test_a_national_number_with_its_country_as_json() -> None:
    result = invoke(
        "lookup", "07772 000001", "--country-code", "gb", "--format", "json",
        fake=FakeTwilio(seed=1),
    )  # fmt: skip
    assert result.code == 0
    answer = json.loads(result.out)
    assert (answer["phone_number"], answer["country_code"]) == ("+447772000001", "GB")
    assert answer["line_type_intelligence"] is None


def test_bad_input_is_a_usage_error_in_the_command_lines_words() -> None:
    fake = FakeTwilio(seed=1)
    number = invoke("lookup", "call me", fake=fake)
    assert number.code == 2
    assert "NUMBER must be digits" in number.err
    fields = invoke("lookup", magic.LOOKUP_MOBILE, "--fields", "Caller Name", fake=fake)
    assert fields.code == 2
    assert "--fields holds 'Caller Name'" in fields.err
    country = invoke("lookup", "4155550160", "--country-code", "USA", fake=fake)
    assert country.code == 2
    assert "--country-code must be a two-letter" in country.err
    assert fake.requests == []


def test_a_package_twilio_does_not_know_is_twilios_error() -> None:
    result = invoke("lookup", magic.LOOKUP_MOBILE, "--fields", "caller_id", fake=FakeTwilio())
    assert result.code == 1
    assert "Twilio error 21200, HTTP 400" in result.err


def test_without_credentials_the_lookup_runs_offline_against_the_built_in_fake(
    env: dict[str, str],
) -> None:
    result = run_cli(
        "lookup", magic.LOOKUP_LANDLINE, "--fields", "line_type_intelligence", "--format",
        "json", env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "built-in fake" in result.stderr
    assert json.loads(result.stdout)["line_type_intelligence"]["type"] == "landline"
