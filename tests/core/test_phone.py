from __future__ import annotations

import pickle
import subprocess
import sys

import phonenumbers
import pytest
from hypothesis import assume, given, settings, strategies as st

from twilio_sansio.core.errors import InvalidArgument, TwilioError
from twilio_sansio.core.phone import PhoneNumber, normalize_address

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
NUMBER_TYPES = [
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
]


def example_numbers() -> st.SearchStrategy[tuple[str, phonenumbers.PhoneNumber]]:
    """Valid numbers: each region's example numbers, with their last digits varied."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, phonenumbers.PhoneNumber]:
        region = draw(st.sampled_from(REGIONS))
        number_type = draw(st.sampled_from(NUMBER_TYPES))
        example = phonenumbers.example_number_for_type(region, number_type)
        assume(example is not None)
        assert example is not None
        national = str(example.national_number)
        tail = draw(st.integers(0, 99))
        varied = phonenumbers.parse(
            f"+{example.country_code}{national[:-2]}{tail:02d}"
            if len(national) > 2
            else f"+{example.country_code}{national}"
        )
        number = varied if phonenumbers.is_valid_number(varied) else example
        return region, number

    return build()


# -- importing ---------------------------------------------------------------------------


def test_importing_phone_module_does_not_import_phonenumbers() -> None:
    code = (
        "import sys, twilio_sansio.core.phone; "
        "print('phonenumbers' in sys.modules or any(m.startswith('phonenumbers.') "
        "for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


# -- PhoneNumber.parse -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["+14105551234", "+1 (410) 555-1234", "+1.410.555.1234", "+1 410-555-1234", "tel:+14105551234"],
)
def test_parse_returns_e164_for_any_formatting_with_country_code(text: str) -> None:
    assert PhoneNumber.parse(text) == "+14105551234"


@pytest.mark.parametrize(
    ("text", "region"),
    [("(410) 555-1234", "US"), ("410.555.1234", "us"), ("020 7946 0018", "GB")],
)
def test_parse_reads_national_numbers_in_the_given_region(text: str, region: str) -> None:
    expected = {"US": "+14105551234", "GB": "+442079460018"}[region.upper()]
    assert PhoneNumber.parse(text, region) == expected


def test_parse_ignores_region_when_number_has_country_code() -> None:
    assert PhoneNumber.parse("+442079460018", "US") == "+442079460018"


def test_parse_without_region_or_plus_says_a_region_or_country_code_is_needed() -> None:
    with pytest.raises(InvalidArgument) as caught:
        PhoneNumber.parse("4105551234")
    message = str(caught.value)
    assert "'4105551234'" in message
    assert "region" in message
    assert "+" in message


@pytest.mark.parametrize("text", ["+1410555123", "+999123456", "+1", "hello", "+", "   "])
def test_parse_rejects_invalid_numbers_naming_the_input(text: str) -> None:
    with pytest.raises(InvalidArgument, match="not a valid phone number") as caught:
        PhoneNumber.parse(text)
    assert repr(text) in str(caught.value)


def test_parse_rejects_invalid_national_number_naming_the_region() -> None:
    with pytest.raises(InvalidArgument, match="region US"):
        PhoneNumber.parse("123", "US")


def test_parse_rejects_numbers_with_an_extension() -> None:
    with pytest.raises(InvalidArgument, match="extension"):
        PhoneNumber.parse("+14105551234 ext. 5")


@pytest.mark.parametrize("text", ["+14105551234\n", "+1410\r\n5551234", "+14105551234\x00"])
def test_parse_rejects_control_characters(text: str) -> None:
    with pytest.raises(InvalidArgument):
        PhoneNumber.parse(text)


def test_parse_rejects_overlong_input() -> None:
    with pytest.raises(InvalidArgument):
        PhoneNumber.parse("+1" + "4" * 1000)


@pytest.mark.parametrize("region", ["ZZ", "USA", "U", "", "1A"])
def test_parse_rejects_unknown_or_malformed_regions(region: str) -> None:
    with pytest.raises(InvalidArgument, match="region"):
        PhoneNumber.parse("+14105551234", region)


@pytest.mark.parametrize("value", [None, 14105551234, b"+14105551234", ["+14105551234"]])
def test_parse_rejects_non_strings(value: object) -> None:
    with pytest.raises(InvalidArgument, match="string"):
        PhoneNumber.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["+15005550006", "+15005550001", "+15005550009"])
def test_twilio_magic_test_numbers_are_valid(text: str) -> None:
    assert PhoneNumber.parse(text) == text


def test_constructor_validates_like_parse() -> None:
    assert PhoneNumber("+1 (410) 555-1234") == "+14105551234"
    with pytest.raises(InvalidArgument):
        PhoneNumber("not a number")


def test_parse_of_a_phone_number_returns_it_unchanged() -> None:
    number = PhoneNumber.parse("+14105551234")
    assert PhoneNumber.parse(number) is number


def test_phone_number_is_a_plain_equal_str_with_e164_property() -> None:
    number = PhoneNumber.parse("+1 410 555 1234")
    assert isinstance(number, str)
    assert number == "+14105551234"
    assert hash(number) == hash("+14105551234")
    assert number.e164 == "+14105551234"
    assert type(number.e164) is str
    assert str(number) == "+14105551234"
    assert f"{number}" == "+14105551234"
    assert repr(number) == "PhoneNumber('+14105551234')"


def test_phone_number_pickles_to_an_equal_phone_number() -> None:
    number = PhoneNumber.parse("+14105551234")
    restored = pickle.loads(pickle.dumps(number))
    assert restored == number
    assert type(restored) is PhoneNumber


def test_national_and_international_formats_of_a_us_number() -> None:
    number = PhoneNumber.parse("+14105551234")
    assert number.national() == "(410) 555-1234"
    assert number.international() == "+1 410-555-1234"


def test_repeated_parses_are_served_from_the_cache() -> None:
    from twilio_sansio.core import phone

    PhoneNumber.parse("+1 410 555 0199")
    before = phone._e164_of.cache_info().hits
    for _ in range(10):
        PhoneNumber.parse("+1 410 555 0199")
    assert phone._e164_of.cache_info().hits == before + 10
    assert phone._e164_of.cache_info().maxsize == 4096


def test_invalid_argument_from_parse_is_a_twilio_error_and_value_error() -> None:
    with pytest.raises(TwilioError):
        PhoneNumber.parse("nope")
    with pytest.raises(ValueError, match="nope"):
        PhoneNumber.parse("nope")


@settings(deadline=None)
@given(example_numbers())
def test_e164_international_and_national_forms_round_trip(
    case: tuple[str, phonenumbers.PhoneNumber],
) -> None:
    region, expected = case
    e164 = phonenumbers.format_number(expected, phonenumbers.PhoneNumberFormat.E164)
    number = PhoneNumber.parse(e164)
    assert number == e164
    assert PhoneNumber.parse(number.international()) == number
    number_region = phonenumbers.region_code_for_number(expected) or region
    national = number.national()
    if phonenumbers.parse(national, number_region) != expected:
        # A few national forms are ambiguous in phonenumbers' own metadata (Gabon's old
        # 7-digit numbers read back as 8-digit ones); only E.164 is unambiguous.
        return
    assert PhoneNumber.parse(national, number_region) == number


@settings(deadline=None)
@given(st.text(max_size=40), st.sampled_from([None, "US", "GB", "DE"]))
def test_parse_of_arbitrary_text_raises_only_invalid_argument(
    text: str, region: str | None
) -> None:
    try:
        number = PhoneNumber.parse(text, region)
    except InvalidArgument:
        return
    assert number.startswith("+")
    assert number[1:].isascii()
    assert number[1:].isdigit()


# -- normalize_address -------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "whatsapp:+14105551234",
        "client:alice",
        "sip:alice@example.com",
        "messenger:1234567890",
        "rcs:brand_agent",
        "12345",
        "123456",
        "MyCompany",
        "Acme 2024",
        "A",
        "1-800-FLOWERS",
    ],
)
def test_normalize_address_passes_non_phone_addresses_through_unchanged(address: str) -> None:
    assert normalize_address(address) is address


@pytest.mark.parametrize(
    ("address", "region", "expected"),
    [
        ("+1 (410) 555-1234", None, "+14105551234"),
        ("+14105551234", None, "+14105551234"),
        ("410.555.1234", "US", "+14105551234"),
        (" (410) 555-1234 ", "US", "+14105551234"),
        ("+44 20 7946 0018", "US", "+442079460018"),
        ("+15005550006", None, "+15005550006"),
    ],
)
def test_normalize_address_returns_phone_like_input_in_e164(
    address: str, region: str | None, expected: str
) -> None:
    result = normalize_address(address, region)
    assert result == expected
    assert isinstance(result, PhoneNumber)


@pytest.mark.parametrize("address", ["", " ", "\t"])
def test_normalize_address_rejects_empty_addresses(address: str) -> None:
    with pytest.raises(InvalidArgument):
        normalize_address(address)


@pytest.mark.parametrize(
    "address",
    ["+14105551234\r\n", "client:alice\nX-Evil: 1", "MyCompany\x00", "whatsapp:\x7f+1", "a\u2028b"],
)
def test_normalize_address_rejects_control_characters(address: str) -> None:
    with pytest.raises(InvalidArgument, match="control"):
        normalize_address(address)


@pytest.mark.parametrize("value", [None, 14105551234, b"+14105551234"])
def test_normalize_address_rejects_non_strings(value: object) -> None:
    with pytest.raises(InvalidArgument, match="string"):
        normalize_address(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("address", ["4105551234", "+1410555123", "1234", "1234567", "+1 (410)"])
def test_normalize_address_rejects_invalid_phone_like_input(address: str) -> None:
    with pytest.raises(InvalidArgument, match="phone number"):
        normalize_address(address)


@given(
    st.from_regex(r"[A-Za-z][A-Za-z0-9+._-]{0,10}", fullmatch=True),
    st.text(
        st.characters(blacklist_categories=("Cc", "Zl", "Zp"), max_codepoint=0x7E), max_size=30
    ),
)
def test_normalize_address_passes_any_scheme_prefixed_address_through(
    scheme: str, rest: str
) -> None:
    address = f"{scheme}:{rest}"
    assert normalize_address(address) is address


@given(st.from_regex(r"[0-9]{5,6}", fullmatch=True))
def test_normalize_address_passes_short_codes_through(code: str) -> None:
    assert normalize_address(code) is code


@given(st.from_regex(r"[A-Za-z0-9 ]{0,5}[A-Za-z][A-Za-z0-9 ]{0,5}", fullmatch=True))
def test_normalize_address_passes_alphanumeric_sender_ids_through(sender_id: str) -> None:
    assume(sender_id.strip())
    assert normalize_address(sender_id) is sender_id


@settings(deadline=None)
@given(st.text(max_size=30), st.sampled_from([None, "US"]))
def test_normalize_address_of_arbitrary_text_returns_str_or_raises_invalid_argument(
    text: str, region: str | None
) -> None:
    try:
        result = normalize_address(text, region)
    except InvalidArgument:
        return
    assert isinstance(result, str)
    assert result is text or isinstance(result, PhoneNumber)


@settings(deadline=None)
@given(example_numbers())
def test_normalize_address_accepts_every_formatting_of_valid_numbers(
    case: tuple[str, phonenumbers.PhoneNumber],
) -> None:
    _, expected = case
    e164 = phonenumbers.format_number(expected, phonenumbers.PhoneNumberFormat.E164)
    international = phonenumbers.format_number(
        expected, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    assert normalize_address(e164) == e164
    assert normalize_address(international) == e164
