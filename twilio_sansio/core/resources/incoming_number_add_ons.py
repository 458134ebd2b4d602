"""Add-ons assigned to a phone number (API 2010), and their extensions.

An add-on installed on the account from the Marketplace (``XE…``) is assigned to one of
the account's numbers with a POST to ``IncomingPhoneNumbers/{PN…}/AssignedAddOns.json``;
the assignment is fetched, listed and deleted there. Each assignment has extensions
(``XF…``), the places of Twilio's flows the add-on runs at, listed and fetched under
``…/AssignedAddOns/{XE…}/Extensions``.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.model import Boolean, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import (
    GrandchildOperations,
    ListingOperations,
    page_query,
)
from twilio_sansio.core.validation import check_sid

NUMBER_SID_PREFIX = "PN"
ASSIGNED_ADD_ON_SID_PREFIX = "XE"
"""Also the prefix of an add-on installed on the account, which an assignment is of."""
EXTENSION_SID_PREFIX = "XF"


class AssignedAddOn(Record):
    """An add-on (``XE…``) assigned to a phone number, as Twilio reports it.

    ``configuration`` is the add-on's configuration as the account set it up, a JSON
    object; ``subresource_uris`` names its ``extensions``.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    resource_sid = Text()
    friendly_name = Text()
    description = Text()
    configuration = Object()
    unique_name = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()
    subresource_uris = Object()


class AssignedAddOnExtension(Record):
    """An extension (``XF…``) of an add-on assigned to a number: where it runs, and if."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    resource_sid = Text()
    assigned_add_on_sid = Text()
    friendly_name = Text()
    product_name = Text()
    unique_name = Text()
    uri = Text()
    enabled = Boolean()


class IncomingNumberAddOnOperations(
    ListingOperations["IncomingNumberAddOnOperations", AssignedAddOn]
):
    """Builds the operations on the add-ons assigned to one of the account's numbers."""

    __slots__ = ()

    model = AssignedAddOn
    list_key = "assigned_add_ons"
    path = "IncomingPhoneNumbers/{}/AssignedAddOns"
    sid_name = "sid"
    sid_prefixes = (ASSIGNED_ADD_ON_SID_PREFIX,)
    parent_name = "number_sid"
    parent_prefixes = (NUMBER_SID_PREFIX,)

    def create(
        self, /, number_sid: str, installed_add_on_sid: str, **params: ParamValue
    ) -> Operation[AssignedAddOn]:
        """Assign an add-on installed on the account to a number.

        Args:
            number_sid: The number (``PN…``).
            installed_add_on_sid: The installed add-on (``XE…``).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that assigns it and parses the new :class:`AssignedAddOn`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        self._check_parent_sid(number_sid)
        add_on = check_sid("installed_add_on_sid", installed_add_on_sid, ASSIGNED_ADD_ON_SID_PREFIX)
        return self._post(self._path(number_sid), {"InstalledAddOnSid": add_on, **params})

    def get(self, /, number_sid: str, sid: str) -> Operation[AssignedAddOn]:
        """Fetch one add-on assigned to a number.

        Args:
            number_sid: The number (``PN…``).
            sid: The assignment (``XE…``).

        Returns:
            The operation that fetches and parses the :class:`AssignedAddOn`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(number_sid, sid)

    def delete(self, /, number_sid: str, sid: str) -> Operation[None]:
        """Take an add-on off a number; one already gone (404) is not an error.

        Args:
            number_sid: The number (``PN…``).
            sid: The assignment (``XE…``).

        Returns:
            The operation that deletes the assignment.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._delete_item(number_sid, sid)

    def get_page(
        self, /, number_sid: str, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[AssignedAddOn]]:
        """List the add-ons assigned to a number, one page per operation.

        Args:
            number_sid: The number (``PN…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or the page size is malformed.
        """
        self._check_parent_sid(number_sid)
        return self._first_page(page_query(page_size, params), number_sid)


class IncomingNumberAddOnExtensionOperations(
    GrandchildOperations["IncomingNumberAddOnExtensionOperations", AssignedAddOnExtension]
):
    """Builds the operations on the extensions of an add-on assigned to a number."""

    __slots__ = ()

    model = AssignedAddOnExtension
    list_key = "extensions"
    path = "IncomingPhoneNumbers/{}/AssignedAddOns/{}/Extensions"
    sid_name = "sid"
    sid_prefixes = (EXTENSION_SID_PREFIX,)
    outer_name = "number_sid"
    outer_prefixes = (NUMBER_SID_PREFIX,)
    parent_name = "assigned_add_on_sid"
    parent_prefixes = (ASSIGNED_ADD_ON_SID_PREFIX,)

    def get(
        self, /, number_sid: str, assigned_add_on_sid: str, sid: str
    ) -> Operation[AssignedAddOnExtension]:
        """Fetch one extension of an add-on assigned to a number.

        Args:
            number_sid: The number (``PN…``).
            assigned_add_on_sid: The assignment (``XE…``).
            sid: The extension (``XF…``).

        Returns:
            The operation that fetches and parses the :class:`AssignedAddOnExtension`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._fetch(self._nested_item_path(number_sid, assigned_add_on_sid, sid))

    def get_page(
        self,
        /,
        number_sid: str,
        assigned_add_on_sid: str,
        *,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[AssignedAddOnExtension]]:
        """List the extensions of an add-on assigned to a number, one page per operation.

        Args:
            number_sid: The number (``PN…``).
            assigned_add_on_sid: The assignment (``XE…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a SID or the page size is malformed.
        """
        query = page_query(page_size, params)
        return self._nested_first_page(number_sid, assigned_add_on_sid, query)
