"""Short codes of a Messaging Service: ``/v1/Services/{ServiceSid}/ShortCodes``."""

from __future__ import annotations

from twilio_sansio.core.model import Choices, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources.messaging._senders import SenderCapability, SenderOperations
from twilio_sansio.core.validation import check_sid

SHORT_CODE_SID_PREFIX = "SC"


class MessagingShortCode(Record):
    """One of the account's short codes (``SC…``) in a Messaging Service's sender pool."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    service_sid = Text()
    short_code = Text()
    country_code = Text()
    capabilities = Choices(SenderCapability)
    date_created = Timestamp()
    date_updated = Timestamp()
    url = Text()


class MessagingShortCodeOperations(
    SenderOperations["MessagingShortCodeOperations", MessagingShortCode]
):
    """Builds the operations on the short codes of a Messaging Service."""

    __slots__ = ()

    model = MessagingShortCode
    list_key = "short_codes"
    path = "/v1/Services/{}/ShortCodes"
    sid_name = "short_code_sid"
    sid_prefixes = (SHORT_CODE_SID_PREFIX,)

    def create(self, /, service_sid: str, short_code_sid: str) -> Operation[MessagingShortCode]:
        """Add one of the account's short codes to a Messaging Service's sender pool.

        Args:
            service_sid: The service (``MG…``).
            short_code_sid: The short code (``SC…``).

        Returns:
            The operation that adds the short code and parses the new
            :class:`MessagingShortCode`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        sid = check_sid("short_code_sid", short_code_sid, SHORT_CODE_SID_PREFIX)
        return self._add(service_sid, {"ShortCodeSid": sid})
