"""API keys (API 2010): the models and every operation on ``/Accounts/{sid}/Keys``.

A key is a credential an app uses instead of the account's auth token.
Its secret exists only in the answer to :meth:`KeyOperations.create`, as a
:class:`NewKey`; Twilio never shows it again, so keep it then. Every other operation
returns a :class:`Key`, which has no secret.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.model import Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._build import post
from twilio_sansio.core.resources._listing import DeletableOperations, page_query
from twilio_sansio.core.validation import optional_text

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


class KeyOperations(DeletableOperations["KeyOperations", Key]):
    """Builds every operation on the account's API keys.

    Only ``create`` shows a key's secret; after ``delete``, requests signed with the key
    fail.
    """

    __slots__ = ()

    model = Key
    list_key = "keys"
    path = "Keys"
    sid_prefixes = (KEY_SID_PREFIX,)

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
        form = {"FriendlyName": optional_text("friendly_name", friendly_name), **params}
        return post(self.config, self._path(), form, NewKey.from_json)

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
        self._check_own_sid(sid)
        return self._update_record(
            sid, {"FriendlyName": optional_text("friendly_name", friendly_name), **params}
        )

    def get_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[Key]]:
        """List the account's keys, one page per operation.

        Args:
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the page size is outside 1..1000.
        """
        return self._first_page(page_query(page_size, params))
