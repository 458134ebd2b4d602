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
from twilio_sansio.core.resources.verify.service_settings import settings_form
from twilio_sansio.core.validation import check_sid, check_text

PRODUCT = "verify"
SERVICES_PATH = "/v2/Services"
SERVICE_SID_PREFIX = "VA"
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


def _friendly_name(value: object) -> str:
    name = check_text("friendly_name", value)
    if len(name) > MAX_FRIENDLY_NAME_LENGTH:
        raise InvalidArgument(
            f"friendly_name must be at most {MAX_FRIENDLY_NAME_LENGTH} characters, not {len(name)}"
        )
    return name


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
        push_include_date: bool | None = None,
        push_apn_credential_sid: str | None = None,
        push_fcm_credential_sid: str | None = None,
        totp_issuer: str | None = None,
        totp_time_step: int | None = None,
        totp_code_length: int | None = None,
        totp_skew: int | None = None,
        default_template_sid: str | None = None,
        whatsapp_msg_service_sid: str | None = None,
        whatsapp_from: str | None = None,
        passkeys_relying_party_id: str | None = None,
        passkeys_relying_party_name: str | None = None,
        passkeys_relying_party_origins: str | None = None,
        passkeys_authenticator_attachment: str | None = None,
        passkeys_discoverable_credentials: str | None = None,
        passkeys_user_verification: str | None = None,
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
            push_include_date: Push: include the date in a challenge's answer.
            push_apn_credential_sid: Push: the APN credential (``CR…``) for iOS.
            push_fcm_credential_sid: Push: the FCM credential (``CR…``) for Android.
            totp_issuer: TOTP: the issuer in the TOTP URI.
            totp_time_step: TOTP: seconds per code, 20 to 60.
            totp_code_length: TOTP: digits per code, 3 to 8.
            totp_skew: TOTP: time steps accepted either side, 0 to 2.
            default_template_sid: The message template (``HJ…``) of SMS verifications.
            whatsapp_msg_service_sid: WhatsApp: the Messaging Service (``MG…``) of the
                senders.
            whatsapp_from: WhatsApp: the sender number.
            passkeys_relying_party_id: Passkeys: the relying party's ID (your domain).
            passkeys_relying_party_name: Passkeys: the relying party's name.
            passkeys_relying_party_origins: Passkeys: the allowed origins, comma-separated.
            passkeys_authenticator_attachment: Passkeys: ``platform``,
                ``cross-platform`` or ``any``.
            passkeys_discoverable_credentials: Passkeys: ``required``, ``preferred`` or
                ``discouraged``.
            passkeys_user_verification: Passkeys: ``required``, ``preferred`` or
                ``discouraged``.
            verify_event_subscription_enabled: Let the service's verifications reach
                the account's event streams.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that creates the service and parses the new
            :class:`VerifyService`.

        Raises:
            InvalidArgument: the name is empty or too long, a number is out of its range
                (the code length 4..10), a flag is not a bool, a SID has another prefix,
                or a parameter cannot be encoded.
        """
        form = {
            "FriendlyName": _friendly_name(friendly_name),
            **settings_form(locals()),
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
        push_include_date: bool | None = None,
        push_apn_credential_sid: str | None = None,
        push_fcm_credential_sid: str | None = None,
        totp_issuer: str | None = None,
        totp_time_step: int | None = None,
        totp_code_length: int | None = None,
        totp_skew: int | None = None,
        default_template_sid: str | None = None,
        whatsapp_msg_service_sid: str | None = None,
        whatsapp_from: str | None = None,
        passkeys_relying_party_id: str | None = None,
        passkeys_relying_party_name: str | None = None,
        passkeys_relying_party_origins: str | None = None,
        passkeys_authenticator_attachment: str | None = None,
        passkeys_discoverable_credentials: str | None = None,
        passkeys_user_verification: str | None = None,
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
            push_include_date: Push: include the date in a challenge's answer.
            push_apn_credential_sid: Push: the APN credential (``CR…``) for iOS.
            push_fcm_credential_sid: Push: the FCM credential (``CR…``) for Android.
            totp_issuer: TOTP: the issuer in the TOTP URI.
            totp_time_step: TOTP: seconds per code, 20 to 60.
            totp_code_length: TOTP: digits per code, 3 to 8.
            totp_skew: TOTP: time steps accepted either side, 0 to 2.
            default_template_sid: The message template (``HJ…``) of SMS verifications.
            whatsapp_msg_service_sid: WhatsApp: the Messaging Service (``MG…``) of the
                senders.
            whatsapp_from: WhatsApp: the sender number.
            passkeys_relying_party_id: Passkeys: the relying party's ID (your domain).
            passkeys_relying_party_name: Passkeys: the relying party's name.
            passkeys_relying_party_origins: Passkeys: the allowed origins, comma-separated.
            passkeys_authenticator_attachment: Passkeys: ``platform``,
                ``cross-platform`` or ``any``.
            passkeys_discoverable_credentials: Passkeys: ``required``, ``preferred`` or
                ``discouraged``.
            passkeys_user_verification: Passkeys: ``required``, ``preferred`` or
                ``discouraged``.
            verify_event_subscription_enabled: Let the service's verifications reach
                the account's event streams.
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that updates the service and parses the updated record.

        Raises:
            InvalidArgument: ``sid`` is malformed, or a setting is (as for ``create``).
        """
        form = {
            "FriendlyName": None if friendly_name is None else _friendly_name(friendly_name),
            **settings_form(locals()),
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
