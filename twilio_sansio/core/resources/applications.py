"""Applications (API 2010): the model and every operation on ``/Accounts/{sid}/Applications``.

An application is a reusable set of voice and messaging webhooks that phone numbers and
client apps point to by SID (``AP…``).
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.model import Boolean, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import DeletableOperations
from twilio_sansio.core.validation import check_page_size, optional_text

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


class ApplicationOperations(DeletableOperations["ApplicationOperations", Application]):
    """Builds every operation on the account's applications.

    Deleting an application stops the numbers pointing to it from getting its webhooks.
    """

    __slots__ = ()

    model = Application
    list_key = "applications"
    path = "Applications"
    sid_prefixes = (APPLICATION_SID_PREFIX,)

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
        return self._post(
            self._path(), {"FriendlyName": optional_text("friendly_name", friendly_name), **params}
        )

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Application]:
        """Change an application with Twilio's parameters (``FriendlyName``, ``VoiceUrl``…).

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

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
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed.
        """
        query: dict[str, ParamValue] = {
            "FriendlyName": optional_text("friendly_name", friendly_name),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)
