"""Applications (API 2010): the model and every operation on ``/Accounts/{sid}/Applications``.

An application is a reusable set of voice and messaging webhooks that phone numbers and
client apps point to by SID (``AP…``).
"""

from __future__ import annotations

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.model import Boolean, Record, Sid, Text, Timestamp
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

APPLICATION_SID_PREFIX = "AP"


class Application(Record):
    """An application (``AP…``): the URLs Twilio calls for voice and messaging events."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    friendly_name = Text()
    api_version = Text()
    voice_url = Text()
    voice_method = Text()
    voice_fallback_url = Text()
    voice_fallback_method = Text()
    voice_caller_id_lookup = Boolean()
    status_callback = Text()
    status_callback_method = Text()
    sms_url = Text()
    sms_method = Text()
    sms_fallback_url = Text()
    sms_fallback_method = Text()
    sms_status_callback = Text()
    message_status_callback = Text()
    public_application_connect_enabled = Boolean()
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


def _name(friendly_name: str | None) -> str | None:
    return None if friendly_name is None else check_text("friendly_name", friendly_name)


class ApplicationOperations(ResourceOperations):
    """Builds every operation on the account's applications.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[Application] = self._lister()

    def _lister(self) -> Lister[Application]:
        return Lister(self.config, "api", "applications", Application.from_json)

    def _path(self, sid: str | None = None) -> str:
        return account_path(self.config, "Applications", sid=sid)

    def _item(self, sid: object) -> str:
        return self._path(check_sid("sid", sid, APPLICATION_SID_PREFIX))

    def create(
        self, /, friendly_name: str | None = None, **params: ParamValue
    ) -> Operation[Application]:
        """Create an application.

        Args:
            friendly_name: A name for it, up to 64 characters.
            **params: Any other parameter, by Twilio's name (``VoiceUrl``, ``SmsUrl``,
                ``StatusCallback``, ``VoiceCallerIdLookup``...).

        Returns:
            The operation that creates it and parses the new :class:`Application`.

        Raises:
            InvalidArgument: ``friendly_name`` is malformed or a parameter cannot be
                encoded.
        """
        form = {"FriendlyName": _name(friendly_name), **params}
        return post(self.config, self._path(), form, Application.from_json)

    def get(self, /, sid: str) -> Operation[Application]:
        """Fetch one application by SID.

        Raises:
            InvalidArgument: ``sid`` is not ``AP`` + 32 hex digits.
        """
        return fetch(self.config, self._item(sid), Application.from_json)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Application]:
        """Change an application with Twilio's parameters (``FriendlyName``, ``VoiceUrl``…).

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return post(self.config, self._item(sid), params, Application.from_json)

    def delete(self, /, sid: str) -> Operation[None]:
        """Delete an application; numbers pointing to it stop getting its webhooks.

        An application that is already gone (404) is not an error, as in the Go library,
        so a retried delete stays safe.

        Raises:
            InvalidArgument: ``sid`` is malformed.
        """
        return remove(self.config, self._item(sid))

    def get_page(
        self,
        /,
        *,
        friendly_name: str | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Application]]:
        """List the account's applications, one page per operation.

        Args:
            friendly_name: Only applications with exactly this friendly name.
            page_size: Records per page, 1 to 1000.
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation for the first page.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        query: dict[str, ParamValue] = {
            "FriendlyName": _name(friendly_name),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self.lister.first(self._path(), query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[Application]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)
