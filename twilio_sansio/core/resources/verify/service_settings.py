"""The settings of a Verify service: each keyword, Twilio's name for it, and its check.

``create`` and ``update`` of :mod:`.services` take the same settings as keyword arguments;
this table is the one place that says what each one is called on the wire (the channels'
settings are dotted: ``totp_issuer`` is ``Totp.Issuer``) and what values it accepts. The
ranges are those of Twilio's Verify v2 document.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.validation import check_flag, check_sid, check_text

Check = Callable[[str, object], ParamValue]


def _integer_between(low: int, high: int) -> Check:
    def check(name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidArgument(f"{name} must be an int, not {type(value).__name__}")
        if not low <= value <= high:
            raise InvalidArgument(f"{name} must be between {low} and {high}, not {value}")
        return value

    return check


def _sid_of(prefix: str) -> Check:
    def check(name: str, value: object) -> str:
        return check_sid(name, value, prefix)

    return check


def _text(name: str, value: object) -> str:
    return check_text(name, value)


def _flag(name: str, value: object) -> bool | None:
    return check_flag(name, value)


SETTINGS: dict[str, tuple[str, Check]] = {
    "code_length": ("CodeLength", _integer_between(4, 10)),
    "lookup_enabled": ("LookupEnabled", _flag),
    "skip_sms_to_landlines": ("SkipSmsToLandlines", _flag),
    "dtmf_input_required": ("DtmfInputRequired", _flag),
    "tts_name": ("TtsName", _text),
    "psd2_enabled": ("Psd2Enabled", _flag),
    "do_not_share_warning_enabled": ("DoNotShareWarningEnabled", _flag),
    "custom_code_enabled": ("CustomCodeEnabled", _flag),
    "push_include_date": ("Push.IncludeDate", _flag),
    "push_apn_credential_sid": ("Push.ApnCredentialSid", _sid_of("CR")),
    "push_fcm_credential_sid": ("Push.FcmCredentialSid", _sid_of("CR")),
    "totp_issuer": ("Totp.Issuer", _text),
    "totp_time_step": ("Totp.TimeStep", _integer_between(20, 60)),
    "totp_code_length": ("Totp.CodeLength", _integer_between(3, 8)),
    "totp_skew": ("Totp.Skew", _integer_between(0, 2)),
    "default_template_sid": ("DefaultTemplateSid", _sid_of("HJ")),
    "whatsapp_msg_service_sid": ("Whatsapp.MsgServiceSid", _sid_of("MG")),
    "whatsapp_from": ("Whatsapp.From", _text),
    "passkeys_relying_party_id": ("Passkeys.RelyingParty.Id", _text),
    "passkeys_relying_party_name": ("Passkeys.RelyingParty.Name", _text),
    "passkeys_relying_party_origins": ("Passkeys.RelyingParty.Origins", _text),
    "passkeys_authenticator_attachment": ("Passkeys.AuthenticatorAttachment", _text),
    "passkeys_discoverable_credentials": ("Passkeys.DiscoverableCredentials", _text),
    "passkeys_user_verification": ("Passkeys.UserVerification", _text),
    "verify_event_subscription_enabled": ("VerifyEventSubscriptionEnabled", _flag),
}
"""Each setting's keyword: its name in Twilio's form, and the check of its value."""


def settings_form(given: Mapping[str, object]) -> dict[str, ParamValue]:
    """Check the settings ``given`` (by keyword; None is not sent) and name them as Twilio does.

    Keys of ``given`` that are not settings are ignored, so a builder may pass its own
    ``locals()``.

    Raises:
        InvalidArgument: a setting's value is refused.
    """
    return {
        twilio_name: check(keyword, given[keyword])
        for keyword, (twilio_name, check) in SETTINGS.items()
        if given.get(keyword) is not None
    }
