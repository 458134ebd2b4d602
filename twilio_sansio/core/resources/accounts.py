"""Accounts (API 2010): the model and the operations on ``/Accounts``.

Unlike every other API 2010 resource, accounts are not under the configured account:
their paths are ``/2010-04-01/Accounts.json`` and ``/2010-04-01/Accounts/{Sid}.json``.
The list holds the account the credentials belong to and its subaccounts.
"""

from __future__ import annotations

from twilio_sansio.core.config import API_2010
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Choice, Object, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import RecordOperations
from twilio_sansio.core.validation import check_page_size, check_text

ACCOUNT_SID_PREFIX = "AC"


class AccountStatus(OpenStrEnum):
    """Whether an account can be used."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class AccountType(OpenStrEnum):
    """A trial or an upgraded (full) account."""

    TRIAL = "Trial"
    FULL = "Full"


class Account(Record):
    """A Twilio account or subaccount (``AC…``); its auth token never shows in ``repr()``."""

    __slots__ = ()

    sid = Sid()
    owner_account_sid = Text()
    friendly_name = Text()
    status = Choice(AccountStatus)
    type = Choice(AccountType)
    auth_token = Text(redact=True)
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()
    subresource_uris = Object()


class AccountOperations(RecordOperations["AccountOperations", Account]):
    """Builds every operation on accounts and subaccounts."""

    __slots__ = ()

    model = Account
    list_key = "accounts"
    path = f"{API_2010}/Accounts"
    sid_name = "account_sid"
    sid_prefixes = (ACCOUNT_SID_PREFIX,)

    def get(self, /, sid: str | None = None) -> Operation[Account]:
        """Fetch an account: ``sid``, or the configured account when ``sid`` is None.

        Args:
            sid: The account's SID (``AC…``), or None for the configured account.

        Returns:
            The operation that fetches and parses the :class:`Account`.

        Raises:
            InvalidArgument: ``sid`` is not ``AC`` + 32 hex digits.
        """
        return self._get_item(None, self.config.account_sid if sid is None else sid)

    def create(
        self, /, friendly_name: str | None = None, **params: ParamValue
    ) -> Operation[Account]:
        """Create a subaccount of the account the credentials belong to.

        Args:
            friendly_name: A name for the subaccount (Twilio's default is
                ``"SubAccount Created at …"``).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that creates it and parses the new :class:`Account`, whose
            ``auth_token`` is the subaccount's.

        Raises:
            InvalidArgument: ``friendly_name`` is not a non-empty string.
        """
        if friendly_name is not None:
            check_text("friendly_name", friendly_name)
        form: dict[str, ParamValue] = {"FriendlyName": friendly_name, **params}
        return self._post(self._path(), form)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Account]:
        """Update an account with Twilio's parameters (``FriendlyName``, ``Status``).

        Args:
            sid: The account's SID (``AC…``).
            **params: The parameters to change, by Twilio's name.

        Returns:
            The operation that updates it and parses the :class:`Account`.

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

    def suspend(self, /, sid: str) -> Operation[Account]:
        """Suspend a subaccount: its calls and messages stop until it is reactivated.

        Args:
            sid: The subaccount's SID (``AC…``).

        Returns:
            The operation that updates it and parses the :class:`Account`.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return self.update(sid, Status=AccountStatus.SUSPENDED)

    def reactivate(self, /, sid: str) -> Operation[Account]:
        """Make a suspended subaccount active again.

        Args:
            sid: The subaccount's SID (``AC…``).

        Returns:
            The operation that updates it and parses the :class:`Account`.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return self.update(sid, Status=AccountStatus.ACTIVE)

    def close(self, /, sid: str) -> Operation[Account]:
        """Close a subaccount for good: Twilio releases its numbers and it cannot reopen.

        Args:
            sid: The subaccount's SID (``AC…``).

        Returns:
            The operation that updates it and parses the :class:`Account`.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return self.update(sid, Status=AccountStatus.CLOSED)

    def get_page(
        self,
        /,
        *,
        friendly_name: str | None = None,
        status: AccountStatus | str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Account]]:
        """List the account and its subaccounts, one page per operation.

        Args:
            friendly_name: Only accounts with exactly this name.
            status: Only accounts with this status (``"active"``, ``"suspended"``,
                ``"closed"``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is not a non-empty string, or the page size is
                outside 1..1000.
        """
        if friendly_name is not None:
            check_text("friendly_name", friendly_name)
        if status is not None:
            check_text("status", status)
        query: dict[str, ParamValue] = {
            "FriendlyName": friendly_name,
            "Status": status,
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)
