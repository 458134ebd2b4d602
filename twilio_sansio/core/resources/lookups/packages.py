"""The data packages of a Lookup v2 answer, one typed record each.

A lookup returns only the packages asked for in ``Fields``; each is a JSON object nested
in the answer (``"line_type_intelligence": {"type": "mobile", ...}``) with an
``error_code`` of its own when Twilio could not fill it, and null when not asked for.
"""

from __future__ import annotations

from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Boolean, Choice, Day, Integer, Nested, Record, Text, Timestamp


class LineType(OpenStrEnum):
    """What kind of line a number is, as Lookup's line type intelligence reports it."""

    MOBILE = "mobile"
    LANDLINE = "landline"
    TOLL_FREE = "tollFree"
    FIXED_VOIP = "fixedVoip"
    NON_FIXED_VOIP = "nonFixedVoip"
    PERSONAL = "personal"
    PREMIUM = "premium"
    VOICEMAIL = "voicemail"
    SHARED_COST = "sharedCost"
    UAN = "uan"
    PAGER = "pager"
    UNKNOWN = "unknown"


class LineState(OpenStrEnum):
    """Whether a line is in service (the ``line_status`` package)."""

    ACTIVE = "active"
    INACTIVE = "inactive"


class MatchLevel(OpenStrEnum):
    """How well one item given to identity match fits what the carrier holds."""

    EXACT_MATCH = "exact_match"
    HIGH_PARTIAL_MATCH = "high_partial_match"
    NO_MATCH = "no_match"
    NO_DATA_AVAILABLE = "no_data_available"


class Reassigned(OpenStrEnum):
    """Whether a number changed hands since the date given (``reassigned_number``)."""

    YES = "yes"
    NO = "no"
    NO_DATA_AVAILABLE = "no_data_available"


class CallerName(Record):
    """The ``caller_name`` package: the name registered for the number (CNAM)."""

    __slots__ = ()

    caller_name = Text()
    caller_type = Text()
    error_code = Integer()


class LastSimSwap(Record):
    """When the number's SIM was last changed (inside the ``sim_swap`` package)."""

    __slots__ = ()

    last_sim_swap_date = Timestamp()
    swapped_period = Text()
    swapped_in_period = Boolean()


class SimSwap(Record):
    """The ``sim_swap`` package: the number's carrier and its last SIM change."""

    __slots__ = ()

    last_sim_swap = Nested(LastSimSwap)
    carrier_name = Text()
    mobile_country_code = Text()
    mobile_network_code = Text()
    error_code = Integer()


class CallForwarding(Record):
    """The ``call_forwarding`` package: whether calls to the number are forwarded."""

    __slots__ = ()

    call_forwarding_enabled = Boolean()
    error_code = Integer()


class LineTypeIntelligence(Record):
    """The ``line_type_intelligence`` package: the line type and the carrier."""

    __slots__ = ()

    type = Choice(LineType)
    carrier_name = Text()
    mobile_country_code = Text()
    mobile_network_code = Text()
    error_code = Integer()


class LineStatus(Record):
    """The ``line_status`` package: whether the line is in service."""

    __slots__ = ()

    status = Choice(LineState)
    error_code = Integer()


class IdentityMatch(Record):
    """The ``identity_match`` package: how the details given match the carrier's."""

    __slots__ = ()

    first_name_match = Choice(MatchLevel)
    last_name_match = Choice(MatchLevel)
    address_lines_match = Choice(MatchLevel)
    city_match = Choice(MatchLevel)
    state_match = Choice(MatchLevel)
    postal_code_match = Choice(MatchLevel)
    address_country_match = Choice(MatchLevel)
    national_id_match = Choice(MatchLevel)
    date_of_birth_match = Choice(MatchLevel)
    summary_score = Integer()
    error_code = Integer()
    error_message = Text()


class ReassignedNumber(Record):
    """The ``reassigned_number`` package: whether the number changed hands."""

    __slots__ = ()

    last_verified_date = Day()
    is_number_reassigned = Choice(Reassigned)
    error_code = Integer()


class SmsPumpingRisk(Record):
    """The ``sms_pumping_risk`` package: how likely texts to the number are fraud."""

    __slots__ = ()

    carrier_risk_category = Text()
    number_blocked = Boolean()
    number_blocked_date = Timestamp()
    number_blocked_last_3_months = Boolean()
    sms_pumping_risk_score = Integer()
    error_code = Integer()


class PhoneNumberQualityScore(Record):
    """The ``phone_number_quality_score`` package: risk scores and their categories."""

    __slots__ = ()

    carrier_risk_score = Integer()
    carrier_risk_category = Text()
    disposable_phone_risk_score = Integer()
    disposable_phone_risk_category = Text()
    quality_score = Integer()
    quality_category = Text()
    velocity_risk_score = Integer()
    velocity_risk_category = Text()
    error_code = Integer()


class PreFill(Record):
    """The ``pre_fill`` package: the subscriber's details, to fill in a form."""

    __slots__ = ()

    first_name = Text()
    last_name = Text()
    address_line = Text()
    country_code = Text()
    state = Text()
    postal_code = Text()
    error_code = Integer()
