"""Lookup v2's helpers: the line type of a number in one request.

``line_type`` answers the question asked before texting a number (can it receive an
SMS?) with one :class:`~.packages.LineType`. When Lookup cannot say, because the number
is not valid or the line type package failed, it raises :class:`NumberLookupError`
rather than return a made-up type: a caller that only texts mobiles should not have to
tell "unknown" from "invalid" by comparing strings.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import TwilioError
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation, json_object
from twilio_sansio.core.resources._build import ResourceOperations
from twilio_sansio.core.resources.lookups.packages import LineType
from twilio_sansio.core.resources.lookups.phone_numbers import (
    LookupField,
    LookupPhoneNumberOperations,
    NumberValidationError,
    PhoneNumberLookup,
)


class NumberLookupError(TwilioError):
    """Lookup answered, but gave no line type: the number is invalid, or the package failed.

    Attributes:
        phone_number: The number as Twilio read it (E.164 when valid, else as sent).
        valid: Whether Twilio found the number valid (False: see ``validation_errors``).
        validation_errors: Why the number is invalid (``TOO_LONG``, ...); empty if valid.
        error_code: The line type package's own error code, when it failed; else None.
        lookup: The whole answer.
    """

    def __init__(self, lookup: PhoneNumberLookup) -> None:
        self.lookup = lookup
        self.phone_number = lookup.phone_number or ""
        self.valid = bool(lookup.valid)
        self.validation_errors: tuple[NumberValidationError, ...] = lookup.validation_errors or ()
        package = lookup.line_type_intelligence
        self.error_code = None if package is None else package.error_code
        super().__init__(self._describe())

    def _describe(self) -> str:
        shown = self.phone_number or "the number"
        if not self.valid:
            reasons = ", ".join(self.validation_errors) or "no reason given"
            return f"{shown} is not a valid phone number ({reasons})"
        if self.error_code is not None:
            return f"Lookup could not tell the line type of {shown} (error {self.error_code})"
        return f"Lookup gave no line type for {shown}"


def parse_line_type(request: Request, response: Response) -> LineType:
    """Read the line type out of a lookup's answer.

    Raises:
        NumberLookupError: the number is invalid, or the answer has no line type.
        APIError: Twilio answered with an error.
        UnexpectedResponseError: the response is not Twilio's JSON.
    """
    lookup = PhoneNumberLookup.from_json(json_object(request, response))
    line_type = lookup.line_type if lookup.valid is not False else None
    if line_type is None:
        raise NumberLookupError(lookup)
    return line_type


class LookupOperations(ResourceOperations):
    """Builds the operations of Lookup v2's helpers (``client.lookups``)."""

    __slots__ = ()

    def line_type(
        self, /, phone_number: str, *, country_code: str | None = None, **params: ParamValue
    ) -> Operation[LineType]:
        """Find what kind of line a number is (mobile, landline, VoIP, toll-free, ...).

        One lookup with the ``line_type_intelligence`` package (a paid package).

        Args:
            phone_number: The number, in E.164 or national form (see
                ``client.lookups.phone_numbers.get``).
            country_code: The ISO 3166 country of a national number.
            **params: Any other lookup parameter, by Twilio's name.

        Returns:
            The operation that looks the number up and returns its :class:`LineType`
            (``LineType.MOBILE``, ...; a type Twilio adds later reads as a stand-in member).

        Raises:
            InvalidArgument: the number is not shaped like one, or the country code is
                not two letters (before anything is sent).
            NumberLookupError: Twilio found the number invalid (``error.validation_errors``
                says why), or could not tell its line type (``error.error_code``).
        """
        lookup = LookupPhoneNumberOperations(self.config).get(
            phone_number,
            fields=[LookupField.LINE_TYPE_INTELLIGENCE],
            country_code=country_code,
            **params,
        )
        return Operation(lookup.request, parse_line_type)
