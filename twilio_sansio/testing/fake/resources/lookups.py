"""Lookup v2 phone numbers: ``GET /v2/PhoneNumbers/{PhoneNumber}``, answered from the number.

Validity and formats come from the phonenumbers library, as Twilio's come from its own
numbering data: a number it cannot place is answered ``valid: false`` with Twilio's
reasons (``TOO_LONG``, ``INVALID_COUNTRY_CODE``, ...), never with an error. The line type
is the library's guess (a North American number that may be either is ``mobile``), but
for the magic lookup numbers of :mod:`~twilio_sansio.testing.fake.magic`, which answer
each line type and an invalid number. Each data package asked for in ``Fields`` gets a
plausible, fixed answer; one that is not a package Twilio knows is refused.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake import magic
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import Record
from twilio_sansio.testing.fake.wire import Incoming, invalid_parameter, json_response

PHONE_NUMBERS_PATH = "/v2/PhoneNumbers"
CARRIERS = {
    "mobile": ("Fake Mobile", "310", "260"),
    "landline": ("Fake Telephone", "311", "010"),
    "fixedVoip": ("Fake VoIP", "311", "020"),
    "nonFixedVoip": ("Fake Online Numbers", "311", "030"),
    "tollFree": ("Fake Toll-Free", "311", "040"),
}
"""The carrier (name, mobile country code, mobile network code) of each line type."""
_TYPE_NAMES = {
    "FIXED_LINE": "landline",
    "MOBILE": "mobile",
    "FIXED_LINE_OR_MOBILE": "mobile",
    "TOLL_FREE": "tollFree",
    "PREMIUM_RATE": "premium",
    "SHARED_COST": "sharedCost",
    "VOIP": "nonFixedVoip",
    "PERSONAL_NUMBER": "personal",
    "PAGER": "pager",
    "UAN": "uan",
    "VOICEMAIL": "voicemail",
}
_REASONS = {
    "INVALID_COUNTRY_CODE": "INVALID_COUNTRY_CODE",
    "TOO_SHORT": "TOO_SHORT",
    "TOO_LONG": "TOO_LONG",
    "INVALID_LENGTH": "INVALID_LENGTH",
}
_PARSE_REASONS = {0: "INVALID_COUNTRY_CODE", 2: "TOO_SHORT", 3: "TOO_SHORT", 4: "TOO_LONG"}
"""Twilio's reason for each ``NumberParseException.error_type`` (1 is not a number)."""
PACKAGES = (
    "validation",
    "caller_name",
    "sim_swap",
    "call_forwarding",
    "line_status",
    "line_type_intelligence",
    "identity_match",
    "reassigned_number",
    "sms_pumping_risk",
    "phone_number_quality_score",
    "pre_fill",
)
"""The data packages Lookup v2 knows (its ``Fields`` values)."""


def _judge(text: str, country: str | None) -> dict[str, Any]:
    """Validity, formats and the line type of ``text``, as phonenumbers reads it."""
    import phonenumbers

    region = (country or "US").upper()
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException as error:
        unreadable = _PARSE_REASONS.get(error.error_type, "NOT_A_NUMBER")
        return {"phone_number": text, "valid": False, "validation_errors": [unreadable]}
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if e164 == magic.LOOKUP_INVALID or not phonenumbers.is_valid_number(number):
        possible = phonenumbers.is_possible_number_with_reason(number)
        reason = _REASONS.get(_name_of(phonenumbers.ValidationResult, possible))
        errors = [reason or "INVALID_BUT_POSSIBLE"]
        return {"phone_number": e164, "valid": False, "validation_errors": errors}
    kind = _name_of(phonenumbers.PhoneNumberType, phonenumbers.number_type(number))
    return {
        "phone_number": e164,
        "valid": True,
        "calling_country_code": str(number.country_code),
        "country_code": phonenumbers.region_code_for_number(number),
        "national_format": phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.NATIONAL
        ),
        "line_type": magic.LOOKUP_LINE_TYPES.get(e164) or _TYPE_NAMES.get(kind, "unknown"),
    }


def _name_of(holder: type, value: int) -> str:
    for name, member in vars(holder).items():
        if member == value and name.isupper():
            return name
    return ""


def _packages(line_type: str, verified: str) -> dict[str, Any]:
    """The answer of each data package for a valid number of ``line_type``.

    ``verified`` is the ``reassigned_number`` package's date (``YYYY-MM-DD``).
    """
    carrier, country, network = CARRIERS.get(line_type, ("Fake Carrier", "311", "000"))
    return {
        "validation": None,
        "caller_name": {"caller_name": "FAKE CALLER", "caller_type": "CONSUMER",
                        "error_code": None},
        "sim_swap": {
            "last_sim_swap": {"last_sim_swap_date": None, "swapped_period": "PT24H",
                              "swapped_in_period": False},
            "carrier_name": carrier, "mobile_country_code": country,
            "mobile_network_code": network, "error_code": None,
        },
        "call_forwarding": {"call_forwarding_enabled": False, "error_code": None},
        "line_status": {"status": "active", "error_code": None},
        "line_type_intelligence": {"type": line_type, "carrier_name": carrier,
                                   "mobile_country_code": country,
                                   "mobile_network_code": network, "error_code": None},
        "identity_match": {
            **dict.fromkeys(
                ("first_name_match", "last_name_match", "address_lines_match", "city_match",
                 "state_match", "postal_code_match", "address_country_match",
                 "national_id_match", "date_of_birth_match"),
                "no_data_available",
            ),
            "summary_score": 0, "error_code": None, "error_message": None,
        },
        "reassigned_number": {"last_verified_date": verified,
                              "is_number_reassigned": "no_data_available", "error_code": None},
        "sms_pumping_risk": {"carrier_risk_category": "low", "number_blocked": False,
                             "number_blocked_date": None, "number_blocked_last_3_months": None,
                             "sms_pumping_risk_score": 0, "error_code": None},
        "phone_number_quality_score": {"quality_score": 100, "quality_category": "low",
                                       "error_code": None},
        "pre_fill": {"first_name": None, "last_name": None, "error_code": None},
    }  # fmt: skip


def _requested(incoming: Incoming) -> list[str]:
    """The packages ``Fields`` asks for.

    Raises:
        FakeApiError: a value that is not one of Lookup's packages (400, 21200).
    """
    text = incoming.value("Fields") or ""
    names = [name.strip() for name in text.split(",") if name.strip()]
    for name in names:
        if name not in PACKAGES:
            raise invalid_parameter(f"Fields: {name!r} is not one of {', '.join(PACKAGES)}")
    return names


def _verified_date(given: str | None) -> str:
    """The ``LastVerifiedDate`` given (``YYYYMMDD``) as Twilio echoes it, or a fixed day."""
    if given is not None and len(given) == 8 and given.isdigit():
        return f"{given[:4]}-{given[4:6]}-{given[6:]}"
    return "2026-01-01"


def lookup(
    text: str, country: str | None, fields: list[str], last_verified: str | None = None
) -> Record:
    """Return Lookup v2's answer for ``text`` with the packages ``fields`` (no URL).

    ``last_verified`` is the request's ``LastVerifiedDate``, which ``reassigned_number``
    echoes.
    """
    judged = _judge(text, country)
    line_type = judged.pop("line_type", None)
    answer: Record = {
        "calling_country_code": None,
        "country_code": None,
        "national_format": None,
        "validation_errors": None,
        **judged,
    }
    verified = _verified_date(last_verified)
    packages = _packages(line_type, verified) if line_type is not None else {}
    for name in PACKAGES[1:]:
        answer[name] = packages.get(name) if name in fields else None
    return answer


routes = Resource(PHONE_NUMBERS_PATH)


@routes.route("GET", PHONE_NUMBERS_PATH + "/{PhoneNumber}")
def fetch(incoming: Incoming) -> Response:
    """GET /v2/PhoneNumbers/{PhoneNumber}: validity, formats and the packages asked for."""
    answer = lookup(
        incoming.params["PhoneNumber"],
        incoming.value("CountryCode"),
        _requested(incoming),
        incoming.value("LastVerifiedDate"),
    )
    number = str(answer["phone_number"])
    answer["url"] = f"{incoming.origin}{PHONE_NUMBERS_PATH}/{quote(number, safe='+')}"
    return json_response(200, answer)


ROUTES = (routes,)
"""The Lookup v2 routes."""
