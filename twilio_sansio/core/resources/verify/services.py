"""Verify services (Verify v2): the model and the operations on ``/v2/Services``.

A service (``VA…``) holds the settings every verification started through it shares:
the name in the message, the code's length, the channels' configuration.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import (
    Boolean,
    Integer,
    Object,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import DeletableOperations, page_query
from twilio_sansio.core.validation import check_flag, check_sid, check_text, optional_text

PRODUCT = "verify"
SERVICES_PATH = "/v2/Services"
SERVICE_SID_PREFIX = "VA"
MIN_CODE_LENGTH, MAX_CODE_LENGTH = 4, 10
MAX_FRIENDLY_NAME_LENGTH = 32


class VerifyService(Record):
    """A Verify service (``VA…``): the settings of the verifications started through it.

    ``push``, ``totp``, ``whatsapp`` and ``passkeys`` are the channels' configuration
    objects as Twilio sends them; ``links`` maps each sub-resource to its URL.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    friendly_name = Text()
    code_length = Integer()
    lookup_enabled = Boolean()
    psd2_enabled = Boolean()
    skip_sms_to_landlines = Boolean()
    dtmf_input_required = Boolean()
    tts_name = Text()
    do_not_share_warning_enabled = Boolean()
    custom_code_enabled = Boolean()
    push = Object()
    totp = Object()
    default_template_sid = Text()
    whatsapp = Object()
    passkeys = Object()
    verify_event_subscription_enabled = Boolean()
    date_created = Timestamp()
    date_updated = Timestamp()
    url = Text()
    links = Object()


def check_service_sid(value: object) -> str:
    """Return ``value`` if it is a Verify service SID (``VA`` + 32 hex digits).

    Raises:
        InvalidArgument: it is not.
    """
    return check_sid("service_sid", value, SERVICE_SID_PREFIX)


def _code_length(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"code_length must be an int, not {type(value).__name__}")
    if not MIN_CODE_LENGTH <= value <= MAX_CODE_LENGTH:
        raise InvalidArgument(
            f"code_length must be between {MIN_CODE_LENGTH} and {MAX_CODE_LENGTH}, not {value}"
        )
    return value


def _friendly_name(value: object) -> str:
    name = check_text("friendly_name", value)
    if len(name) > MAX_FRIENDLY_NAME_LENGTH:
        raise InvalidArgument(
            f"friendly_name must be at most {MAX_FRIENDLY_NAME_LENGTH} characters, not {len(name)}"
        )
    return name


def _settings(
    *,
    code_length: int | None,
    lookup_enabled: bool | None,
    skip_sms_to_landlines: bool | None,
    dtmf_input_required: bool | None,
    tts_name: str | None,
    psd2_enabled: bool | None,
    do_not_share_warning_enabled: bool | None,
    custom_code_enabled: bool | None,
    default_template_sid: str | None,
    verify_event_subscription_enabled: bool | None,
) -> dict[str, ParamValue]:
    """Check the typed settings of a service and name them as Twilio does."""
    if default_template_sid is not None:
        check_sid("default_template_sid", default_template_sid, "HJ")
    return {
        "CodeLength": _code_length(code_length),
        "LookupEnabled": check_flag("lookup_enabled", lookup_enabled),
        "SkipSmsToLandlines": check_flag("skip_sms_to_landlines", skip_sms_to_landlines),
        "DtmfInputRequired": check_flag("dtmf_input_required", dtmf_input_required),
        "TtsName": optional_text("tts_name", tts_name),
        "Psd2Enabled": check_flag("psd2_enabled", psd2_enabled),
        "DoNotShareWarningEnabled": check_flag(
            "do_not_share_warning_enabled", do_not_share_warning_enabled
        ),
        "CustomCodeEnabled": check_flag("custom_code_enabled", custom_code_enabled),
        "DefaultTemplateSid": default_template_sid,
        "VerifyEventSubscriptionEnabled": check_flag(
            "verify_event_subscription_enabled", verify_event_subscription_enabled
        ),
    }


class VerifyServiceOperations(DeletableOperations["VerifyServiceOperations", VerifyService]):
    """Builds the operations on Verify services; the clients bind these to the network."""

    __slots__ = ()

    model = VerifyService
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
        code_length: int | None = None,
        lookup_enabled: bool | None = None,
        skip_sms_to_landlines: bool | None = None,
        dtmf_input_required: bool | None = None,
        tts_name: str | None = None,
        psd2_enabled: bool | None = None,
        do_not_share_warning_enabled: bool | None = None,
        custom_code_enabled: bool | None = None,
        default_template_sid: str | None = None,
        verify_event_subscription_enabled: bool | None = None,
        **params: ParamValue,
    ) -> Operation[VerifyService]:
        """Create a Verify service.

        Args:
            friendly_name: The name in the verification messages, up to 32 characters.
            code_length: Digits in the codes sent, 4 to 10 (Twilio's default is 6).
            lookup_enabled: Look up each number a verification is started for.
            skip_sms_to_landlines: Send no SMS to landlines (needs ``lookup_enabled``).
            dtmf_input_required: Ask the callee to press a key before the code is read.
            tts_name: An alternative text-to-speech voice for calls.
            psd2_enabled: Take PSD2 transaction parameters (``Amount``, ``Payee``).
            do_not_share_warning_enabled: End SMS codes with a do-not-share warning.
            custom_code_enabled: Allow verifications with a code of the caller's own.
            default_template_sid: The message template (``HJ…``) of SMS verifications.
            verify_event_subscription_enabled: Let the service's verifications reach
                the account's event streams.
            **params: Any other parameter, by Twilio's name; the channels' settings are
                dotted (``**{"Totp.Issuer": "Shop", "Push.IncludeDate": True}``; for mypy,
                a ``dict[str, Any]`` of them).

        Returns:
            The operation that creates the service and parses the new
            :class:`VerifyService`.

        Raises:
            InvalidArgument: the name is empty or too long, the code length is outside
                4..10, a flag is not a bool, the template is not ``HJ…``, or a parameter
                cannot be encoded.
        """
        form = {
            "FriendlyName": _friendly_name(friendly_name),
            **_settings(
                code_length=code_length,
                lookup_enabled=lookup_enabled,
                skip_sms_to_landlines=skip_sms_to_landlines,
                dtmf_input_required=dtmf_input_required,
                tts_name=tts_name,
                psd2_enabled=psd2_enabled,
                do_not_share_warning_enabled=do_not_share_warning_enabled,
                custom_code_enabled=custom_code_enabled,
                default_template_sid=default_template_sid,
                verify_event_subscription_enabled=verify_event_subscription_enabled,
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
        code_length: int | None = None,
        lookup_enabled: bool | None = None,
        skip_sms_to_landlines: bool | None = None,
        dtmf_input_required: bool | None = None,
        tts_name: str | None = None,
        psd2_enabled: bool | None = None,
        do_not_share_warning_enabled: bool | None = None,
        custom_code_enabled: bool | None = None,
        default_template_sid: str | None = None,
        verify_event_subscription_enabled: bool | None = None,
        **params: ParamValue,
    ) -> Operation[VerifyService]:
        """Change a Verify service's settings; those not given are left as they are.

        Args:
            sid: The service (``VA…``).
            friendly_name: The name in the verification messages, up to 32 characters.
            code_length: Digits in the codes sent, 4 to 10.
            lookup_enabled: Look up each number a verification is started for.
            skip_sms_to_landlines: Send no SMS to landlines (needs ``lookup_enabled``).
            dtmf_input_required: Ask the callee to press a key before the code is read.
            tts_name: An alternative text-to-speech voice for calls.
            psd2_enabled: Take PSD2 transaction parameters (``Amount``, ``Payee``).
            do_not_share_warning_enabled: End SMS codes with a do-not-share warning.
            custom_code_enabled: Allow verifications with a code of the caller's own.
            default_template_sid: The message template (``HJ…``) of SMS verifications.
            verify_event_subscription_enabled: Let the service's verifications reach
                the account's event streams.
            **params: Any other parameter, by Twilio's name (dotted for the channels'
                settings: ``**{"Whatsapp.From": "+14155550100"}``).

        Returns:
            The operation that updates the service and parses the updated record.

        Raises:
            InvalidArgument: ``sid`` is malformed, or a setting is (as for ``create``).
        """
        form = {
            "FriendlyName": None if friendly_name is None else _friendly_name(friendly_name),
            **_settings(
                code_length=code_length,
                lookup_enabled=lookup_enabled,
                skip_sms_to_landlines=skip_sms_to_landlines,
                dtmf_input_required=dtmf_input_required,
                tts_name=tts_name,
                psd2_enabled=psd2_enabled,
                do_not_share_warning_enabled=do_not_share_warning_enabled,
                custom_code_enabled=custom_code_enabled,
                default_template_sid=default_template_sid,
                verify_event_subscription_enabled=verify_event_subscription_enabled,
            ),
            **params,
        }
        return self._update_record(sid, form)

    def get_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[VerifyService]]:
        """List the account's Verify services, one page per operation.

        Args:
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the page size is outside 1..1000 or a filter is malformed.
        """
        return self._first_page(page_query(page_size, params))
