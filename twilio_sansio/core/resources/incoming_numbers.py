"""Incoming phone numbers (API 2010): the numbers an account owns, bought and released here.

``/Accounts/{sid}/IncomingPhoneNumbers`` holds every number of the account; the
``Local``, ``Mobile`` and ``TollFree`` listings under it show (and buy) one kind only.
All of them return the same record, :class:`IncomingPhoneNumber`. Find a number to buy
with ``client.available_numbers``.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Boolean, Choice, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.phone import normalize_address
from twilio_sansio.core.resources._listing import DeletableOperations
from twilio_sansio.core.resources.available_numbers import AddressRequirement, check_area_code
from twilio_sansio.core.validation import check_flag, check_page_size, check_text, optional_text

INCOMING_NUMBER_SID_PREFIX = "PN"
RESOURCE = "IncomingPhoneNumbers"


class VoiceReceiveMode(OpenStrEnum):
    """Whether a number answers calls as voice or as fax."""

    VOICE = "voice"
    FAX = "fax"


class EmergencyStatus(OpenStrEnum):
    """Whether the number may place emergency calls."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"


class EmergencyAddressStatus(OpenStrEnum):
    """Where the number's emergency address is in its registration."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"


class IncomingPhoneNumber(Record):
    """A phone number (``PN…``) the account owns, with what it does with calls and messages."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    phone_number = Text()
    friendly_name = Text()
    origin = Text()
    status = Text()
    type = Text()
    beta = Boolean()
    capabilities = Object()
    address_sid = Text()
    address_requirements = Choice(AddressRequirement)
    identity_sid = Text()
    bundle_sid = Text()
    trunk_sid = Text()
    api_version = Text()
    sms_application_sid = Text()
    sms_url = Text()
    sms_method = Text()
    sms_fallback_url = Text()
    sms_fallback_method = Text()
    status_callback = Text()
    status_callback_method = Text()
    voice_receive_mode = Choice(VoiceReceiveMode)
    voice_application_sid = Text()
    voice_caller_id_lookup = Boolean()
    voice_url = Text()
    voice_method = Text()
    voice_fallback_url = Text()
    voice_fallback_method = Text()
    emergency_status = Choice(EmergencyStatus)
    emergency_address_sid = Text()
    emergency_address_status = Choice(EmergencyAddressStatus)
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


def _number_pattern(value: object, region: str | None) -> str:
    """A full number is written in E.164; a partial one (``"555"``, ``"+1415*"``) is kept."""
    text = check_text("phone_number", value)
    try:
        return normalize_address(text, region)
    except InvalidArgument:
        return text


class IncomingNumberOperations(
    DeletableOperations["IncomingNumberOperations", IncomingPhoneNumber]
):
    """Builds every operation on the account's phone numbers.

    Deleting a number releases it (see :meth:`release`). The ``Local``, ``Mobile`` and
    ``TollFree`` listings read the same records as the whole account's listing, so
    :meth:`get_page_at` resumes any of them.
    """

    __slots__ = ()

    model = IncomingPhoneNumber
    list_key = "incoming_phone_numbers"
    path = RESOURCE
    sid_prefixes = (INCOMING_NUMBER_SID_PREFIX,)

    def buy_number(
        self,
        /,
        phone_number: str | None = None,
        *,
        area_code: int | str | None = None,
        **params: ParamValue,
    ) -> Operation[IncomingPhoneNumber]:
        """Buy a phone number: a given one, or any one in a US or Canadian area code.

        Args:
            phone_number: The number to buy, as an available-number search returned it;
                written in E.164.
            area_code: Instead of ``phone_number``: buy any number in this area code.
            **params: Any other parameter, by Twilio's name (``VoiceUrl=...``,
                ``SmsUrl=...``, ``FriendlyName=...``).

        Returns:
            The operation that buys the number and parses the new
            :class:`IncomingPhoneNumber`.

        Raises:
            InvalidArgument: not exactly one of ``phone_number`` and ``area_code`` is
                given, it is malformed, or ``PhoneNumber``/``AreaCode`` is passed in
                ``params`` instead.
        """
        if "PhoneNumber" in params or "AreaCode" in params:
            raise InvalidArgument("pass phone_number= or area_code=, not PhoneNumber/AreaCode")
        if (phone_number is None) == (area_code is None):
            raise InvalidArgument("buy_number needs exactly one of phone_number and area_code")
        return self.create(PhoneNumber=phone_number, AreaCode=area_code, **params)

    def create(self, /, **params: ParamValue) -> Operation[IncomingPhoneNumber]:
        """Buy a number from Twilio's own parameter names (``PhoneNumber`` or ``AreaCode``).

        Prefer :meth:`buy_number`; this is the Go library's ``Create``.

        Raises:
            InvalidArgument: neither ``PhoneNumber`` nor ``AreaCode`` is given, or one
                is malformed.
        """
        form = dict(params)
        number, area = form.get("PhoneNumber"), form.get("AreaCode")
        if number is None and area is None:
            raise InvalidArgument("buying a number needs a PhoneNumber or an AreaCode")
        if number is not None:
            form["PhoneNumber"] = self._number(number)
        if area is not None:
            form["AreaCode"] = check_area_code(area)
        return self._post(self._path(), form)

    def create_local(
        self, /, phone_number: str, **params: ParamValue
    ) -> Operation[IncomingPhoneNumber]:
        """Buy a local number through the ``Local`` listing.

        Args:
            phone_number: The number to buy; written in E.164.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that buys the number and parses the new record.

        Raises:
            InvalidArgument: ``phone_number`` is not a valid number.
        """
        return self._create_kind("Local", phone_number, params)

    def create_mobile(
        self, /, phone_number: str, **params: ParamValue
    ) -> Operation[IncomingPhoneNumber]:
        """Buy a mobile number through the ``Mobile`` listing; see :meth:`create_local`.

        Raises:
            InvalidArgument: ``phone_number`` is not a valid number.
        """
        return self._create_kind("Mobile", phone_number, params)

    def create_toll_free(
        self, /, phone_number: str, **params: ParamValue
    ) -> Operation[IncomingPhoneNumber]:
        """Buy a toll-free number through the ``TollFree`` listing; see :meth:`create_local`.

        Raises:
            InvalidArgument: ``phone_number`` is not a valid number.
        """
        return self._create_kind("TollFree", phone_number, params)

    def _number(self, value: ParamValue) -> str:
        if not isinstance(value, str):
            raise InvalidArgument(f"phone_number must be a string, not {type(value).__name__}")
        return normalize_address(value, self.config.default_region)

    def _create_kind(
        self, kind: str, phone_number: str, params: dict[str, ParamValue]
    ) -> Operation[IncomingPhoneNumber]:
        if "PhoneNumber" in params:
            raise InvalidArgument("pass phone_number=, not PhoneNumber")
        form = {"PhoneNumber": self._number(phone_number), **params}
        return self._post(self._path(tail=kind), form)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[IncomingPhoneNumber]:
        """Change a number's settings with Twilio's parameters (``VoiceUrl``, ``SmsUrl``…).

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

    def release(self, /, sid: str) -> Operation[None]:
        """Release a number: the account stops paying for it and it stops working.

        A number that is already gone (404) is not an error, as in the Go library, so a
        retried release stays safe.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return self.delete(sid)

    def get_page(
        self,
        /,
        *,
        phone_number: str | None = None,
        friendly_name: str | None = None,
        beta: bool | None = None,
        origin: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[IncomingPhoneNumber]]:
        """List the account's numbers, one page per operation.

        Args:
            phone_number: Only numbers matching this: a full number (written in E.164)
                or a partial one with ``*`` for any digit (``"+1415*******"``, ``"555"``).
            friendly_name: Only numbers with exactly this friendly name.
            beta: Whether to include numbers new to Twilio (Twilio's default is True).
            origin: Only numbers of this origin: ``"twilio"`` or ``"hosted"``.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        query = self._filters(phone_number, friendly_name, beta, origin, page_size, params)
        return self._first_page(query)

    def get_local_page(
        self,
        /,
        *,
        phone_number: str | None = None,
        friendly_name: str | None = None,
        beta: bool | None = None,
        origin: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[IncomingPhoneNumber]]:
        """List the account's local numbers; the filters are those of :meth:`get_page`.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        query = self._filters(phone_number, friendly_name, beta, origin, page_size, params)
        return self.lister.first(self._path(tail="Local"), query)

    def get_mobile_page(
        self,
        /,
        *,
        phone_number: str | None = None,
        friendly_name: str | None = None,
        beta: bool | None = None,
        origin: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[IncomingPhoneNumber]]:
        """List the account's mobile numbers; the filters are those of :meth:`get_page`.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        query = self._filters(phone_number, friendly_name, beta, origin, page_size, params)
        return self.lister.first(self._path(tail="Mobile"), query)

    def get_toll_free_page(
        self,
        /,
        *,
        phone_number: str | None = None,
        friendly_name: str | None = None,
        beta: bool | None = None,
        origin: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[IncomingPhoneNumber]]:
        """List the account's toll-free numbers; the filters are those of :meth:`get_page`.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        query = self._filters(phone_number, friendly_name, beta, origin, page_size, params)
        return self.lister.first(self._path(tail="TollFree"), query)

    def get_local_page_at(self, /, cursor: str) -> Operation[Page[IncomingPhoneNumber]]:
        """Fetch the page of local numbers a saved cursor points to, as :meth:`get_page_at`.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)

    def get_mobile_page_at(self, /, cursor: str) -> Operation[Page[IncomingPhoneNumber]]:
        """Fetch the page of mobile numbers a saved cursor points to, as :meth:`get_page_at`.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)

    def get_toll_free_page_at(self, /, cursor: str) -> Operation[Page[IncomingPhoneNumber]]:
        """Fetch the page of toll-free numbers a saved cursor points to, as :meth:`get_page_at`.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)

    def _filters(
        self,
        phone_number: str | None,
        friendly_name: str | None,
        beta: bool | None,
        origin: str | None,
        page_size: int | None,
        params: dict[str, ParamValue],
    ) -> dict[str, ParamValue]:
        region = self.config.default_region
        return {
            "PhoneNumber": None if phone_number is None else _number_pattern(phone_number, region),
            "FriendlyName": optional_text("friendly_name", friendly_name),
            "Beta": check_flag("beta", beta),
            "Origin": optional_text("origin", origin),
            "PageSize": check_page_size(page_size),
            **params,
        }
