"""Phone numbers of a Messaging Service: ``/v1/Services/{ServiceSid}/PhoneNumbers``."""

from __future__ import annotations

from twilio_sansio.core.model import Choices, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources.messaging._senders import SenderCapability, SenderOperations
from twilio_sansio.core.validation import check_sid

PHONE_NUMBER_SID_PREFIX = "PN"


class MessagingPhoneNumber(Record):
    """One of the account's numbers (``PN…``) in a Messaging Service's sender pool."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    service_sid = Text()
    phone_number = Text()
    country_code = Text()
    capabilities = Choices(SenderCapability)
    date_created = Timestamp()
    date_updated = Timestamp()
    url = Text()


class MessagingPhoneNumberOperations(
    SenderOperations["MessagingPhoneNumberOperations", MessagingPhoneNumber]
):
    """Builds the operations on the phone numbers of a Messaging Service."""

    __slots__ = ()

    model = MessagingPhoneNumber
    list_key = "phone_numbers"
    path = "/v1/Services/{}/PhoneNumbers"
    sid_name = "phone_number_sid"
    sid_prefixes = (PHONE_NUMBER_SID_PREFIX,)

    def create(self, /, service_sid: str, phone_number_sid: str) -> Operation[MessagingPhoneNumber]:
        """Add one of the account's numbers to a Messaging Service's sender pool.

        Args:
            service_sid: The service (``MG…``).
            phone_number_sid: The number (``PN…``), as ``client.incoming_numbers`` lists
                it; the number itself (``+1…``) is not accepted by Twilio here.

        Returns:
            The operation that adds the number and parses the new
            :class:`MessagingPhoneNumber`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        sid = check_sid("phone_number_sid", phone_number_sid, PHONE_NUMBER_SID_PREFIX)
        return self._add(service_sid, {"PhoneNumberSid": sid})
