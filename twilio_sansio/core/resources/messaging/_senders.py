"""What the senders of a Messaging Service share: the service's SID first, add, get, remove.

Phone numbers, short codes and alphanumeric sender IDs each live under
``/v1/Services/{ServiceSid}/<Kind>``: added with one form parameter (the number's SID,
the short code's SID, the sender ID itself), fetched and removed by their own SID, and
listed in ``meta`` pages.
"""

from __future__ import annotations

from typing import Any, TypeVar

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Record
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import ListingOperations, page_query
from twilio_sansio.core.resources.messaging.services import PRODUCT, SERVICE_SID_PREFIX

S = TypeVar("S", bound="SenderOperations[Any, Any]")
R = TypeVar("R", bound=Record)


class SenderCapability(OpenStrEnum):
    """What a sender of a Messaging Service can do."""

    VOICE = "Voice"
    SMS = "SMS"
    MMS = "MMS"


class SenderOperations(ListingOperations[S, R]):
    """The base of a Messaging Service's senders: get, delete and list by the service's SID.

    A subclass declares the listing (``model``, ``list_key``, ``path``, ``sid_name``,
    ``sid_prefixes``) and writes ``create`` with its one parameter.
    """

    __slots__ = ()

    product = PRODUCT
    parent_name = "service_sid"
    parent_prefixes = (SERVICE_SID_PREFIX,)

    def get(self: S, /, service_sid: str, sid: str) -> Operation[R]:
        """Fetch one sender of a Messaging Service.

        Args:
            service_sid: The service (``MG…``).
            sid: The sender's SID.

        Returns:
            The operation that fetches and parses the sender.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(service_sid, sid)

    def delete(self: S, /, service_sid: str, sid: str) -> Operation[None]:
        """Remove a sender from a Messaging Service (it stays on the account).

        A sender already gone (404) is not an error, as in the Go library, so a retried
        removal stays safe.

        Args:
            service_sid: The service (``MG…``).
            sid: The sender's SID.

        Returns:
            The operation that removes the sender.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._delete_item(service_sid, sid)

    def get_page(
        self: S, /, service_sid: str, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[R]]:
        """List the senders of this kind in a Messaging Service, one page per operation.

        Args:
            service_sid: The service (``MG…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID is malformed or the page size outside 1..1000.
        """
        self._check_parent_sid(service_sid)
        return self._first_page(page_query(page_size, params), service_sid)

    def _add(self, service_sid: str, form: dict[str, ParamValue]) -> Operation[R]:
        """Check the service's SID, then POST ``form`` to its senders of this kind."""
        self._check_parent_sid(service_sid)
        return self._post(self._path(service_sid), form)
