"""Verify v2 services: create, fetch, update, delete and list, on ``/v2/Services``.

Services live at ``/v2/Services`` with no account in the path: a request sees the
services of the account whose credentials signed it. Timestamps are ISO 8601; pages
carry Verify's ``meta`` object with absolute URLs.
"""

from __future__ import annotations

from twilio_sansio.core.http import Response
from twilio_sansio.testing.fake.listing import page_meta
from twilio_sansio.testing.fake.router import Resource
from twilio_sansio.testing.fake.store import FakeStore, Record, iso8601, public
from twilio_sansio.testing.fake.wire import (
    FakeApiError,
    Incoming,
    json_response,
    no_content,
    not_found,
)

SERVICES = "verify_services"
SERVICES_PATH = "/v2/Services"
VERIFY_ORIGIN = "https://verify.twilio.com"
DEFAULT_CODE_LENGTH = 6
MIN_CODE_LENGTH, MAX_CODE_LENGTH = 4, 10
INVALID_PARAMETER = 60200
_LINKS = {
    "verification_checks": "VerificationCheck",
    "verifications": "Verifications",
    "rate_limits": "RateLimits",
    "messaging_configurations": "MessagingConfigurations",
    "entities": "Entities",
    "webhooks": "Webhooks",
    "access_tokens": "AccessTokens",
}
# Form parameter -> JSON field, for the service's flags.
_FLAGS = {
    "LookupEnabled": "lookup_enabled",
    "Psd2Enabled": "psd2_enabled",
    "SkipSmsToLandlines": "skip_sms_to_landlines",
    "DtmfInputRequired": "dtmf_input_required",
    "DoNotShareWarningEnabled": "do_not_share_warning_enabled",
    "CustomCodeEnabled": "custom_code_enabled",
    "VerifyEventSubscriptionEnabled": "verify_event_subscription_enabled",
}


# Dotted form parameter -> where it lives in the service's JSON, and whether it is a number.
_CHANNEL_SETTINGS: dict[str, tuple[tuple[str, ...], bool]] = {
    "Push.ApnCredentialSid": (("push", "apn_credential_sid"), False),
    "Push.FcmCredentialSid": (("push", "fcm_credential_sid"), False),
    "Totp.Issuer": (("totp", "issuer"), False),
    "Totp.TimeStep": (("totp", "time_step"), True),
    "Totp.CodeLength": (("totp", "code_length"), True),
    "Totp.Skew": (("totp", "skew"), True),
    "Whatsapp.MsgServiceSid": (("whatsapp", "msg_service_sid"), False),
    "Whatsapp.From": (("whatsapp", "from"), False),
    "Passkeys.RelyingParty.Id": (("passkeys", "relying_party", "id"), False),
    "Passkeys.RelyingParty.Name": (("passkeys", "relying_party", "name"), False),
    "Passkeys.AuthenticatorAttachment": (("passkeys", "authenticator_attachment"), False),
    "Passkeys.DiscoverableCredentials": (("passkeys", "discoverable_credentials"), False),
    "Passkeys.UserVerification": (("passkeys", "user_verification"), False),
}


def invalid_verify_parameter(message: str) -> FakeApiError:
    """Verify's 400 for a parameter it refuses (code 60200, "Invalid parameter")."""
    return FakeApiError(400, INVALID_PARAMETER, message)


def new_service(store: FakeStore, account_sid: str, friendly_name: str, **fields: object) -> Record:
    """Store a Verify service of ``account_sid`` with Twilio's defaults (6-digit codes).

    Args:
        store: The fake's state.
        account_sid: The account owning the service.
        friendly_name: The service's name.
        **fields: JSON fields to set over the defaults (``code_length=4``).

    Returns:
        The stored record.
    """
    sid = store.new_sid("VA")
    now = iso8601(store.now())
    url = f"{VERIFY_ORIGIN}{SERVICES_PATH}/{sid}"
    record: Record = {
        "sid": sid,
        "account_sid": account_sid,
        "friendly_name": friendly_name,
        "code_length": DEFAULT_CODE_LENGTH,
        **dict.fromkeys(_FLAGS.values(), False),
        "tts_name": None,
        "push": {"include_date": False, "apn_credential_sid": None, "fcm_credential_sid": None},
        "totp": {"issuer": None, "time_step": None, "code_length": None, "skew": None},
        "whatsapp": {"msg_service_sid": None, "from": None},
        "passkeys": {
            "relying_party": {"id": None, "name": None, "origins": None},
            "authenticator_attachment": None,
            "discoverable_credentials": None,
            "user_verification": None,
        },
        "default_template_sid": None,
        "date_created": now,
        "date_updated": now,
        "url": url,
        "links": {name: f"{url}/{segment}" for name, segment in _LINKS.items()},
    }
    record.update(fields)
    return store.insert(SERVICES, sid, record)


def service_of(incoming: Incoming, sid: str) -> Record:
    """The signing account's service ``sid``, or Twilio's 404 (20404)."""
    record = incoming.store.get(SERVICES, sid)
    if record is None or record.get("account_sid") != incoming.principal:
        raise not_found(incoming.path)
    return record


def _render(record: Record, incoming: Incoming) -> Record:
    # The service's URLs name the host the request reached (the fake's server too).
    shown = public(record)
    own = f"{incoming.origin}{SERVICES_PATH}/{record['sid']}"
    shown["url"] = own
    shown["links"] = {name: f"{own}/{segment}" for name, segment in _LINKS.items()}
    return shown


def _apply(record: Record, incoming: Incoming) -> None:
    """Set what the form changes, checked as Verify checks it."""
    name = incoming.value("FriendlyName")
    if name is not None:
        if not name or len(name) > 32:
            raise invalid_verify_parameter("FriendlyName must be 1 to 32 characters")
        record["friendly_name"] = name
    if incoming.has("CodeLength"):
        try:
            length = int(incoming.value("CodeLength") or "")
        except ValueError:
            raise invalid_verify_parameter("CodeLength must be an integer") from None
        if not MIN_CODE_LENGTH <= length <= MAX_CODE_LENGTH:
            raise invalid_verify_parameter(
                f"CodeLength must be between {MIN_CODE_LENGTH} and {MAX_CODE_LENGTH}"
            )
        record["code_length"] = length
    for param, field in _FLAGS.items():
        value = incoming.boolean(param)
        if value is not None:
            record[field] = value
    for param, field in (("TtsName", "tts_name"), ("DefaultTemplateSid", "default_template_sid")):
        if incoming.has(param):
            record[field] = incoming.value(param) or None
    _apply_channel_settings(record, incoming)


def _apply_channel_settings(record: Record, incoming: Incoming) -> None:
    """Set the dotted settings of the channels in their objects (``totp.issuer``)."""
    include_date = incoming.boolean("Push.IncludeDate")
    if include_date is not None:
        record["push"] = {**record["push"], "include_date": include_date}
    origins = incoming.value("Passkeys.RelyingParty.Origins")
    if origins is not None:
        passkeys = record["passkeys"]
        listed = [origin.strip() for origin in origins.split(",") if origin.strip()]
        party = {**passkeys["relying_party"], "origins": listed}
        record["passkeys"] = {**passkeys, "relying_party": party}
    for param, (where, numeric) in _CHANNEL_SETTINGS.items():
        value: object = incoming.value(param)
        if value is None:
            continue
        if numeric:
            try:
                value = int(str(value))
            except ValueError:
                raise invalid_verify_parameter(f"{param} must be an integer") from None
        *parents, last = where
        holder = record
        for name in parents:
            holder[name] = dict(holder[name])
            holder = holder[name]
        holder[last] = value


routes = Resource(SERVICES_PATH)


@routes.route("POST", SERVICES_PATH)
def create(incoming: Incoming) -> Response:
    """POST /v2/Services: FriendlyName is required; CodeLength 4 to 10 (default 6)."""
    if not incoming.value("FriendlyName"):
        raise invalid_verify_parameter("Missing required parameter FriendlyName")
    record = new_service(incoming.store, incoming.principal, "")
    try:
        _apply(record, incoming)
    except FakeApiError:
        incoming.store.remove(SERVICES, record["sid"])
        raise
    return json_response(201, _render(record, incoming))


@routes.route("GET", SERVICES_PATH)
def listing(incoming: Incoming) -> Response:
    """GET /v2/Services: the signing account's services, newest first."""
    rows = incoming.store.newest_first(
        SERVICES, lambda record: record.get("account_sid") == incoming.principal
    )
    return page_meta(incoming, "services", rows, lambda record: _render(record, incoming))


@routes.route("GET", SERVICES_PATH + "/{Sid}")
def fetch(incoming: Incoming) -> Response:
    """GET /v2/Services/{Sid}."""
    return json_response(200, _render(service_of(incoming, incoming.params["Sid"]), incoming))


@routes.route("POST", SERVICES_PATH + "/{Sid}")
def update(incoming: Incoming) -> Response:
    """POST /v2/Services/{Sid}: change the settings given; all or nothing."""
    record = service_of(incoming, incoming.params["Sid"])
    changed = dict(record)
    _apply(changed, incoming)
    changed["date_updated"] = iso8601(incoming.store.now())
    record.update(changed)
    return json_response(200, _render(record, incoming))


@routes.route("DELETE", SERVICES_PATH + "/{Sid}")
def delete(incoming: Incoming) -> Response:
    """DELETE /v2/Services/{Sid}: its verifications go with it."""
    record = service_of(incoming, incoming.params["Sid"])
    incoming.store.remove(SERVICES, record["sid"])
    incoming.store.remove_where(
        "verifications", lambda row: row.get("service_sid") == record["sid"]
    )
    return no_content()


ROUTES = (routes,)
"""The Verify service routes."""
