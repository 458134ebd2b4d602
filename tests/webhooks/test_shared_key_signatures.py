"""Shared-key signing: HMAC-SHA256 keyed by the key the settings header names, fail closed."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import urlencode

import pytest

from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.webhooks import (
    HMAC_SHA256,
    InvalidSignature,
    InvalidSignatureSettings,
    MalformedBody,
    MissingSignature,
    SignatureSettings,
    UnknownSigningKey,
    UnsupportedSignatureAlgorithm,
    WebhookValidationError,
    signature_for,
    signed_headers,
    validate_request,
    validate_signature,
    verify_request,
)

URL = "https://hooks.example.com/sms?tenant=7"
PARAMS = [("MessageSid", "SM123"), ("Body", "Hello"), ("From", "+14155550100")]
BODY = urlencode(PARAMS).encode()
KEY_ID = "webhooks_sharedkey_1"
SECRET = "s3cret-of-key-1"
AUTH_TOKEN = "0123456789abcdef0123456789abcdef"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def independent_hmac(secret: str, text: str, digest: str) -> str:
    """The signature of an already assembled string, computed without the library."""
    mac = hmac.new(secret.encode(), text.encode(), getattr(hashlib, digest))
    return base64.b64encode(mac.digest()).decode()


def signed_text() -> str:
    return URL + "".join(name + value for name, value in sorted(PARAMS))


def shared_key_headers(signature: str, settings: str) -> dict[str, str]:
    return {
        **FORM,
        "X-Twilio-Signature": signature,
        "X-Twilio-Webhooks-Signature-Settings": settings,
    }


def test_sha256_signature_is_the_hmac_sha256_of_the_url_and_sorted_params() -> None:
    expected = independent_hmac(SECRET, signed_text(), "sha256")

    assert signature_for(SECRET, URL, PARAMS, algorithm=HMAC_SHA256) == expected


def test_sha1_signature_is_still_the_default() -> None:
    assert signature_for(AUTH_TOKEN, URL, PARAMS) == independent_hmac(
        AUTH_TOKEN, signed_text(), "sha1"
    )


def test_sha256_signature_validates_for_the_url_with_the_default_port() -> None:
    signature = signature_for(SECRET, URL, PARAMS, algorithm="HMAC_SHA256")
    with_port = URL.replace("example.com/", "example.com:443/")

    assert validate_signature(SECRET, with_port, PARAMS, signature, algorithm="hmac_sha256")


def test_a_sha1_signature_does_not_validate_as_sha256() -> None:
    signature = signature_for(SECRET, URL, PARAMS)

    assert not validate_signature(SECRET, URL, PARAMS, signature, algorithm=HMAC_SHA256)


@pytest.mark.parametrize("algorithm", ["HMAC_MD5", "SHA256", "", "HMAC_SHA512"])
def test_an_unknown_algorithm_passed_by_the_caller_is_refused(algorithm: str) -> None:
    with pytest.raises(InvalidArgument, match="algorithm"):
        signature_for(SECRET, URL, PARAMS, algorithm=algorithm)
    with pytest.raises(InvalidArgument, match="algorithm"):
        validate_signature(SECRET, URL, PARAMS, "x", algorithm=algorithm)


def test_request_signed_with_a_shared_key_is_valid_and_names_its_key() -> None:
    signature = independent_hmac(SECRET, signed_text(), "sha256")
    headers = shared_key_headers(signature, f"key={KEY_ID},algorithm=HMAC_SHA256")

    verified = verify_request("POST", URL, headers, BODY, keys={KEY_ID: SECRET})

    assert verified.key_id == KEY_ID
    assert verified.algorithm == "HMAC_SHA256"
    assert verified.params == tuple(PARAMS)


def test_during_a_rotation_either_key_validates_its_own_requests() -> None:
    keys = {"old": "old-secret", "new": "new-secret"}
    for key_id, secret in keys.items():
        headers = {**FORM, **signed_headers(URL, PARAMS, shared_key=(key_id, secret))}

        assert verify_request("POST", URL, headers, BODY, keys=keys).key_id == key_id


def test_a_request_naming_one_key_but_signed_with_another_is_invalid() -> None:
    keys = {"old": "old-secret", "new": "new-secret"}
    signature = signature_for("old-secret", URL, PARAMS, algorithm=HMAC_SHA256)
    headers = shared_key_headers(signature, "key=new,algorithm=HMAC_SHA256")

    with pytest.raises(InvalidSignature):
        validate_request(None, "POST", URL, headers, BODY, keys=keys)


def test_an_unknown_key_is_refused_before_any_signature_is_computed() -> None:
    signature = signature_for("whatever", URL, PARAMS, algorithm=HMAC_SHA256)
    headers = shared_key_headers(signature, "key=retired,algorithm=HMAC_SHA256")

    with pytest.raises(UnknownSigningKey) as raised:
        validate_request(AUTH_TOKEN, "POST", URL, headers, BODY, keys={KEY_ID: SECRET})
    assert raised.value.key_id == "retired"


def test_a_shared_key_request_to_an_app_with_only_the_auth_token_is_refused() -> None:
    headers = {**FORM, **signed_headers(URL, PARAMS, shared_key=(KEY_ID, SECRET))}

    with pytest.raises(UnknownSigningKey):
        validate_request(AUTH_TOKEN, "POST", URL, headers, BODY)


def test_an_auth_token_request_to_an_app_with_only_shared_keys_is_refused() -> None:
    headers = {**FORM, **signed_headers(URL, PARAMS, auth_token=AUTH_TOKEN)}

    with pytest.raises(UnknownSigningKey) as raised:
        validate_request(None, "POST", URL, headers, BODY, keys={KEY_ID: SECRET})
    assert raised.value.key_id is None


def test_an_app_trusting_both_accepts_both_kinds_of_request() -> None:
    keys = {KEY_ID: SECRET}
    by_token = {**FORM, **signed_headers(URL, PARAMS, auth_token=AUTH_TOKEN)}
    by_key = {**FORM, **signed_headers(URL, PARAMS, shared_key=(KEY_ID, SECRET))}

    assert (
        verify_request("POST", URL, by_token, BODY, auth_token=AUTH_TOKEN, keys=keys).key_id is None
    )
    assert (
        verify_request("POST", URL, by_key, BODY, auth_token=AUTH_TOKEN, keys=keys).key_id == KEY_ID
    )


@pytest.mark.parametrize("algorithm", ["HMAC_MD5", "RSA_SHA256", "NONE", "HMAC_SHA512"])
def test_an_unknown_algorithm_in_the_header_fails_closed(algorithm: str) -> None:
    signature = signature_for(SECRET, URL, PARAMS, algorithm=HMAC_SHA256)
    headers = shared_key_headers(signature, f"key={KEY_ID},algorithm={algorithm}")

    with pytest.raises(UnsupportedSignatureAlgorithm) as raised:
        validate_request(None, "POST", URL, headers, BODY, keys={KEY_ID: SECRET})
    assert raised.value.algorithm == algorithm


def test_a_shared_key_may_sign_with_sha1_when_the_header_says_so() -> None:
    signature = independent_hmac(SECRET, signed_text(), "sha1")
    headers = shared_key_headers(signature, f"key={KEY_ID},algorithm=HMAC_SHA1")

    assert (
        verify_request("POST", URL, headers, BODY, keys={KEY_ID: SECRET}).algorithm == "HMAC_SHA1"
    )


@pytest.mark.parametrize(
    "settings",
    [
        "key=webhooks_sharedkey_1",
        "algorithm=HMAC_SHA256",
        "key=,algorithm=HMAC_SHA256",
        "key=webhooks_sharedkey_1,algorithm=",
        "webhooks_sharedkey_1,HMAC_SHA256",
        "key=webhooks_sharedkey_1,algorithm=HMAC_SHA256,key=other",
        "key=a,algorithm=HMAC_SHA256, key=b,algorithm=HMAC_SHA256",
    ],
)
def test_settings_that_do_not_name_one_key_and_one_algorithm_fail_closed(settings: str) -> None:
    signature = signature_for(SECRET, URL, PARAMS, algorithm=HMAC_SHA256)

    with pytest.raises(InvalidSignatureSettings):
        validate_request(
            AUTH_TOKEN,
            "POST",
            URL,
            shared_key_headers(signature, settings),
            BODY,
            keys={KEY_ID: SECRET, "a": SECRET, "b": SECRET},
        )


def test_two_settings_headers_fail_closed() -> None:
    signature = signature_for(SECRET, URL, PARAMS, algorithm=HMAC_SHA256)
    headers = [
        ("Content-Type", FORM["Content-Type"]),
        ("X-Twilio-Signature", signature),
        ("X-Twilio-Webhooks-Signature-Settings", f"key={KEY_ID},algorithm=HMAC_SHA256"),
        ("X-Twilio-Webhooks-Signature-Settings", "key=other,algorithm=HMAC_SHA256"),
    ]

    with pytest.raises(InvalidSignatureSettings):
        validate_request(None, "POST", URL, headers, BODY, keys={KEY_ID: SECRET, "other": "x"})


def test_settings_are_read_in_any_case_with_spaces_and_extra_attributes() -> None:
    parsed = SignatureSettings.parse(" Key = k1 , ALGORITHM = hmac_sha256 , version=2")

    assert parsed == SignatureSettings("k1", "HMAC_SHA256")
    assert str(parsed) == "key=k1,algorithm=HMAC_SHA256"


def test_a_tampered_body_is_refused_under_a_shared_key() -> None:
    headers = {**FORM, **signed_headers(URL, PARAMS, shared_key=(KEY_ID, SECRET))}
    tampered = BODY.replace(b"Hello", b"Hellp")

    with pytest.raises(InvalidSignature):
        validate_request(None, "POST", URL, headers, tampered, keys={KEY_ID: SECRET})


def test_json_body_under_a_shared_key_is_covered_by_its_hash() -> None:
    body = b'{"event": "delivered"}'
    url = URL + "&bodySHA256=" + hashlib.sha256(body).hexdigest()
    headers = {
        "Content-Type": "application/json",
        **signed_headers(url, shared_key=(KEY_ID, SECRET)),
    }

    verified = verify_request("POST", url, headers, body, keys={KEY_ID: SECRET})
    assert verified.body_hash_signed
    assert verified.params == ()
    with pytest.raises(InvalidSignature, match="bodySHA256"):
        validate_request(None, "POST", url, headers, body + b" ", keys={KEY_ID: SECRET})


def test_missing_signature_is_missing_whatever_the_settings_say() -> None:
    headers = {
        **FORM,
        "X-Twilio-Webhooks-Signature-Settings": f"key={KEY_ID},algorithm=HMAC_SHA256",
    }

    with pytest.raises(MissingSignature):
        validate_request(None, "POST", URL, headers, BODY, keys={KEY_ID: SECRET})


def test_a_text_body_without_a_hash_is_still_malformed_under_a_shared_key() -> None:
    headers = {
        "Content-Type": "text/plain",
        **signed_headers(URL, shared_key=(KEY_ID, SECRET)),
    }

    with pytest.raises(MalformedBody):
        validate_request(None, "POST", URL, headers, b"hi", keys={KEY_ID: SECRET})


@pytest.mark.parametrize(
    ("auth_token", "keys"),
    [(None, None), (None, {}), ("", None), (None, {KEY_ID: ""}), (None, {"": SECRET})],
)
def test_configuration_without_a_usable_secret_is_the_callers_error(
    auth_token: str | None, keys: dict[str, str] | None
) -> None:
    headers = {**FORM, **signed_headers(URL, PARAMS, auth_token=AUTH_TOKEN)}

    with pytest.raises(InvalidArgument):
        validate_request(auth_token, "POST", URL, headers, BODY, keys=keys)


def test_signed_headers_needs_exactly_one_kind_of_secret() -> None:
    with pytest.raises(InvalidArgument):
        signed_headers(URL, PARAMS)
    with pytest.raises(InvalidArgument):
        signed_headers(URL, PARAMS, auth_token=AUTH_TOKEN, shared_key=(KEY_ID, SECRET))
    with pytest.raises(InvalidArgument):
        signed_headers(URL, PARAMS, shared_key=("a,b", SECRET))


def test_the_idempotency_token_header_is_exposed() -> None:
    headers = {
        **FORM,
        **signed_headers(URL, PARAMS, auth_token=AUTH_TOKEN),
        "i-twilio-idempotency-token": "a1b2c3-retry-me",
    }

    verified = verify_request("POST", URL, headers, BODY, auth_token=AUTH_TOKEN)
    assert verified.idempotency_token == "a1b2c3-retry-me"
    without = {**FORM, **signed_headers(URL, PARAMS, auth_token=AUTH_TOKEN)}
    assert (
        verify_request("POST", URL, without, BODY, auth_token=AUTH_TOKEN).idempotency_token is None
    )


def test_new_errors_are_validation_errors_answered_with_403() -> None:
    for error in (InvalidSignatureSettings, UnknownSigningKey, UnsupportedSignatureAlgorithm):
        assert issubclass(error, WebhookValidationError)
