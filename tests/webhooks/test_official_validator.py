"""The classic and shared-key signatures agree with the official SDK's RequestValidator."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, strategies as st

from twilio_sansio.webhooks import HMAC_SHA256, signature_for, validate_signature

request_validator = pytest.importorskip(
    "twilio.request_validator",
    reason="the official twilio package is not installed; it is only a test oracle",
)

URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
texts = st.text(st.characters(codec="utf-8"), max_size=20)
params = st.dictionaries(texts, texts, max_size=6)


def test_classic_signature_is_the_one_the_official_validator_computes() -> None:
    official = request_validator.RequestValidator("12345").compute_signature(URL, PARAMS)

    assert signature_for("12345", URL, PARAMS) == official


def test_official_validator_accepts_the_classic_signature() -> None:
    validator = request_validator.RequestValidator("12345")

    assert validator.validate(URL, PARAMS, signature_for("12345", URL, PARAMS))


def test_shared_key_signature_is_the_one_the_official_validator_computes() -> None:
    validator = request_validator.RequestValidator("shared-secret")
    algorithm = request_validator.get_signature_algorithm("key=k1,algorithm=HMAC_SHA256")
    official = validator.compute_signature(URL, PARAMS, algorithm)

    assert signature_for("shared-secret", URL, PARAMS, algorithm=HMAC_SHA256) == official
    assert validator.validate(URL, PARAMS, official, algorithm)


def test_json_body_signature_agrees_with_the_official_validator() -> None:
    body = '{"property": "value", "boolean": true}'
    url = f"{URL}&bodySHA256={hashlib.sha256(body.encode()).hexdigest()}"
    validator = request_validator.RequestValidator("12345")

    assert validator.validate(url, body, signature_for("12345", url))


@given(token=texts.filter(bool), form=params)
def test_any_form_signs_as_the_official_validator_signs_it(
    token: str, form: dict[str, str]
) -> None:
    validator = request_validator.RequestValidator(token)
    for algorithm in ("HMAC_SHA1", "HMAC_SHA256"):
        official = validator.compute_signature(URL, form, algorithm)

        assert signature_for(token, URL, form, algorithm=algorithm) == official
        assert validate_signature(token, URL, form, official, algorithm=algorithm)
