"""What a new user trips over: errors in the command line's words, and the flags they need."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import jwt
import pytest

from tests.cli._support import RECIPIENT, invoke
from twilio_sansio.cli.wording import in_command_line_words
from twilio_sansio.testing.fake import FakeTwilio

TEMPLATE = "HX" + "c" * 32


@pytest.mark.parametrize(
    ("argv", "said", "unsaid"),
    [
        (["messages", "send", "--to", "4155550100", "--body", "x"],
         "write it with + and the country code", "default_region"),
        (["messages", "send", "--to", RECIPIENT, "--media-url", ""],
         "--media-url must not be empty", "media_urls"),
        (["messages", "send", "--to", RECIPIENT],
         "a message needs --body, --media-url or --content-sid", "ContentSid"),
        (["calls", "make", "--to", RECIPIENT, "--from", "123", "--url", "https://e.com/t"],
         "not a valid phone number: '123'", "PhoneNumber.parse"),
        (["messages", "send", "--to", "MyShop", "--body", "x"],
         "--to must be a phone number", "error: to must"),
        (["numbers", "search", "US", "--area-code", "41"],
         "--area-code must be three digits", "area_code"),
        (["token", "--identity", ""], "--identity must be a non-empty string", "error: identity"),
        (["token", "--identity", "a", "--ttl", "99999"], "--ttl must be", "error: ttl"),
    ],
)  # fmt: skip
def test_errors_name_the_flags_not_the_python_api(
    fake: FakeTwilio, argv: list[str], said: str, unsaid: str
) -> None:
    result = invoke(*argv, fake=fake)
    assert result.code == 2
    assert said in result.err
    assert unsaid not in result.err


def test_bad_credentials_name_their_variables() -> None:
    environ = {"TWILIO_ACCOUNT_SID": "ACx", "TWILIO_AUTH_TOKEN": "token"}
    result = invoke("messages", "list", environ=environ)
    assert result.code == 2
    assert "TWILIO_ACCOUNT_SID must be AC + 32 hex digits" in result.err


def test_names_are_replaced_as_whole_words_only() -> None:
    names = {"media_urls[]": "--media-url", "media_urls": "--media-url", "a body": "--body"}
    assert in_command_line_words("media_urls[] and media_urls", names) == (
        "--media-url and --media-url"
    )
    assert in_command_line_words("my_media_urls, a bodyguard", names) == (
        "my_media_urls, a bodyguard"
    )


def test_messages_send_takes_a_content_template(fake: FakeTwilio) -> None:
    result = invoke(
        "messages", "send", "--to", RECIPIENT, "--content-sid", TEMPLATE,
        "--content-variables", '{"1": "Alice"}', "--format", "json", fake=fake,
    )  # fmt: skip
    assert result.code == 0, result.err
    [request] = [sent for sent in fake.requests if sent.method == "POST"]
    form = parse_qs(request.body.decode())
    assert form["ContentSid"] == [TEMPLATE]
    assert form["ContentVariables"] == ['{"1": "Alice"}']
    assert json.loads(result.out)["to"] == RECIPIENT


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--content-sid", "HX12"], "is not the SID of a content template"),
        (["--content-sid", TEMPLATE, "--content-variables", "[1]"], "is not a JSON object"),
        (["--content-variables", "{}", "--body", "x"], "--content-variables needs --content-sid"),
    ],
)
def test_content_flags_are_checked_before_sending(
    fake: FakeTwilio, argv: list[str], said: str
) -> None:
    result = invoke("messages", "send", "--to", RECIPIENT, *argv, fake=fake)
    assert result.code == 2
    assert said in result.err
    assert fake.requests == []


def test_numbers_search_explains_its_type() -> None:
    result = invoke("numbers", "search", "--help")
    assert result.code == 0
    text = " ".join(result.out.split())
    assert "--type {local,toll-free,mobile} the kind of number: local (the default)" in text


def test_a_number_type_a_country_does_not_offer_is_a_clean_failure(fake: FakeTwilio) -> None:
    result = invoke("numbers", "search", "US", "--type", "mobile", fake=fake)
    assert result.code == 1
    assert "Twilio offers no mobile numbers in US" in result.err
    assert "/AvailablePhoneNumbers/" not in result.err


def test_releasing_a_released_number_says_so(fake: FakeTwilio) -> None:
    with fake.client() as client:
        number = client.incoming_numbers.buy_number("+15005550006")
    assert number.sid is not None
    first = invoke("numbers", "release", number.sid, fake=fake)
    assert (first.code, first.out) == (0, f"released {number.sid}\n")
    again = invoke("numbers", "release", number.sid, fake=fake)
    assert again.code == 1
    assert f"{number.sid} is not a number of this account: already released" in again.err
    assert again.out == ""


@pytest.mark.parametrize(
    ("flag", "sid", "kind"),
    [
        ("--voice-app", "XX", "a TwiML application"),
        ("--voice-app", "IS" + "0" * 32, "a TwiML application"),
        ("--chat-service", "AP" + "0" * 32, "a Chat service"),
    ],
)
def test_token_checks_the_sids_it_is_given(flag: str, sid: str, kind: str) -> None:
    result = invoke("token", "--identity", "alice", flag, sid)
    assert result.code == 2
    assert f"{sid!r} is not the SID of {kind}" in result.err
    assert result.out == ""


def test_token_takes_well_formed_sids() -> None:
    app = "AP" + "a" * 32
    result = invoke("token", "--identity", "alice", "--voice-app", app)
    assert result.code == 0
    claims = jwt.decode(result.out.strip(), options={"verify_signature": False})
    assert claims["grants"]["voice"]["outgoing"]["application_sid"] == app


def test_release_checks_its_sid_before_any_request(fake: FakeTwilio) -> None:
    result = invoke("numbers", "release", "PN123", fake=fake)
    assert result.code == 2
    assert "'PN123' is not the SID of a phone number" in result.err
    assert fake.requests == []


@pytest.mark.parametrize("format_name", ["table", "json", "jsonl", "csv"])
def test_a_refused_listing_writes_nothing_on_stdout(fake: FakeTwilio, format_name: str) -> None:
    result = invoke("numbers", "search", "US", "--type", "mobile", "--format", format_name,
                    fake=fake)  # fmt: skip
    assert result.code == 1
    assert result.out == ""
