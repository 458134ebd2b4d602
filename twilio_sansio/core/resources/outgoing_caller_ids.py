"""Outgoing caller IDs (API 2010): numbers the account has proved it owns, to call from.

A caller ID is added by a validation request: :meth:`OutgoingCallerIdOperations.create`
makes Twilio call the number, and the :class:`ValidationRequest` it returns holds the
code to type in on that call. Once the code is entered the number is an
:class:`OutgoingCallerId` (``PN…``), listed, renamed and deleted here.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.phone import normalize_address
from twilio_sansio.core.resources._build import post
from twilio_sansio.core.resources._listing import DeletableOperations
from twilio_sansio.core.validation import check_page_size, optional_text

CALLER_ID_SID_PREFIX = "PN"


class OutgoingCallerId(Record):
    """A verified number (``PN…``) the account may use as the caller ID of its calls."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    phone_number = Text()
    friendly_name = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


class ValidationRequest(Record):
    """A validation call under way: enter ``validation_code`` when Twilio calls."""

    __slots__ = ()

    account_sid = Text()
    call_sid = Text()
    phone_number = Text()
    friendly_name = Text()
    validation_code = Text()


class OutgoingCallerIdOperations(
    DeletableOperations["OutgoingCallerIdOperations", OutgoingCallerId]
):
    """Builds every operation on the account's outgoing caller IDs.

    Deleting a caller ID means the account can no longer call from that number.
    """

    __slots__ = ()

    model = OutgoingCallerId
    list_key = "outgoing_caller_ids"
    path = "OutgoingCallerIds"
    sid_prefixes = (CALLER_ID_SID_PREFIX,)

    def create(self, /, phone_number: str, **params: ParamValue) -> Operation[ValidationRequest]:
        """Start verifying a number: Twilio calls it and asks for the returned code.

        Args:
            phone_number: The number to verify; written in E.164.
            **params: Any other parameter, by Twilio's name (``FriendlyName``,
                ``CallDelay``, ``Extension``, ``StatusCallback``...).

        Returns:
            The operation that starts the validation call and parses the
            :class:`ValidationRequest` holding the code.

        Raises:
            InvalidArgument: ``phone_number`` is not a valid number, or ``PhoneNumber``
                is also in ``params``.
        """
        if "PhoneNumber" in params:
            raise InvalidArgument("pass phone_number=, not PhoneNumber")
        number = normalize_address(phone_number, self.config.default_region)
        form = {"PhoneNumber": number, **params}
        return post(self.config, self._path(), form, ValidationRequest.from_json)

    def update(
        self, /, sid: str, friendly_name: str | None = None, **params: ParamValue
    ) -> Operation[OutgoingCallerId]:
        """Rename a caller ID.

        Args:
            sid: The caller ID (``PN…``).
            friendly_name: The new name, up to 64 characters.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that updates it and parses the :class:`OutgoingCallerId`.

        Raises:
            InvalidArgument: ``sid`` or ``friendly_name`` is malformed.
        """
        self._check_own_sid(sid)
        return self._update_record(
            sid, {"FriendlyName": optional_text("friendly_name", friendly_name), **params}
        )

    def get_page(
        self,
        /,
        *,
        phone_number: str | None = None,
        friendly_name: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[OutgoingCallerId]]:
        """List the account's caller IDs, one page per operation.

        Args:
            phone_number: Only the caller ID of this number; written in E.164.
            friendly_name: Only caller IDs with exactly this friendly name.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        region = self.config.default_region
        query: dict[str, ParamValue] = {
            "PhoneNumber": None
            if phone_number is None
            else normalize_address(phone_number, region),
            "FriendlyName": optional_text("friendly_name", friendly_name),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)
