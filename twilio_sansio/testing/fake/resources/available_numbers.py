"""Available phone numbers: the countries the fake sells numbers in, and number searches.

Nothing is stocked: each search draws fresh numbers from the store's random source (the
same seed and requests give the same numbers), shaped like the country's real numbers
(``+1 415 NXX XXXX`` in San Francisco, ``+44 20 7XXX XXXX`` in London) and never one an
account owns. The filters narrow where a number is drawn from rather than what is kept,
so a ``Contains`` pattern or an area code always finds numbers when any could match.

Twilio's magic area codes apply to the US and Canada: ``533`` has no numbers, ``500``
has only the magic valid number ``+15005550006``. As on Twilio, a search answers one
page: ``next_page_uri`` is always null.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from itertools import islice

import attrs

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake import magic
from twilio_sansio.testing.fake.resources._common import (
    ACCOUNT,
    INCOMING_NUMBERS,
    account_path,
)
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record
from twilio_sansio.testing.fake.wire import (
    Incoming,
    invalid_parameter,
    json_response,
    not_found,
    with_query,
)

DIGITS = "0123456789"
NANP_EXCHANGE = "23456789"
"""The first digit of a North American exchange (NXX) is never 0 or 1."""

MAGIC_NO_NUMBERS_AREA = "533"
MAGIC_VALID_AREA = "500"
DEFAULT_DISTANCE_MILES = 25
MAX_DISTANCE_MILES = 500
_KEYPAD = {
    letter: digit
    for digit, letters in {
        "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    }.items()
    for letter in letters
}  # fmt: skip
NOWHERE = (math.nan, math.nan)
"""Where a ``NearNumber`` of no known place is: near no number at all."""
_PATTERN_CHARACTERS = re.compile(r"[0-9A-Za-z*%+$]{2,16}")


@attrs.frozen(slots=True)
class Area:
    """Where numbers of one prefix are: the digits they start with and their place.

    Attributes:
        prefix: The national digits every number here starts with (``"415"``, ``"20"``).
        length: How many digits the national number has.
        next_digits: The digits allowed right after the prefix.
        region: The state, province or nation (``"CA"``), or None.
        locality: The city, or None.
        rate_center: The North American rate center, or None.
        lata: The North American LATA, or None.
        latitude: Where the area is, or None.
        longitude: Where the area is, or None.
        postal_code: A postal code of the area, or None.
    """

    prefix: str
    length: int = 10
    next_digits: str = DIGITS
    region: str | None = None
    locality: str | None = None
    rate_center: str | None = None
    lata: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    postal_code: str | None = None


@attrs.frozen(slots=True)
class Offer:
    """One type of number a country sells, and what such numbers can do.

    Attributes:
        kind: The type as named in the search path (``"TollFree"``).
        uri_key: Its key in a country's ``subresource_uris`` (``"toll_free"``).
        number_type: The ``type`` an incoming number of this kind shows.
        areas: Where the numbers are.
        voice: Whether the numbers take calls.
        sms: Whether they take SMS.
        mms: Whether they take MMS.
        fax: Whether they take faxes.
        address_requirements: Twilio's address requirement for buying one.
    """

    kind: str
    uri_key: str
    number_type: str
    areas: tuple[Area, ...]
    voice: bool = True
    sms: bool = True
    mms: bool = True
    fax: bool = False
    address_requirements: str = "none"

    def capabilities(self) -> dict[str, bool]:
        """The capabilities as an available number shows them (``SMS``, ``MMS`` in capitals)."""
        return {"voice": self.voice, "SMS": self.sms, "MMS": self.mms, "fax": self.fax}


@attrs.frozen(slots=True)
class Country:
    """A country the fake sells numbers in."""

    code: str
    name: str
    calling_code: str
    offers: tuple[Offer, ...]

    def offer(self, kind: str) -> Offer | None:
        """Return the offer of ``kind`` (``"Local"``), or None when none is sold here."""
        return next((offer for offer in self.offers if offer.kind == kind), None)


def _nanp(code: str, region: str, locality: str, center: str, lata: str | None,
          latitude: float, longitude: float, postal: str) -> Area:  # fmt: skip
    return Area(
        code, 10, NANP_EXCHANGE, region, locality, center, lata, latitude, longitude, postal
    )


US_AREAS = (
    _nanp("415", "CA", "San Francisco", "SNFC CNTRL", "722", 37.7749, -122.4194, "94103"),
    _nanp("510", "CA", "Oakland", "OKLD", "722", 37.8044, -122.2712, "94612"),
    _nanp("650", "CA", "Palo Alto", "PALO ALTO", "722", 37.4419, -122.1430, "94301"),
    _nanp("213", "CA", "Los Angeles", "LSAN DA 01", "730", 34.0522, -118.2437, "90012"),
    _nanp("212", "NY", "New York", "NWYRCYZN01", "132", 40.7128, -74.0060, "10007"),
    _nanp("718", "NY", "Brooklyn", "NWYRCYZN03", "132", 40.6782, -73.9442, "11201"),
    _nanp("312", "IL", "Chicago", "CHICAGO", "358", 41.8781, -87.6298, "60602"),
    _nanp("206", "WA", "Seattle", "SEATTLE", "674", 47.6062, -122.3321, "98101"),
    _nanp("512", "TX", "Austin", "AUSTIN", "558", 30.2672, -97.7431, "78701"),
    _nanp("617", "MA", "Boston", "BOSTON", "128", 42.3601, -71.0589, "02108"),
    _nanp("305", "FL", "Miami", "MIAMI", "460", 25.7617, -80.1918, "33130"),
    _nanp("303", "CO", "Denver", "DENVER", "656", 39.7392, -104.9903, "80202"),
    _nanp("404", "GA", "Atlanta", "ATLANTA", "438", 33.7490, -84.3880, "30303"),
    _nanp("808", "HI", "Hilo", "HILO", "834", 19.7200, -155.0900, "96720"),
)
CA_AREAS = (
    _nanp("416", "ON", "Toronto", "TORONTO", None, 43.6532, -79.3832, "M5H"),
    _nanp("613", "ON", "Ottawa", "OTTAWAHULL", None, 45.4215, -75.6972, "K1P"),
    _nanp("514", "QC", "Montreal", "MONTREAL", None, 45.5017, -73.5673, "H2Y"),
    _nanp("604", "BC", "Vancouver", "VANCOUVER", None, 49.2827, -123.1207, "V6B"),
    _nanp("403", "AB", "Calgary", "CALGARY", None, 51.0447, -114.0719, "T2P"),
)
NANP_TOLL_FREE = tuple(
    Area(code, 10, NANP_EXCHANGE) for code in ("800", "833", "844", "855", "866", "877", "888")
)
GB_LOCAL = (
    Area("20", 10, "378", "England", "London", latitude=51.5074, longitude=-0.1278),
    Area("161", 10, "2345789", "England", "Manchester", latitude=53.4808, longitude=-2.2426),
    Area("121", 10, "2345789", "England", "Birmingham", latitude=52.4862, longitude=-1.8904),
    Area("117", 10, "2345789", "England", "Bristol", latitude=51.4545, longitude=-2.5879),
    Area("131", 10, "2345789", "Scotland", "Edinburgh", latitude=55.9533, longitude=-3.1883),
)

COUNTRIES: dict[str, Country] = {
    country.code: country
    for country in (
        Country(
            "US",
            "United States",
            "1",
            (
                Offer("Local", "local", "local", US_AREAS, fax=True),
                Offer("TollFree", "toll_free", "toll-free", NANP_TOLL_FREE),
            ),
        ),
        Country(
            "CA",
            "Canada",
            "1",
            (
                Offer("Local", "local", "local", CA_AREAS, mms=False, fax=True),
                Offer("TollFree", "toll_free", "toll-free", NANP_TOLL_FREE, mms=False),
            ),
        ),
        Country(
            "GB",
            "United Kingdom",
            "44",
            (
                Offer(
                    "Local", "local", "local", GB_LOCAL,
                    sms=False, mms=False, address_requirements="any",
                ),
                Offer("Mobile", "mobile", "mobile", (Area("7", 10, "45789"),), mms=False),
                Offer(
                    "TollFree", "toll_free", "toll-free",
                    (Area("800"), Area("808")), sms=False, mms=False,
                ),
                Offer(
                    "National", "national", "national",
                    (Area("330"), Area("333")), sms=False, mms=False,
                ),
            ),
        ),
    )
}  # fmt: skip
Slots = list[str]
"""The digits allowed at each position of an E.164 number (without its ``+``)."""


def _slots(country: Country, area: Area) -> Slots:
    free = area.length - len(area.prefix)
    tail = [area.next_digits] + [DIGITS] * (free - 1) if free > 0 else []
    return list(country.calling_code) + list(area.prefix) + tail


def _overlay(slots: Slots, start: int, segment: Sequence[str]) -> Slots | None:
    """Return ``slots`` narrowed by ``segment`` placed at ``start``, or None if impossible."""
    if start + len(segment) > len(slots):
        return None
    narrowed = list(slots)
    for offset, allowed in enumerate(segment):
        common = "".join(digit for digit in narrowed[start + offset] if digit in allowed)
        if not common:
            return None
        narrowed[start + offset] = common
    return narrowed


@attrs.frozen(slots=True)
class ContainsPattern:
    """Twilio's ``Contains`` pattern, read to narrow where numbers are drawn.

    Letters stand for their keypad digits, ``*`` for any digit and ``%`` for any run of
    digits; a leading ``+`` anchors the pattern at the start of the E.164 number (country
    code included), a trailing ``$`` at its end. Otherwise the pattern may sit anywhere
    in the national number.
    """

    segments: tuple[tuple[str, ...], ...]
    at_start: bool
    at_end: bool

    @classmethod
    def parse(cls, text: str) -> ContainsPattern:
        """Read a pattern.

        Raises:
            FakeApiError: the pattern is not one Twilio accepts (400).
        """
        if not _PATTERN_CHARACTERS.fullmatch(text) or "+" in text[1:] or "$" in text[:-1]:
            raise invalid_parameter(
                f"Contains must be 2 to 16 digits, letters, '*' or '%', optionally starting "
                f"with '+' or ending with '$', not {text!r}"
            )
        core = text.removeprefix("+").removesuffix("$")
        if sum(character.isalnum() for character in core) < 2:
            raise invalid_parameter("Contains needs at least two digits or letters")
        segments = tuple(
            tuple(
                DIGITS if character == "*" else _KEYPAD.get(character.lower(), character)
                for character in part
            )
            for part in core.split("%")
            if part
        )
        return cls(segments, text.startswith("+"), text.endswith("$"))

    def placements(self, slots: Slots, national_start: int, limit: int = 200) -> list[Slots]:
        """Return up to ``limit`` ways to narrow ``slots`` so that every number matches."""
        first = 0 if self.at_start else national_start
        return list(islice(self._place(slots, 0, first), limit))

    def _place(self, slots: Slots, index: int, position: int) -> Iterator[Slots]:
        if index == len(self.segments):
            yield slots
            return
        segment = self.segments[index]
        last = index == len(self.segments) - 1
        anchored = index == 0 and self.at_start
        starts = [position] if anchored else range(position, len(slots) - len(segment) + 1)
        for start in starts:
            end = start + len(segment)
            if end > len(slots) or (last and self.at_end and end != len(slots)):
                continue
            narrowed = _overlay(slots, start, segment)
            if narrowed is not None:
                yield from self._place(narrowed, index + 1, end)


@attrs.frozen(slots=True)
class Criteria:
    """The filters of one search that concern places and capabilities."""

    area_code: str | None = None
    region: str | None = None
    locality: str | None = None
    postal_code: str | None = None
    rate_center: str | None = None
    lata: str | None = None
    near: tuple[float, float] | None = None
    distance: float = DEFAULT_DISTANCE_MILES
    capabilities: tuple[tuple[str, bool], ...] = ()
    excluded_requirements: frozenset[str] = frozenset()

    def accepts_offer(self, offer: Offer) -> bool:
        """Whether numbers of ``offer`` have the capabilities and address needs asked for."""
        has = {"voice": offer.voice, "sms": offer.sms, "mms": offer.mms, "fax": offer.fax}
        return (
            all(has[name] == wanted for name, wanted in self.capabilities)
            and offer.address_requirements not in self.excluded_requirements
        )

    def accepts_area(self, area: Area) -> bool:
        """Whether ``area`` is in the place asked for."""
        wanted = (
            (self.region, area.region),
            (self.locality, area.locality),
            (self.postal_code, area.postal_code),
            (self.rate_center, area.rate_center),
            (self.lata, area.lata),
        )
        if any(want is not None and (have or "").lower() != want.lower() for want, have in wanted):
            return False
        if self.near is None:
            return True
        if self.near is NOWHERE or area.latitude is None or area.longitude is None:
            return False
        return _miles(self.near, (area.latitude, area.longitude)) <= self.distance


def _miles(here: tuple[float, float], there: tuple[float, float]) -> float:
    """The great-circle distance between two points, in miles."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*here, *there))
    haversine = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 3958.8 * math.asin(math.sqrt(haversine))


def choose_index(store: FakeStore, count: int) -> int:
    """Return a random index below ``count`` from the store's random source."""
    return int(store.random_digits(6)) % count


def _draw(store: FakeStore, slots: Slots) -> str:
    return "+" + "".join(allowed[choose_index(store, len(allowed))] for allowed in slots)


def friendly_name(number: str) -> str:
    """Twilio's friendly form of a number: ``(415) 555-0123`` in North America, else E.164."""
    if number.startswith("+1") and len(number) == 12:
        return f"({number[2:5]}) {number[5:8]}-{number[8:]}"
    return number


def _coordinate(value: float | None) -> str | None:
    # Twilio sends coordinates as strings with six decimals.
    return None if value is None else f"{value:.6f}"


def render(country: Country, offer: Offer, area: Area, number: str) -> Record:
    """Return the JSON of available number ``number`` in ``area``."""
    return {
        "address_requirements": offer.address_requirements,
        "beta": False,
        "capabilities": offer.capabilities(),
        "friendly_name": friendly_name(number),
        "iso_country": country.code,
        "lata": area.lata,
        "latitude": _coordinate(area.latitude),
        "locality": area.locality,
        "longitude": _coordinate(area.longitude),
        "phone_number": number,
        "postal_code": area.postal_code,
        "rate_center": area.rate_center,
        "region": area.region,
    }


def owned_numbers(store: FakeStore) -> set[str]:
    """Every number some account owns."""
    return {str(record.get("phone_number")) for record in store.table(INCOMING_NUMBERS).values()}


def _is_nanp_area_code(code: str) -> bool:
    return bool(re.fullmatch(r"[2-9][0-8]\d", code)) and code[1:] != "11"


def _areas(country: Country, offer: Offer, area_code: str | None) -> tuple[Area, ...]:
    """The areas to draw from, with a plain area for a US area code the fake has no data on."""
    if area_code is None or country.code != "US" or offer.kind != "Local":
        return offer.areas
    known = {area.prefix for other in COUNTRIES.values() for o in other.offers for area in o.areas}
    if area_code in known or not _is_nanp_area_code(area_code):
        return offer.areas
    return (Area(area_code, 10, NANP_EXCHANGE),)


def search(
    store: FakeStore,
    country: Country,
    offer: Offer,
    criteria: Criteria,
    pattern: ContainsPattern | None,
    limit: int,
) -> list[Record]:
    """Draw up to ``limit`` numbers for sale that satisfy the search.

    Args:
        store: The state (its random source, and the numbers already owned).
        country: Where to search.
        offer: Which type of number.
        criteria: The place, capability and address filters.
        pattern: The ``Contains`` pattern, or None.
        limit: The most numbers to return.

    Returns:
        The numbers' JSON, distinct and none owned by any account.
    """
    if country.calling_code == "1" and criteria.area_code == MAGIC_NO_NUMBERS_AREA:
        return []
    if country.calling_code == "1" and criteria.area_code == MAGIC_VALID_AREA:
        return [render(country, offer, Area(MAGIC_VALID_AREA), magic.VALID_SENDER)][:limit]
    if not criteria.accepts_offer(offer):
        return []
    national_start = len(country.calling_code)
    choices: list[tuple[Area, Slots]] = []
    for area in _areas(country, offer, criteria.area_code):
        if not criteria.accepts_area(area):
            continue
        slots = _slots(country, area)
        if criteria.area_code is not None:
            in_area_code = _overlay(slots, national_start, tuple(criteria.area_code))
            if in_area_code is None:
                continue
            slots = in_area_code
        narrowed = [slots] if pattern is None else pattern.placements(slots, national_start)
        choices.extend((area, placed) for placed in narrowed)
    return _draw_distinct(store, country, offer, choices, limit)


def _draw_distinct(
    store: FakeStore,
    country: Country,
    offer: Offer,
    choices: list[tuple[Area, Slots]],
    limit: int,
) -> list[Record]:
    taken = owned_numbers(store) | {magic.VALID_SENDER}
    found: list[Record] = []
    attempts = 0
    while choices and len(found) < limit and attempts < limit * 20:
        attempts += 1
        area, slots = choices[choose_index(store, len(choices))]
        number = _draw(store, slots)
        if number not in taken:
            taken.add(number)
            found.append(render(country, offer, area, number))
    return found


def pick_in_area_code(store: FakeStore, area_code: str) -> str | None:
    """Return a US or Canadian local number for sale in ``area_code``, or None if none is.

    Twilio's magic area codes apply: ``533`` has none, ``500`` gives ``+15005550006``.
    """
    if area_code == MAGIC_VALID_AREA:
        return magic.VALID_SENDER
    for code in ("CA", "US"):
        country = COUNTRIES[code]
        offer = country.offer("Local")
        assert offer is not None
        if code == "CA" and all(area.prefix != area_code for area in offer.areas):
            continue
        found = search(store, country, offer, Criteria(area_code=area_code), None, 1)
        return str(found[0]["phone_number"]) if found else None
    return None


@attrs.frozen(slots=True)
class NumberDetails:
    """What the fake knows of a number from its prefix: its country, type and place."""

    country: Country | None
    offer: Offer | None
    area: Area | None


def describe(number: str) -> NumberDetails:
    """Return the country, type and area a number belongs to (the longest prefix wins).

    A number of no known area is described by its country alone, or by nothing.
    """
    best: tuple[int, NumberDetails] = (0, NumberDetails(None, None, None))
    for country in COUNTRIES.values():
        for offer in country.offers:
            for area in offer.areas:
                prefix = "+" + country.calling_code + area.prefix
                if number.startswith(prefix) and len(prefix) > best[0]:
                    best = (len(prefix), NumberDetails(country, offer, area))
    if best[1].country is None and number.startswith("+1"):
        us = COUNTRIES["US"]
        return NumberDetails(us, us.offer("Local"), None)
    return best[1]


# -- handlers -----------------------------------------------------------------------------


def _country(incoming: Incoming) -> Country:
    country = COUNTRIES.get(incoming.params["CountryCode"].upper())
    if country is None:
        raise not_found(incoming.path)
    return country


def _country_json(account_sid: str, country: Country) -> Record:
    base = f"/AvailablePhoneNumbers/{country.code}"
    return {
        "beta": False,
        "country": country.name,
        "country_code": country.code,
        "subresource_uris": {
            offer.uri_key: account_path(account_sid, f"{base}/{offer.kind}.json")
            for offer in country.offers
        },
        "uri": account_path(account_sid, f"{base}.json"),
    }


routes = Resource(ACCOUNT + "/AvailablePhoneNumbers", key="CountryCode")


@routes.listing
def countries(incoming: Incoming) -> Response:
    """GET /AvailablePhoneNumbers.json: the countries the fake sells numbers in."""
    return json_response(
        200,
        {
            "countries": [
                _country_json(incoming.account_sid, country) for country in COUNTRIES.values()
            ],
            "uri": incoming.path,
        },
    )


@routes.fetch
def country(incoming: Incoming) -> Response:
    """GET /AvailablePhoneNumbers/{CountryCode}.json: one country and its searches."""
    return json_response(200, _country_json(incoming.account_sid, _country(incoming)))


def _location(text: str) -> tuple[float, float]:
    try:
        latitude, longitude = (float(part) for part in text.split(","))
    except ValueError:
        raise invalid_parameter(f"NearLatLong must be 'latitude,longitude', not {text!r}") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise invalid_parameter(f"NearLatLong is out of range: {text!r}")
    return latitude, longitude


def _near(incoming: Incoming) -> tuple[float, float] | None:
    point = incoming.value("NearLatLong")
    if point is not None:
        return _location(point)
    number = incoming.value("NearNumber")
    if number is None:
        return None
    area = describe(number).area
    if area is None or area.latitude is None or area.longitude is None:
        return NOWHERE
    return area.latitude, area.longitude


def _criteria(incoming: Incoming) -> Criteria:
    area_code = incoming.value("AreaCode")
    if area_code is not None and not re.fullmatch(r"\d{1,5}", area_code):
        raise invalid_parameter(f"AreaCode must be digits, not {area_code!r}")
    flags = (("voice", "VoiceEnabled"), ("sms", "SmsEnabled"), ("mms", "MmsEnabled"),
             ("fax", "FaxEnabled"))  # fmt: skip
    capabilities = tuple(
        (name, wanted) for name, param in flags if (wanted := incoming.boolean(param)) is not None
    )
    exclusions = (
        ("ExcludeAllAddressRequired", {"any", "local", "foreign"}),
        ("ExcludeLocalAddressRequired", {"local"}),
        ("ExcludeForeignAddressRequired", {"foreign"}),
    )
    excluded = frozenset(
        requirement
        for param, requirements in exclusions
        if incoming.boolean(param)
        for requirement in requirements
    )
    return Criteria(
        area_code=area_code,
        region=incoming.value("InRegion"),
        locality=incoming.value("InLocality"),
        postal_code=incoming.value("InPostalCode"),
        rate_center=incoming.value("InRateCenter"),
        lata=incoming.value("InLata"),
        near=_near(incoming),
        distance=incoming.integer(
            "Distance", default=DEFAULT_DISTANCE_MILES, low=0, high=MAX_DISTANCE_MILES
        ),
        capabilities=capabilities,
        excluded_requirements=excluded,
    )


@routes.route("GET", routes.path + "/{CountryCode}/{Kind}.json")
def numbers(incoming: Incoming) -> Response:
    """GET /AvailablePhoneNumbers/{CountryCode}/{Kind}.json: search numbers for sale."""
    country = _country(incoming)
    offer = country.offer(incoming.params["Kind"])
    if offer is None:
        raise not_found(incoming.path)
    size = incoming.integer("PageSize", default=50, low=1, high=1000)
    contains = incoming.value("Contains")
    pattern = ContainsPattern.parse(contains) if contains else None
    found = search(incoming.store, country, offer, _criteria(incoming), pattern, size)
    here = with_query(incoming.path, incoming.query)
    return json_response(
        200,
        {
            "available_phone_numbers": found,
            "end": max(len(found) - 1, 0),
            "first_page_uri": here,
            "next_page_uri": None,
            "page": 0,
            "page_size": size,
            "previous_page_uri": None,
            "start": 0,
            "uri": here,
        },
    )


ROUTES = (routes,)
"""The available-number routes."""
