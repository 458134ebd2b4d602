"""API keys (API 2010): the models and every operation on ``/Accounts/{sid}/Keys``.

A key is a credential an app uses instead of the account's auth token.
Its secret exists only in the answer to :meth:`KeyOperations.create`, as a
:class:`NewKey`; Twilio never shows it again, so keep it then. Every other operation
returns a :class:`Key`, which has no secret.
"""

from __future__ import annotations

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.model import Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import (
    ResourceOperations,
    account_path,
    fetch,
    post,
    remove,
)
from twilio_sansio.core.validation import check_page_size, check_sid, check_text

KEY_SID_PREFIX = "SK"


class Key(Record):
    """An API key (``SK…``), without its secret."""

    __slots__ = ()

    sid = Sid()
    friendly_name = Text()
    date_created = Timestamp()
    date_updated = Timestamp()


class NewKey(Key):
    """A key just created, with its secret: the only time Twilio shows it.

    The secret is left out of ``repr()``; read it from ``secret``.
    """

    __slots__ = ()

    secret = Text(redact=True)


def _name(friendly_name: str | None) -> str | None:
    return None if friendly_name is None else check_text("friendly_name", friendly_name)


class KeyOperations(ResourceOperations):
    """Builds every operation on the account's API keys.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[Key] = self._lister()

    def _lister(self) -> Lister[Key]:
        return Lister(self.config, "api", "keys", Key.from_json)

    def _path(self, sid: str | None = None) -> str:
        return account_path(self.config, "Keys", sid=sid)

    def _item(self, sid: object) -> str:
        return self._path(check_sid("sid", sid, KEY_SID_PREFIX))

    def create(
        self, /, friendly_name: str | None = None, **params: ParamValue
    ) -> Operation[NewKey]:
        """Create an API key.

        Args:
            friendly_name: A name for the key, up to 64 characters.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that creates the key and parses the :class:`NewKey`, whose
            ``secret`` Twilio never shows again.

        Raises:
            InvalidArgument: ``friendly_name`` is not a non-empty string.
        """
        form = {"FriendlyName": _name(friendly_name), **params}
        return post(self.config, self._path(), form, NewKey.from_json)

    def get(self, /, sid: str) -> Operation[Key]:
        """Fetch one key by SID (without its secret).

        Raises:
            InvalidArgument: ``sid`` is not ``SK`` + 32 hex digits.
        """
        return fetch(self.config, self._item(sid), Key.from_json)

    def update(
        self, /, sid: str, friendly_name: str | None = None, **params: ParamValue
    ) -> Operation[Key]:
        """Rename a key.

        Args:
            sid: The key (``SK…``).
            friendly_name: The new name.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that updates the key and parses the :class:`Key`.

        Raises:
            InvalidArgument: ``sid`` or ``friendly_name`` is malformed.
        """
        path = self._item(sid)
        form = {"FriendlyName": _name(friendly_name), **params}
        return post(self.config, path, form, Key.from_json)

    def delete(self, /, sid: str) -> Operation[None]:
        """Delete a key; requests signed with it fail from then on.

        A key that is already gone (404) is not an error, as in the Go library, so a
        retried delete stays safe.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return remove(self.config, self._item(sid))

    def get_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[Key]]:
        """List the account's keys, one page per operation.

        Args:
            page_size: Records per page, 1 to 1000.
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation for the first page.

        Raises:
            InvalidArgument: the page size is outside 1..1000.
        """
        query: dict[str, ParamValue] = {"PageSize": check_page_size(page_size), **params}
        return self.lister.first(self._path(), query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[Key]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)
