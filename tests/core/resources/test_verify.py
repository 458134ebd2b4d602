"""Verify v2: each builder's request, the models, the typed errors, the helpers' answers."""

from __future__ import annotations

import inspect
import json
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.core._support import (
    ACCOUNT,
    assert_choices_cover,
    json_response,
    make_config,
    meta_page,
    openapi_document,
    openapi_schemas,
)
from twilio_sansio import (
    APIError,
    InvalidArgument,
    InvalidVerificationParameter,
    MaxCheckAttemptsReached,
    MaxSendAttemptsReached,
    TooManyConcurrentRequests,
    VerificationNotFound,
    VerifyError,
)
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources.verify.channels import VerificationChannel
from twilio_sansio.core.resources.verify.codes import VerifyOperations
from twilio_sansio.core.resources.verify.service_settings import SETTINGS
from twilio_sansio.core.resources.verify.services import VerifyService, VerifyServiceOperations
from twilio_sansio.core.resources.verify.verification_checks import (
    VerificationCheck,
    VerificationCheckOperations,
)
from twilio_sansio.core.resources.verify.verifications import (
    BaseVerification,
    Verification,
    VerificationOperations,
    VerificationStatus,
)
from twilio_sansio.core.values import MalformedValue

VERIFY = "https://verify.example.test"
SERVICE = "VA" + "a" * 32
VERIFICATION = "VE" + "b" * 32
TO = "+14155550100"
EMAIL_ADDRESS = "user@example.com"
SERVICES = f"{VERIFY}/v2/Services"
VERIFY_V2 = "twilio_verify_v2.json"


def config(default_region: str | None = None) -> Any:
    return make_config(
        {"api": "https://api.example.test", "verify": VERIFY}, default_region=default_region
    )


def form(request: Request) -> dict[str, str]:
    return dict(parse_qsl(request.body.decode(), keep_blank_values=True))


def verification_json(**fields: Any) -> dict[str, Any]:
    return {
        "sid": VERIFICATION,
        "service_sid": SERVICE,
        "account_sid": ACCOUNT,
        "to": TO,
        "channel": "sms",
        "status": "pending",
        "valid": False,
        "lookup": {},
        "amount": None,
        "payee": None,
        "send_code_attempts": [{"time": "2026-01-02T03:04:05Z", "channel": "SMS"}],
        "date_created": "2026-01-02T03:04:05Z",
        "date_updated": "2026-01-02T03:04:05Z",
        "sna": None,
        "url": f"{SERVICES}/{SERVICE}/Verifications/{VERIFICATION}",
        **fields,
    }


def error_response(status: int, code: int) -> Response:
    return json_response(
        {"code": code, "message": "no", "more_info": f"https://e.test/{code}", "status": status},
        status,
    )


# -- services ---------------------------------------------------------------------------------


def test_create_service_sends_the_typed_settings_by_twilios_names() -> None:
    op = VerifyServiceOperations(config()).create(
        "Shop",
        code_length=4,
        lookup_enabled=True,
        custom_code_enabled=False,
        default_template_sid="HJ" + "c" * 32,
        totp_issuer="Shop",
        totp_skew=0,
        whatsapp_msg_service_sid="MG" + "d" * 32,
        passkeys_relying_party_origins="a.example,b.example",
        MailerSid="MD" + "e" * 32,
    )
    assert (op.request.method, op.request.url) == ("POST", SERVICES)
    assert form(op.request) == {
        "FriendlyName": "Shop",
        "CodeLength": "4",
        "LookupEnabled": "true",
        "CustomCodeEnabled": "false",
        "DefaultTemplateSid": "HJ" + "c" * 32,
        "Totp.Issuer": "Shop",
        "Totp.Skew": "0",
        "Whatsapp.MsgServiceSid": "MG" + "d" * 32,
        "Passkeys.RelyingParty.Origins": "a.example,b.example",
        "MailerSid": "MD" + "e" * 32,
    }


@pytest.mark.parametrize("method", ["create", "update"])
def test_create_and_update_take_every_setting_of_the_table(method: str) -> None:
    signature = inspect.signature(getattr(VerifyServiceOperations, method))
    keywords = {
        name
        for name, parameter in signature.parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert keywords - {"friendly_name"} == set(SETTINGS)


def test_the_settings_are_the_documents_form_parameters() -> None:
    document = openapi_document(VERIFY_V2)
    for path, method in (("/v2/Services", "post"), ("/v2/Services/{Sid}", "post")):
        body = document["paths"][path][method]["requestBody"]["content"]
        names = set(body["application/x-www-form-urlencoded"]["schema"]["properties"])
        assert {twilio for twilio, _check in SETTINGS.values()} == names - {"FriendlyName"}


def test_update_service_sends_only_what_is_given() -> None:
    op = VerifyServiceOperations(config()).update(SERVICE, psd2_enabled=True)
    assert (op.request.method, op.request.url) == ("POST", f"{SERVICES}/{SERVICE}")
    assert form(op.request) == {"Psd2Enabled": "true"}


def test_service_get_delete_and_pages_are_on_the_verify_host() -> None:
    ops = VerifyServiceOperations(config())
    assert ops.get(SERVICE).request.url == f"{SERVICES}/{SERVICE}"
    deleted = ops.delete(SERVICE)
    assert deleted.request.method == "DELETE"
    assert deleted.parse(Response(404, (), b"")) is None  # already gone is not an error
    first = ops.get_page(page_size=2)
    assert first.request.url == f"{SERVICES}?PageSize=2"
    page = first.parse(
        json_response(
            meta_page("services", [{"sid": SERVICE, "code_length": 6}], None, list_url=SERVICES)
        )
    )
    assert [service.code_length for service in page] == [6]


@pytest.mark.parametrize(
    "arguments",
    [
        {"friendly_name": ""},
        {"friendly_name": "x" * 33},
        {"friendly_name": "Shop", "code_length": 3},
        {"friendly_name": "Shop", "code_length": 11},
        {"friendly_name": "Shop", "code_length": True},
        {"friendly_name": "Shop", "lookup_enabled": "yes"},
        {"friendly_name": "Shop", "default_template_sid": "MG" + "0" * 32},
        {"friendly_name": "Shop", "totp_time_step": 19},
        {"friendly_name": "Shop", "totp_code_length": 9},
        {"friendly_name": "Shop", "totp_skew": 3},
        {"friendly_name": "Shop", "push_apn_credential_sid": "CR123"},
        {"friendly_name": "Shop", "whatsapp_from": ""},
    ],
)
def test_bad_service_settings_are_refused_before_a_request(arguments: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgument):
        VerifyServiceOperations(config()).create(**arguments)


def test_a_service_sid_of_another_resource_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="VA"):
        VerifyServiceOperations(config()).get("MG" + "0" * 32)


# -- verifications ----------------------------------------------------------------------------


def test_create_verification_normalises_a_phone_number_to_e164() -> None:
    op = VerificationOperations(config("US")).create(SERVICE, "(415) 555-0100", "sms", locale="fr")
    assert op.request.url == f"{SERVICES}/{SERVICE}/Verifications"
    assert form(op.request) == {"To": TO, "Channel": "sms", "Locale": "fr"}


def test_create_verification_by_email_serialises_json_parameters() -> None:
    op = VerificationOperations(config()).create(
        SERVICE,
        "user@example.com",
        VerificationChannel.EMAIL,
        channel_configuration={"from": "shop@example.com"},
        tags={"flow": "signup"},
    )
    sent = form(op.request)
    assert sent["To"] == "user@example.com"
    assert json.loads(sent["ChannelConfiguration"]) == {"from": "shop@example.com"}
    assert json.loads(sent["Tags"]) == {"flow": "signup"}


@pytest.mark.parametrize(
    ("to", "channel"),
    [
        ("user@example.com", "sms"),
        ("not a number", "call"),
        ("+1415555", "whatsapp"),
        ("+14155550100", "email"),
        ("user@localhost", "email"),
        ("+14155550100", ""),
        ("", "sms"),
    ],
)
def test_a_recipient_that_does_not_fit_its_channel_is_refused(to: str, channel: str) -> None:
    with pytest.raises(InvalidArgument):
        VerificationOperations(config()).create(SERVICE, to, channel)


def test_a_channel_twilio_adds_later_passes_its_recipient_through() -> None:
    op = VerificationOperations(config()).create(SERVICE, "rbm:agent", "rbm")
    assert form(op.request) == {"To": "rbm:agent", "Channel": "rbm"}


@pytest.mark.parametrize("code", ["123", "12345678901"])
def test_a_custom_code_must_be_4_to_10_characters(code: str) -> None:
    with pytest.raises(InvalidArgument, match="custom_code"):
        VerificationOperations(config()).create(SERVICE, TO, "sms", custom_code=code)


def test_update_approve_and_cancel_post_the_status() -> None:
    ops = VerificationOperations(config())
    url = f"{SERVICES}/{SERVICE}/Verifications/{VERIFICATION}"
    for op, status in (
        (ops.update(SERVICE, VERIFICATION, "canceled"), "canceled"),
        (ops.approve(SERVICE, VERIFICATION), "approved"),
        (ops.cancel(SERVICE, VERIFICATION), "canceled"),
    ):
        assert (op.request.method, op.request.url) == ("POST", url)
        assert form(op.request) == {"Status": status}
    assert ops.get(SERVICE, VERIFICATION).request.url == url


def test_update_refuses_a_status_a_caller_cannot_set() -> None:
    with pytest.raises(InvalidArgument, match="approved"):
        VerificationOperations(config()).update(SERVICE, VERIFICATION, "pending")


def test_a_verification_reads_its_fields_and_open_enums() -> None:
    record = (
        VerificationOperations(config())
        .get(SERVICE, VERIFICATION)
        .parse(json_response(verification_json(status="approved", channel="rbm")))
    )
    assert isinstance(record, Verification)
    assert record.status is VerificationStatus.APPROVED
    assert record.approved
    assert record.channel == "rbm"
    assert not record.channel.is_known
    assert record.date_created is not None
    assert record.date_created.year == 2026


# -- checks and the helpers --------------------------------------------------------------------


def test_a_check_takes_exactly_one_of_to_and_verification_sid() -> None:
    ops = VerificationCheckOperations(config())
    with pytest.raises(InvalidArgument, match="exactly one"):
        ops.create(SERVICE, code="123456")
    with pytest.raises(InvalidArgument, match="exactly one"):
        ops.create(SERVICE, code="123456", to=TO, verification_sid=VERIFICATION)
    by_sid = ops.create(SERVICE, code="123456", verification_sid=VERIFICATION)
    assert form(by_sid.request) == {"Code": "123456", "VerificationSid": VERIFICATION}
    by_to = ops.create(SERVICE, code="1234", to="user@example.com")
    assert by_to.request.url == f"{SERVICES}/{SERVICE}/VerificationCheck"
    assert form(by_to.request) == {"Code": "1234", "To": "user@example.com"}


@pytest.mark.parametrize("code", ["", "123", "12345678901", 123456])
def test_a_code_of_the_wrong_shape_is_refused(code: Any) -> None:
    with pytest.raises(InvalidArgument):
        VerifyOperations(config()).check_code(SERVICE, TO, code)


def test_send_code_starts_a_verification_by_sms_unless_told() -> None:
    op = VerifyOperations(config()).send_code(SERVICE, TO)
    assert form(op.request) == {"To": TO, "Channel": "sms"}
    call = VerifyOperations(config()).send_code(SERVICE, TO, "call")
    assert form(call.request)["Channel"] == "call"


@pytest.mark.parametrize(("status", "approved"), [("approved", True), ("pending", False)])
def test_check_code_answers_whether_the_code_approved_the_verification(
    status: str, approved: bool
) -> None:
    op = VerifyOperations(config()).check_code(SERVICE, TO, "123456")
    assert form(op.request) == {"Code": "123456", "To": TO}
    assert op.parse(json_response(verification_json(status=status))) is approved


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (404, 20404, VerificationNotFound),
        (400, 60200, InvalidVerificationParameter),
        (429, 60202, MaxCheckAttemptsReached),
        (429, 60203, MaxSendAttemptsReached),
        (429, 60212, TooManyConcurrentRequests),
    ],
)
def test_verify_error_codes_raise_their_typed_errors(
    status: int, code: int, kind: type[VerifyError]
) -> None:
    operations: list[Operation[Any]] = [
        VerifyOperations(config()).check_code(SERVICE, TO, "123456"),
        VerifyOperations(config()).send_code(SERVICE, TO),
        VerificationOperations(config()).get(SERVICE, VERIFICATION),
        VerificationCheckOperations(config()).create(SERVICE, code="1234", to=TO),
    ]
    for op in operations:
        with pytest.raises(kind) as caught:
            op.parse(error_response(status, code))
        error = caught.value
        assert isinstance(error, APIError)
        assert (error.status, error.code, error.method) == (
            status,
            code,
            "POST" if op.request.method == "POST" else "GET",
        )
        assert error.url == op.request.url


def test_other_errors_stay_plain_api_errors() -> None:
    op = VerifyOperations(config()).check_code(SERVICE, TO, "123456")
    with pytest.raises(APIError) as caught:
        op.parse(error_response(401, 20003))
    assert type(caught.value) is APIError
    with pytest.raises(APIError) as not_a_404:  # 20404 counts only on a 404
        op.parse(error_response(400, 20404))
    assert type(not_a_404.value) is APIError


# -- Twilio's documents --------------------------------------------------------------------------


def test_the_models_cover_verify_v2s_schemas() -> None:
    schemas = openapi_schemas(VERIFY_V2)
    assert_choices_cover(schemas, "verify.v2.service", VerifyService, {})
    assert_choices_cover(
        schemas, "verify.v2.service.verification", Verification, {"channel": VerificationChannel}
    )
    assert_choices_cover(
        schemas,
        "verify.v2.service.verification_check",
        VerificationCheck,
        {"channel": VerificationChannel},
    )


def test_phone_number_reads_to_as_e164_and_none_for_an_email() -> None:
    parse = VerificationOperations(config()).get(SERVICE, VERIFICATION).parse
    assert parse(json_response(verification_json())).phone_number == TO
    assert parse(json_response(verification_json(to=EMAIL_ADDRESS))).phone_number is None
    with pytest.raises(MalformedValue):
        _ = parse(json_response(verification_json(to="12"))).phone_number


def test_a_check_shares_the_verifications_fields() -> None:
    checked = (
        VerificationCheckOperations(config())
        .create(SERVICE, code="1234", to=TO)
        .parse(
            json_response({**verification_json(status="approved"), "sna_attempts_error_codes": []})
        )
    )
    assert isinstance(checked, BaseVerification)
    assert checked.approved
    assert checked.sna_attempts_error_codes == []
    assert "lookup" not in VerificationCheck.field_names()
