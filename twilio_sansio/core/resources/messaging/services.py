"""Messaging Services (Messaging v1): the model and the operations on ``/v1/Services``.

A Messaging Service (``MG…``) is a pool of senders (phone numbers, short codes,
alphanumeric sender IDs) with shared settings; a message sent with its SID
(``messages.send_message(None, to, body, messaging_service_sid=...)``) goes out from
one of its senders, chosen by Twilio.
"""

from __future__ import annotations

from datetime import timedelta

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import (
    Boolean,
    Choice,
    Duration,
    Object,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._call_media import (
    check_callback_method,
    check_choice,
    optional_url,
)
from twilio_sansio.core.resources._listing import DeletableOperations, page_query
from twilio_sansio.core.validation import check_flag, check_text

PRODUCT = "messaging"
SERVICES_PATH = "/v1/Services"
SERVICE_SID_PREFIX = "MG"
MAX_FRIENDLY_NAME = 64
MAX_VALIDITY_SECONDS = 36_000
_HTTP = ("http", "https")


class ScanMessageContent(OpenStrEnum):
    """Whether the service scans message content (a reserved setting)."""

    INHERIT = "inherit"
    ENABLE = "enable"
    DISABLE = "disable"


class WebhookMethod(OpenStrEnum):
    """The HTTP method Twilio calls a service's webhook with."""

    GET = "GET"
    POST = "POST"


class MessagingUsecase(OpenStrEnum):
    """What a Messaging Service is used for."""

    NOTIFICATIONS = "notifications"
    MARKETING = "marketing"
    VERIFICATION = "verification"
    DISCUSSION = "discussion"
    POLL = "poll"
    UNDECLARED = "undeclared"


class MessagingService(Record):
    """A Messaging Service (``MG…``): a pool of senders and the settings they share.

    ``validity_period`` is how long a message may wait in the queue before it fails.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    friendly_name = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    inbound_request_url = Text()
    inbound_method = Choice(WebhookMethod)
    fallback_url = Text()
    fallback_method = Choice(WebhookMethod)
    status_callback = Text()
    sticky_sender = Boolean()
    mms_converter = Boolean()
    smart_encoding = Boolean()
    scan_message_content = Choice(ScanMessageContent)
    fallback_to_long_code = Boolean()
    area_code_geomatch = Boolean()
    synchronous_validation = Boolean()
    validity_period = Duration()
    url = Text()
    links = Object()
    usecase = Choice(MessagingUsecase)
    us_app_to_person_registered = Boolean()
    use_inbound_webhook_on_number = Boolean()


def _validity_seconds(value: object) -> int | None:
    """Seconds from an int or a timedelta, 1 to 36,000.

    Raises:
        InvalidArgument: another type, a fraction of a second, or out of range.
    """
    if value is None:
        return None
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        if seconds != int(seconds):
            raise InvalidArgument(f"validity_period must be whole seconds, not {value}")
        value = int(seconds)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(
            f"validity_period must be seconds (an int) or a timedelta, not {value!r:.40}"
        )
    if not 1 <= value <= MAX_VALIDITY_SECONDS:
        raise InvalidArgument(
            f"validity_period must be 1 to {MAX_VALIDITY_SECONDS} seconds, not {value}"
        )
    return value


def _friendly_name(value: object) -> str:
    name = check_text("friendly_name", value)
    if len(name) > MAX_FRIENDLY_NAME:
        raise InvalidArgument(f"friendly_name must be at most {MAX_FRIENDLY_NAME} characters")
    return name


def service_settings(
    *,
    inbound_request_url: str | None,
    inbound_method: WebhookMethod | str | None,
    fallback_url: str | None,
    fallback_method: WebhookMethod | str | None,
    status_callback: str | None,
    sticky_sender: bool | None,
    mms_converter: bool | None,
    smart_encoding: bool | None,
    area_code_geomatch: bool | None,
    validity_period: int | timedelta | None,
    usecase: MessagingUsecase | str | None,
    use_inbound_webhook_on_number: bool | None,
    scan_message_content: ScanMessageContent | str | None,
) -> dict[str, ParamValue]:
    """Check a service's settings and return them by Twilio's names (None: not sent).

    Raises:
        InvalidArgument: a URL is not absolute http(s), a method is not GET or POST, a
            flag is not a bool, the validity period is out of range, or a use case or
            content scanning value is unknown.
    """
    usecase_value = None if usecase is None else check_text("usecase", usecase)
    return {
        "InboundRequestUrl": optional_url("inbound_request_url", inbound_request_url, *_HTTP),
        "InboundMethod": check_callback_method("inbound_method", inbound_method),
        "FallbackUrl": optional_url("fallback_url", fallback_url, *_HTTP),
        "FallbackMethod": check_callback_method("fallback_method", fallback_method),
        "StatusCallback": optional_url("status_callback", status_callback, *_HTTP),
        "StickySender": check_flag("sticky_sender", sticky_sender),
        "MmsConverter": check_flag("mms_converter", mms_converter),
        "SmartEncoding": check_flag("smart_encoding", smart_encoding),
        "AreaCodeGeomatch": check_flag("area_code_geomatch", area_code_geomatch),
        "ValidityPeriod": _validity_seconds(validity_period),
        "Usecase": usecase_value,
        "UseInboundWebhookOnNumber": check_flag(
            "use_inbound_webhook_on_number", use_inbound_webhook_on_number
        ),
        "ScanMessageContent": check_choice(
            "scan_message_content", scan_message_content, ScanMessageContent
        ),
    }


class MessagingServiceOperations(
    DeletableOperations["MessagingServiceOperations", MessagingService]
):
    """Builds the operations on Messaging Services; the clients bind these to the network."""

    __slots__ = ()

    model = MessagingService
    list_key = "services"
    path = SERVICES_PATH
    product = PRODUCT
    sid_name = "service_sid"
    sid_prefixes = (SERVICE_SID_PREFIX,)

    def create(
        self,
        /,
        friendly_name: str,
        *,
        inbound_request_url: str | None = None,
        inbound_method: WebhookMethod | str | None = None,
        fallback_url: str | None = None,
        fallback_method: WebhookMethod | str | None = None,
        status_callback: str | None = None,
        sticky_sender: bool | None = None,
        mms_converter: bool | None = None,
        smart_encoding: bool | None = None,
        area_code_geomatch: bool | None = None,
        validity_period: int | timedelta | None = None,
        usecase: MessagingUsecase | str | None = None,
        use_inbound_webhook_on_number: bool | None = None,
        scan_message_content: ScanMessageContent | str | None = None,
        **params: ParamValue,
    ) -> Operation[MessagingService]:
        """Create a Messaging Service; add senders to it with ``messaging.phone_numbers``.

        Args:
            friendly_name: The service's name, up to 64 characters.
            inbound_request_url: The webhook for messages its senders receive.
            inbound_method: ``GET`` or ``POST`` (Twilio's default) for that webhook.
            fallback_url: The webhook called when the inbound one fails.
            fallback_method: ``GET`` or ``POST`` for the fallback webhook.
            status_callback: Where Twilio reports the delivery status of its messages.
            sticky_sender: Send to a recipient from the sender it last used.
            mms_converter: Send an MMS as SMS with a link where MMS cannot go.
            smart_encoding: Replace Unicode look-alikes to stay in GSM-7 encoding.
            area_code_geomatch: Prefer a sender in the recipient's area code.
            validity_period: How long a message may wait in the queue: seconds or a
                timedelta, 1 to 36,000 seconds (Twilio's default is 36,000).
            usecase: What the service is for (:class:`MessagingUsecase`).
            use_inbound_webhook_on_number: Call each number's own webhook instead of the
                service's.
            scan_message_content: A reserved setting (:class:`ScanMessageContent`).
            **params: Any other parameter, by Twilio's name (``SynchronousValidation``).

        Returns:
            The operation that creates the service and parses the new
            :class:`MessagingService`.

        Raises:
            InvalidArgument: the name is empty or longer than 64 characters, or a
                setting is malformed (see the arguments).
        """
        form: dict[str, ParamValue] = {
            "FriendlyName": _friendly_name(friendly_name),
            **service_settings(
                inbound_request_url=inbound_request_url,
                inbound_method=inbound_method,
                fallback_url=fallback_url,
                fallback_method=fallback_method,
                status_callback=status_callback,
                sticky_sender=sticky_sender,
                mms_converter=mms_converter,
                smart_encoding=smart_encoding,
                area_code_geomatch=area_code_geomatch,
                validity_period=validity_period,
                usecase=usecase,
                use_inbound_webhook_on_number=use_inbound_webhook_on_number,
                scan_message_content=scan_message_content,
            ),
            **params,
        }
        return self._post(self._path(), form)

    def update(
        self,
        /,
        sid: str,
        *,
        friendly_name: str | None = None,
        inbound_request_url: str | None = None,
        inbound_method: WebhookMethod | str | None = None,
        fallback_url: str | None = None,
        fallback_method: WebhookMethod | str | None = None,
        status_callback: str | None = None,
        sticky_sender: bool | None = None,
        mms_converter: bool | None = None,
        smart_encoding: bool | None = None,
        area_code_geomatch: bool | None = None,
        validity_period: int | timedelta | None = None,
        usecase: MessagingUsecase | str | None = None,
        use_inbound_webhook_on_number: bool | None = None,
        scan_message_content: ScanMessageContent | str | None = None,
        **params: ParamValue,
    ) -> Operation[MessagingService]:
        """Change a Messaging Service's settings; the ones left None are not sent.

        Args:
            sid: The service (``MG…``).
            friendly_name: A new name, up to 64 characters.
            inbound_request_url: See :meth:`create` for this and the other settings.
            inbound_method: ``GET`` or ``POST``.
            fallback_url: The fallback webhook.
            fallback_method: ``GET`` or ``POST``.
            status_callback: The delivery status webhook.
            sticky_sender: Sticky Sender on or off.
            mms_converter: MMS Converter on or off.
            smart_encoding: Smart Encoding on or off.
            area_code_geomatch: Area Code Geomatch on or off.
            validity_period: Seconds or a timedelta, 1 to 36,000 seconds.
            usecase: What the service is for.
            use_inbound_webhook_on_number: Use each number's own webhook.
            scan_message_content: A reserved setting.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that updates the service and parses the updated record.

        Raises:
            InvalidArgument: ``sid`` is malformed or a setting is (see :meth:`create`).
        """
        form: dict[str, ParamValue] = {
            "FriendlyName": None if friendly_name is None else _friendly_name(friendly_name),
            **service_settings(
                inbound_request_url=inbound_request_url,
                inbound_method=inbound_method,
                fallback_url=fallback_url,
                fallback_method=fallback_method,
                status_callback=status_callback,
                sticky_sender=sticky_sender,
                mms_converter=mms_converter,
                smart_encoding=smart_encoding,
                area_code_geomatch=area_code_geomatch,
                validity_period=validity_period,
                usecase=usecase,
                use_inbound_webhook_on_number=use_inbound_webhook_on_number,
                scan_message_content=scan_message_content,
            ),
            **params,
        }
        return self._update_record(sid, form)

    def get_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[MessagingService]]:
        """List the account's Messaging Services, one page per operation.

        Args:
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the page size is outside 1..1000.
        """
        return self._first_page(page_query(page_size, params))
