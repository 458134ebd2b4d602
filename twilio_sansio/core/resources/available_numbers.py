"""Available phone numbers (API 2010): the countries, and searches for numbers to buy.

``/Accounts/{sid}/AvailablePhoneNumbers.json`` lists the countries Twilio sells numbers
in; under each country, one listing per number type (``Local``, ``TollFree``, ...)
searches the numbers for sale. A number found here is bought with
``client.incoming_numbers.buy_number(number.phone_number)``.

This module also holds the checks the phone-number resources share: country codes, area
codes and on/off filters.
"""

from __future__ import annotations

import math
import re

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Boolean, Choice, Field, Object, Record, Text
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.phone import normalize_address
from twilio_sansio.core.resources._build import account_path, fetch
from twilio_sansio.core.resources._listing import ListingOperations, page_query
from twilio_sansio.core.validation import check_flag, check_page_size, check_text, optional_text
from twilio_sansio.core.values import MalformedValue

_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}\Z", re.ASCII)
_AREA_CODE = re.compile(r"[0-9]{3}\Z", re.ASCII)


class NumberType(OpenStrEnum):
    """The kinds of number Twilio sells, as named in the search paths."""

    LOCAL = "Local"
    TOLL_FREE = "TollFree"
    MOBILE = "Mobile"
    NATIONAL = "National"
    VOIP = "Voip"
    SHARED_COST = "SharedCost"
    MACHINE_TO_MACHINE = "MachineToMachine"


class AddressRequirement(OpenStrEnum):
    """Whether a number needs an Address registered with Twilio, and of which kind."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


def _as_float(value: object) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise MalformedValue("expected a number, got a boolean")
    if isinstance(value, int | float | str):
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    raise MalformedValue(f"expected a number, got {value!r:.60}")


def Coordinate(key: str | None = None) -> Field[float | None]:
    """A latitude or longitude, which Twilio sends as a string (``"37.7749"``) or number."""
    return Field(_as_float, key)


class AvailablePhoneNumberCountry(Record):
    """A country Twilio sells numbers in, with the URIs of its number-type searches."""

    __slots__ = ()

    country_code = Text()
    country = Text()
    uri = Text()
    beta = Boolean()
    subresource_uris = Object()


class AvailablePhoneNumber(Record):
    """A phone number for sale, as a search returns it (the same for every number type)."""

    __slots__ = ()

    friendly_name = Text()
    phone_number = Text()
    lata = Text()
    locality = Text()
    rate_center = Text()
    latitude = Coordinate()
    longitude = Coordinate()
    region = Text()
    postal_code = Text()
    iso_country = Text()
    address_requirements = Choice(AddressRequirement)
    beta = Boolean()
    capabilities = Object()


def check_country_code(value: object) -> str:
    """Return an ISO 3166-1 alpha-2 country code in upper case (``"us"`` → ``"US"``).

    Raises:
        InvalidArgument: the value is not a string of two ASCII letters.
    """
    if not isinstance(value, str) or not _COUNTRY_CODE.match(value):
        raise InvalidArgument(
            f"country_code must be a two-letter ISO 3166 code like 'US', not {value!r:.40}"
        )
    return value.upper()


def check_area_code(value: object) -> str:
    """Return a three-digit North American area code (``415`` or ``"415"``) as a string.

    Raises:
        InvalidArgument: the value is not three digits.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _AREA_CODE.match(value):
        raise InvalidArgument(f"area_code must be three digits like '415', not {value!r:.40}")
    return value


def check_number_type(value: object) -> NumberType:
    """Return the declared :class:`NumberType` named by ``value`` (any letter case).

    Raises:
        InvalidArgument: ``value`` names no number type this library knows.
    """
    if isinstance(value, str):
        for member in NumberType:
            if value.lower() in (member.value.lower(), member.name.lower()):
                return member
    known = ", ".join(member.value for member in NumberType)
    raise InvalidArgument(f"number_type must be one of {known}, not {value!r:.40}")


def _lat_long(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return check_text("near_lat_long", value)
    if isinstance(value, tuple) and len(value) == 2:
        lat, long = value
        if all(isinstance(v, int | float) and not isinstance(v, bool) for v in value) and (
            -90 <= lat <= 90 and -180 <= long <= 180
        ):
            return f"{float(lat)!r},{float(long)!r}"
    raise InvalidArgument(
        "near_lat_long must be 'lat,long' or a (latitude, longitude) pair within range, "
        f"not {value!r:.60}"
    )


def _distance(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise InvalidArgument(f"distance must be a whole number of miles >= 0, not {value!r:.40}")


class AvailableNumberOperations(
    ListingOperations["AvailableNumberOperations", AvailablePhoneNumber]
):
    """Builds the operations that find phone numbers for sale.

    Attributes:
        countries_lister: How pages of countries are read.
    """

    __slots__ = ("countries_lister",)

    model = AvailablePhoneNumber
    list_key = "available_phone_numbers"
    path = "AvailablePhoneNumbers/{}"
    parent_name = "country_code"

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.countries_lister: Lister[AvailablePhoneNumberCountry] = Lister(
            config, self.product, "countries", AvailablePhoneNumberCountry.from_json
        )

    def get_countries_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[AvailablePhoneNumberCountry]]:
        """List the countries Twilio sells phone numbers in.

        Args:
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation for the first page of countries.

        Raises:
            InvalidArgument: the page size is outside 1..1000.
        """
        path = account_path(self.config, "AvailablePhoneNumbers")
        return self.countries_lister.first(path, page_query(page_size, params))

    def get_countries_page_at(self, /, cursor: str) -> Operation[Page[AvailablePhoneNumberCountry]]:
        """Fetch the page of countries a saved cursor (``page.cursor``) points to.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.countries_lister.at(cursor)

    def get_country(self, /, country_code: str) -> Operation[AvailablePhoneNumberCountry]:
        """Fetch one country and the URIs of its number-type searches.

        Args:
            country_code: The ISO 3166-1 alpha-2 code (``"US"``; any letter case).

        Returns:
            The operation that fetches the :class:`AvailablePhoneNumberCountry`.

        Raises:
            InvalidArgument: ``country_code`` is not two letters.
        """
        code = check_country_code(country_code)
        path = account_path(self.config, "AvailablePhoneNumbers", sid=code)
        return fetch(self.config, path, AvailablePhoneNumberCountry.from_json)

    def get_page(
        self,
        /,
        country_code: str,
        number_type: NumberType | str,
        *,
        area_code: int | str | None = None,
        contains: str | None = None,
        sms_enabled: bool | None = None,
        mms_enabled: bool | None = None,
        voice_enabled: bool | None = None,
        fax_enabled: bool | None = None,
        exclude_all_address_required: bool | None = None,
        exclude_local_address_required: bool | None = None,
        exclude_foreign_address_required: bool | None = None,
        beta: bool | None = None,
        near_number: str | None = None,
        near_lat_long: str | tuple[float, float] | None = None,
        distance: int | None = None,
        in_postal_code: str | None = None,
        in_region: str | None = None,
        in_rate_center: str | None = None,
        in_lata: str | None = None,
        in_locality: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[AvailablePhoneNumber]]:
        """Search the numbers of one type for sale in a country.

        Args:
            country_code: The ISO 3166-1 alpha-2 code (``"US"``; any letter case).
            number_type: A :class:`NumberType` or its name (``"TollFree"``, ``"toll_free"``).
            area_code: Only numbers in this three-digit area code (US and Canada).
            contains: Only numbers matching this pattern (``"555"``, ``"+1415*******"``,
                letters spelling digits, ``%`` and ``$`` as Twilio documents).
            sms_enabled: Only numbers that can (True) or cannot (False) send SMS.
            mms_enabled: Likewise for MMS.
            voice_enabled: Likewise for voice calls.
            fax_enabled: Likewise for fax.
            exclude_all_address_required: Leave out numbers that need any Address.
            exclude_local_address_required: Leave out numbers that need a local Address.
            exclude_foreign_address_required: Leave out numbers that need a foreign Address.
            beta: Whether to include numbers new to Twilio (Twilio's default is True).
            near_number: Only numbers near this one (US and Canada); E.164 is written.
            near_lat_long: Only numbers near this point: ``"37.77,-122.42"`` or a
                ``(latitude, longitude)`` pair.
            distance: The search radius for ``near_*`` filters, in miles (up to 500).
            in_postal_code: Only numbers in this postal code.
            in_region: Only numbers in this region (a US state, ``"CA"``).
            in_rate_center: Only numbers in this rate center (needs ``in_lata``).
            in_lata: Only numbers in this LATA.
            in_locality: Only numbers in this locality (a city).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation for the first page of matching numbers.

        Raises:
            InvalidArgument: the country code, number type or a filter is malformed.
        """
        code = check_country_code(country_code)
        kind = check_number_type(number_type)
        region = self.config.default_region
        query: dict[str, ParamValue] = {
            "AreaCode": None if area_code is None else check_area_code(area_code),
            "Contains": optional_text("contains", contains),
            "SmsEnabled": check_flag("sms_enabled", sms_enabled),
            "MmsEnabled": check_flag("mms_enabled", mms_enabled),
            "VoiceEnabled": check_flag("voice_enabled", voice_enabled),
            "FaxEnabled": check_flag("fax_enabled", fax_enabled),
            "ExcludeAllAddressRequired": check_flag(
                "exclude_all_address_required", exclude_all_address_required
            ),
            "ExcludeLocalAddressRequired": check_flag(
                "exclude_local_address_required", exclude_local_address_required
            ),
            "ExcludeForeignAddressRequired": check_flag(
                "exclude_foreign_address_required", exclude_foreign_address_required
            ),
            "Beta": check_flag("beta", beta),
            "NearNumber": None if near_number is None else normalize_address(near_number, region),
            "NearLatLong": _lat_long(near_lat_long),
            "Distance": _distance(distance),
            "InPostalCode": optional_text("in_postal_code", in_postal_code),
            "InRegion": optional_text("in_region", in_region),
            "InRateCenter": optional_text("in_rate_center", in_rate_center),
            "InLata": optional_text("in_lata", in_lata),
            "InLocality": optional_text("in_locality", in_locality),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self.lister.first(self._path(code, kind.value), query)
