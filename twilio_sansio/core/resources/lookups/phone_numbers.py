"""Lookup v2 phone numbers: ``GET /v2/PhoneNumbers/{PhoneNumber}`` and its answer.

A lookup always says whether the number is valid and how it is written; each data
package asked for in ``Fields`` adds a nested record (:mod:`.packages`). A number Twilio
finds invalid is not an error: the answer is a 200 with ``valid`` false and the reasons
in ``validation_errors``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Boolean, Choices, Nested, Record, Text
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._build import ResourceOperations, fetch
from twilio_sansio.core.resources.lookups.packages import (
    CallerName,
    CallForwarding,
    IdentityMatch,
    LineStatus,
    LineType,
    LineTypeIntelligence,
    PhoneNumberQualityScore,
    PreFill,
    ReassignedNumber,
    SimSwap,
    SmsPumpingRisk,
)

PRODUCT = "lookups"
PHONE_NUMBERS_PATH = "/v2/PhoneNumbers"
MAX_E164_DIGITS = 15
MAX_NATIONAL_DIGITS = 17
MAX_INPUT_LENGTH = 64

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SEPARATORS = re.compile(r"[\s().\-/]")
_COUNTRY = re.compile(r"[A-Za-z]{2}", re.ASCII)
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)


class LookupField(OpenStrEnum):
    """A data package Lookup v2 can add to its answer (a value of ``Fields``)."""

    VALIDATION = "validation"
    CALLER_NAME = "caller_name"
    SIM_SWAP = "sim_swap"
    CALL_FORWARDING = "call_forwarding"
    LINE_STATUS = "line_status"
    LINE_TYPE_INTELLIGENCE = "line_type_intelligence"
    IDENTITY_MATCH = "identity_match"
    REASSIGNED_NUMBER = "reassigned_number"
    SMS_PUMPING_RISK = "sms_pumping_risk"
    PHONE_NUMBER_QUALITY_SCORE = "phone_number_quality_score"
    PRE_FILL = "pre_fill"


class NumberValidationError(OpenStrEnum):
    """Why Twilio found a number invalid (an item of ``validation_errors``)."""

    TOO_SHORT = "TOO_SHORT"
    TOO_LONG = "TOO_LONG"
    INVALID_BUT_POSSIBLE = "INVALID_BUT_POSSIBLE"
    INVALID_COUNTRY_CODE = "INVALID_COUNTRY_CODE"
    INVALID_LENGTH = "INVALID_LENGTH"
    NOT_A_NUMBER = "NOT_A_NUMBER"


class PhoneNumberLookup(Record):
    """What Lookup v2 knows about a number: its validity, its formats, the packages asked for.

    A package not asked for (or not available) is None; one that Twilio could not fill
    carries its own ``error_code``.
    """

    __slots__ = ()

    phone_number = Text()
    calling_country_code = Text()
    country_code = Text()
    national_format = Text()
    valid = Boolean()
    validation_errors = Choices(NumberValidationError)
    caller_name = Nested(CallerName)
    sim_swap = Nested(SimSwap)
    call_forwarding = Nested(CallForwarding)
    line_type_intelligence = Nested(LineTypeIntelligence)
    line_status = Nested(LineStatus)
    identity_match = Nested(IdentityMatch)
    reassigned_number = Nested(ReassignedNumber)
    sms_pumping_risk = Nested(SmsPumpingRisk)
    phone_number_quality_score = Nested(PhoneNumberQualityScore)
    pre_fill = Nested(PreFill)
    url = Text()

    @property
    def line_type(self) -> LineType | None:
        """The line type from the ``line_type_intelligence`` package, or None without one."""
        package = self.line_type_intelligence
        return None if package is None else package.type


def lookup_number(value: object) -> str:
    """Check a number for a lookup and return it without separators.

    Lookup's job is to say whether a number is valid, so a number is not checked against
    the numbering plan here (Twilio answers ``valid: false`` with the reasons); only its
    shape is: E.164 (``+`` and 1 to 15 digits, spaces, dots, dashes and parentheses
    allowed between them), or a national number of digits for ``country_code`` to place.

    Raises:
        InvalidArgument: not a string, empty, too long, a control character, a letter, or
            a ``+`` number with more than 15 digits.
    """
    if not isinstance(value, str):
        raise InvalidArgument(f"phone_number must be a string, not {type(value).__name__}")
    text = str.__str__(value)
    if len(text) > MAX_INPUT_LENGTH:
        raise InvalidArgument(f"phone_number is too long to be a number: {text[:40]!r}...")
    if _CONTROL.search(text):
        raise InvalidArgument(f"phone_number must not contain control characters: {text!r}")
    compact = _SEPARATORS.sub("", text)
    digits = compact.removeprefix("+")
    if not digits.isascii() or not digits.isdigit():
        raise InvalidArgument(
            f"phone_number must be digits in E.164 ('+14155552671') or national form "
            f"('(415) 555-2671' with country_code), not {text!r}"
        )
    if compact.startswith("+") and len(digits) > MAX_E164_DIGITS:
        raise InvalidArgument(
            f"phone_number {text!r} has {len(digits)} digits; E.164 allows {MAX_E164_DIGITS}"
        )
    if len(digits) > MAX_NATIONAL_DIGITS:
        raise InvalidArgument(f"phone_number {text!r} has too many digits ({len(digits)})")
    return compact


def check_country_code(value: object) -> str | None:
    """Return None, or an ISO 3166 alpha-2 country code in upper case.

    Raises:
        InvalidArgument: not two ASCII letters.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
        raise InvalidArgument(
            f"country_code must be a two-letter ISO 3166 code like 'US', not {value!r:.40}"
        )
    return value.upper()


def fields_value(fields: Iterable[LookupField | str] | str | None) -> str | None:
    """Return the ``Fields`` parameter: the packages, comma-separated, each once.

    Args:
        fields: Packages (:class:`LookupField` members or their names), or one string of
            comma-separated names; None or empty for the basic lookup.

    Raises:
        InvalidArgument: a name that is not a lower-case word (``"caller_name"``), or
            ``fields`` is not a string or an iterable of strings.
    """
    if fields is None:
        return None
    if isinstance(fields, str):
        fields = fields.split(",") if fields else []
    try:
        names = list(fields)
    except TypeError:
        raise InvalidArgument(f"fields must be package names, not {fields!r:.60}") from None
    chosen: list[str] = []
    for name in names:
        if not isinstance(name, str) or not _FIELD_NAME.fullmatch(name.strip()):
            raise InvalidArgument(
                f"fields holds {name!r:.40}, not a package name such as 'line_type_intelligence'"
            )
        text = str.__str__(name.strip())
        if text not in chosen:
            chosen.append(text)
    return ",".join(chosen) or None


class LookupPhoneNumberOperations(ResourceOperations):
    """Builds Lookup v2's phone number lookups; the clients bind these to the network."""

    __slots__ = ()

    def get(
        self,
        /,
        phone_number: str,
        *,
        fields: Iterable[LookupField | str] | str | None = None,
        country_code: str | None = None,
        **params: ParamValue,
    ) -> Operation[PhoneNumberLookup]:
        """Look a number up, with the data packages asked for.

        Args:
            phone_number: The number, in E.164 (``"+14155552671"``) or national form
                (``"(415) 555-2671"``, placed by ``country_code``; Twilio reads a
                national number without one as North American). The client's
                ``default_region`` is the country code when none is given.
            fields: The data packages to add (:class:`LookupField`), such as
                ``[LookupField.LINE_TYPE_INTELLIGENCE, LookupField.CALLER_NAME]``; none
                for the basic lookup (validity and formats only, free of charge).
            country_code: The ISO 3166 country of a national number (``"GB"``).
            **params: Any other parameter, by Twilio's name: the details identity match
                compares (``FirstName``, ``LastName``, ``AddressLine1``, ``City``,
                ``PostalCode``, ``NationalId``, ``DateOfBirth``, ...),
                ``LastVerifiedDate`` for ``reassigned_number``, ``VerificationSid`` for
                ``pre_fill``, ``PartnerSubId``.

        Returns:
            The operation that fetches and parses the :class:`PhoneNumberLookup`.

        Raises:
            InvalidArgument: the number is not shaped like one, the country code is not
                two letters, a package name is malformed, or ``params`` holds
                ``Fields`` or ``CountryCode`` (pass ``fields=``, ``country_code=``).
        """
        number = lookup_number(phone_number)
        for key, keyword in (("Fields", "fields"), ("CountryCode", "country_code")):
            if key in params:
                raise InvalidArgument(f"pass {keyword}=..., not {key}=...")
        query: dict[str, ParamValue] = {
            "Fields": fields_value(fields),
            "CountryCode": check_country_code(country_code) or self._default_country(number),
            **params,
        }
        return lookup_operation(self.config, number, query)

    def _default_country(self, number: str) -> str | None:
        if number.startswith("+"):
            return None
        return self.config.default_region


def lookup_operation(
    config: ClientConfig, number: str, query: dict[str, ParamValue]
) -> Operation[PhoneNumberLookup]:
    """The GET of ``/v2/PhoneNumbers/{number}`` with ``query`` (the number checked already)."""
    path = f"{PHONE_NUMBERS_PATH}/{path_segment('phone_number', number)}"
    return fetch(config, path, PhoneNumberLookup.from_json, product=PRODUCT, query=query)
