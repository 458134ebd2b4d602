"""The signature decisions the webhooks guide lists, each against an independent HMAC."""

from __future__ import annotations

import base64
import hashlib
import hmac

from twilio_sansio import signature_for, validate_signature

TOKEN = "12345"


def reference(url: str, pairs: list[tuple[str, str]]) -> str:
    """Twilio's documented algorithm: the URL, then every parameter sorted, appended."""
    data = url + "".join(name + value for name, value in sorted(pairs))
    digest = hmac.new(TOKEN.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def test_a_repeated_identical_parameter_is_signed_twice() -> None:
    url = "https://example.com/sms"
    pairs = [("To", "a"), ("To", "a"), ("Body", "x")]
    assert signature_for(TOKEN, url, pairs) == reference(url, pairs)
    deduplicated = reference(url, [("To", "a"), ("Body", "x")])
    assert not validate_signature(TOKEN, url, pairs, deduplicated)


def test_values_of_a_repeated_name_are_sorted() -> None:
    url = "https://example.com/sms"
    assert signature_for(TOKEN, url, [("M", "b"), ("M", "a")]) == reference(
        url, [("M", "a"), ("M", "b")]
    )


def test_the_url_is_signed_as_passed() -> None:
    for url in ("HTTPS://example.com/sms", "https://example.com/sms?"):
        signature = reference(url, [("To", "a")])
        assert validate_signature(TOKEN, url, [("To", "a")], signature)
        assert not validate_signature(TOKEN, "https://example.com/sms", [("To", "a")], signature)


def test_credentials_and_the_default_port_do_not_change_what_is_checked() -> None:
    signed = reference("https://example.com/sms", [("To", "a")])
    for url in (
        "https://user:pass@example.com/sms",
        "https://example.com:443/sms",
    ):
        assert validate_signature(TOKEN, url, [("To", "a")], signed), url
    ipv6 = reference("https://[::1]/sms", [("To", "a")])
    assert validate_signature(TOKEN, "https://[::1]:443/sms", [("To", "a")], ipv6)
