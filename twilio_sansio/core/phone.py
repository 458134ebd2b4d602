"""Phone numbers in E.164 form, and the normalisation applied to ``From``/``To`` values.

:class:`PhoneNumber` is a ``str`` holding an E.164 number (``"+14105551234"``),
validated with the ``phonenumbers`` library. That library (and its metadata, about
15 ms to import) is imported on first use, not when this module is imported.

:func:`normalize_address` is what the client applies to addresses: phone-like input is
validated and turned into E.164; channel addresses (``whatsapp:+1…``,
``client:alice``, ``sip:…``), short codes and alphanumeric sender IDs pass through
unchanged. :func:`normalize_recipient` is the stricter form for a message's ``To``, which
Twilio only delivers to phone numbers and channel addresses.
"""

from __future__ import annotations

import functools
import re

from twilio_sansio.core.errors import InvalidArgument

__all__ = ["PhoneNumber", "normalize_address", "normalize_recipient"]

_CACHE_SIZE = 4096
# phonenumbers refuses longer input anyway; refusing it first keeps it out of the cache.
_MAX_INPUT_LENGTH = 250

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_REGION = re.compile(r"[A-Za-z]{2}", re.ASCII)
# "whatsapp:", "client:", "sip:", "messenger:", ...: any URI-scheme-like word and a colon.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+._-]*:", re.ASCII)
_SHORT_CODE = re.compile(r"[0-9]{5,6}", re.ASCII)
# Digits (any script: phonenumbers reads them all) with an optional leading +, and the
# usual separators. Letters make input not phone-like (alphanumeric sender IDs).
_PHONE_LIKE = re.compile(r"\s*\+?[\d\s().\-/]*\d[\d\s().\-/]*")


class PhoneNumber(str):
    """A valid phone number, held as its E.164 string (e.g. ``"+14105551234"``).

    Being a ``str``, it can be used wherever Twilio expects a number. Build one with
    :meth:`parse` or the constructor (the two are the same): either way it has been
    validated, so there is no such thing as an invalid ``PhoneNumber``. Twilio's magic
    test numbers (``+15005550006``, ...) are valid numbers like any other.

    Args:
        text: The number in any format ``phonenumbers`` reads: ``"+1 410-555-1234"``,
            ``"(410) 555-1234"`` with a region, ``"tel:+14105551234"``, ...
        region: The ISO 3166 country code (``"US"``, ``"gb"``) the number is dialled
            from, for numbers written without ``+`` and a country code.

    Raises:
        InvalidArgument: ``text`` is not a valid phone number (or carries an extension,
            which E.164 cannot hold), or ``region`` is not a known region code.

    """

    __slots__ = ()

    def __new__(cls, text: str, region: str | None = None) -> PhoneNumber:
        """Validate ``text`` and build the number; the same as :meth:`parse`."""
        if type(text) is PhoneNumber and cls is PhoneNumber:
            return text
        return str.__new__(cls, _e164_of(_check_text(text), _check_region(region)))

    @classmethod
    def parse(cls, text: str, region: str | None = None) -> PhoneNumber:
        """Validate a phone number and return it in E.164 form.

        Results are cached (up to 4096 distinct inputs), so parsing the same numbers
        again, as when sending thousands of messages, costs a dictionary lookup.

        Args:
            text: The number in any format ``phonenumbers`` reads, e.g.
                ``"+1 (410) 555-1234"``; or ``"410-555-1234"`` with ``region="US"``.
            region: The ISO 3166 country code to read a number without ``+`` and a
                country code in; None to require the ``+``.

        Returns:
            The number, as a :class:`PhoneNumber`.

        Raises:
            InvalidArgument: ``text`` is not a valid phone number, has an extension, or
                needs a region that was not given; or ``region`` is unknown.

        """
        return cls(text, region)

    @property
    def e164(self) -> str:
        """The number in E.164 form, as a plain ``str`` (``"+14105551234"``)."""
        return str.__str__(self)

    def national(self) -> str:
        """Format the number as it is dialled within its country.

        Returns:
            The national form, e.g. ``"(410) 555-1234"`` for ``+14105551234``.

        """
        return _formats_of(self.e164)[0]

    def international(self) -> str:
        """Format the number as it is written for readers abroad.

        Returns:
            The international form, e.g. ``"+1 410-555-1234"`` for ``+14105551234``.

        """
        return _formats_of(self.e164)[1]

    def __repr__(self) -> str:
        return f"PhoneNumber({self.e164!r})"


def normalize_address(value: str, region: str | None = None) -> str:
    r"""Normalise a ``From``/``To`` address before it is sent to Twilio.

    Only phone-like input (digits, an optional leading ``+``, spaces, dashes, dots,
    slashes and parentheses) is validated; it is returned as a :class:`PhoneNumber`
    in E.164 form. Everything else passes through unchanged, for Twilio to judge:

    - channel addresses with a scheme prefix: ``whatsapp:+14105551234``,
      ``client:alice``, ``sip:alice@example.com``, ``messenger:123``, ...;
    - short codes: five or six digits (``"12345"``);
    - alphanumeric sender IDs: letters, digits and spaces with at least one letter
      (``"MyCompany"``); anything else that contains a letter is passed through too.

    Args:
        value: The address.
        region: The ISO 3166 country code to read a phone number without ``+`` and a
            country code in (the client's default region).

    Returns:
        The E.164 number for phone-like input, else ``value`` itself.

    Raises:
        InvalidArgument: ``value`` is not a string, is empty or blank, contains a control
            character (``\r``, ``\n``, ``\x00``, ...), or is phone-like but not a valid
            phone number; or ``region`` is unknown.

    """
    if type(value) is PhoneNumber:  # validated when it was built
        return value
    if not isinstance(value, str):
        raise InvalidArgument(f"an address must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidArgument(f"an address must not be empty, got {value!r}")
    if _CONTROL.search(value):
        raise InvalidArgument(f"an address must not contain control characters: {value!r}")
    if _SCHEME.match(value) or _SHORT_CODE.fullmatch(value):
        return value
    if _PHONE_LIKE.fullmatch(value):
        return PhoneNumber.parse(value, region)
    return value


def normalize_recipient(value: str, region: str | None = None, *, name: str = "to") -> str:
    """Normalise the recipient (``To``) of a message, refusing senders-only addresses.

    Twilio delivers messages to phone numbers and to channel addresses only. Alphanumeric
    sender IDs (``"MyCompany"``) and short codes (``"12345"``) send messages but cannot
    receive them: Twilio refuses either as ``To`` with error 21211, so they are refused
    here before anything is sent. Otherwise this is :func:`normalize_address`:

    - phone-like input is validated and returned in E.164 form;
    - channel addresses with a scheme prefix (``whatsapp:+14105551234``,
      ``messenger:1234567890``, ``rcs:…``) pass through unchanged, for Twilio to judge.

    Args:
        value: The recipient.
        region: The ISO 3166 country code to read a phone number without ``+`` and a
            country code in (the client's default region).
        name: The argument's name, for the error message.

    Returns:
        The E.164 number, or the channel address itself.

    Raises:
        InvalidArgument: everything :func:`normalize_address` refuses, and a short code
            or any other address that is neither a phone number nor a channel address.

    """
    address = normalize_address(value, region)
    if isinstance(address, PhoneNumber) or _SCHEME.match(address):
        return address
    shown = address if len(address) <= 40 else address[:37] + "..."
    if _SHORT_CODE.fullmatch(address):
        raise InvalidArgument(
            f"{name} must be a phone number or a channel address, not the short code "
            f"{shown!r}: short codes send messages but cannot receive them (Twilio error "
            "21211); write a phone number with + and the country code"
        )
    raise InvalidArgument(
        f"{name} must be a phone number (such as '+14105551234') or a channel address "
        f"(such as 'whatsapp:+14105551234'), not {shown!r}, which Twilio refuses as a "
        "recipient (error 21211): an alphanumeric sender ID can only be the sender"
    )


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InvalidArgument(f"a phone number must be a string, got {type(text).__name__}")
    if _CONTROL.search(text):
        raise InvalidArgument(f"not a valid phone number: {text!r} (control character)")
    if len(text) > _MAX_INPUT_LENGTH:
        raise InvalidArgument(
            f"not a valid phone number: {text[:40]!r}... ({len(text)} characters)"
        )
    return str.__str__(text)


def _check_region(region: object) -> str | None:
    if region is None:
        return None
    if not isinstance(region, str) or not _REGION.fullmatch(region):
        raise InvalidArgument(
            f"a region must be a two-letter ISO 3166 country code like 'US', got {region!r}"
        )
    return region.upper()


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _e164_of(text: str, region: str | None) -> str:
    import phonenumbers  # lazy: its metadata is slow to import

    if region is not None and region not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidArgument(f"unknown region {region!r}: expected an ISO 3166 country code")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise _invalid(text, region, str(exc.args[0]) if exc.args else "unreadable") from None
    if number.extension:
        raise InvalidArgument(
            f"not a valid phone number: {text!r} has an extension ({number.extension}), "
            "which Twilio cannot dial from E.164"
        )
    if not phonenumbers.is_valid_number(number):
        raise _invalid(text, region, "no such number in the numbering plan")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _formats_of(e164: str) -> tuple[str, str]:
    import phonenumbers  # lazy: its metadata is slow to import

    number = phonenumbers.parse(e164, None)
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    )


def _invalid(text: str, region: str | None, reason: str) -> InvalidArgument:
    if not text.lstrip().startswith("+"):
        if region is None:
            return InvalidArgument(
                f"not a valid phone number: {text!r}: write it with + and the country code "
                "(e.g. '+14105551234'), or say which country it is in (default_region='US' "
                "on the client, region='US' to PhoneNumber.parse)"
            )
        return InvalidArgument(
            f"not a valid phone number in region {region}: {text!r} ({reason.rstrip('.')})"
        )
    return InvalidArgument(f"not a valid phone number: {text!r} ({reason.rstrip('.')})")
