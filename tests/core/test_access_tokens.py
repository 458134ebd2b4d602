"""Access tokens: Twilio's JWT header and claims, grants, validation, and a lazy PyJWT."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, ClassVar, cast

import attrs
import jwt
import pytest
from hypothesis import given, settings, strategies as st

from twilio_sansio.core.access_tokens import (
    MAX_TTL,
    AccessToken,
    ChatGrant,
    ConversationsGrant,
    Grant,
    IpMessagingGrant,
    PlaybackGrant,
    SyncGrant,
    TaskRouterGrant,
    VideoGrant,
    VoiceGrant,
)
from twilio_sansio.core.errors import InvalidArgument, TwilioError

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
KEY_SID = "SK" + "fedcba9876543210" * 2
SECRET = "Secret0123456789abcdefghijklmnop"  # 32 characters, like Twilio's key secrets
NOW = 1_700_000_000
TWILIO_HEADER = {"alg": "HS256", "typ": "JWT", "cty": "twilio-fpa;v=1"}


def decode(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return a token's header and its claims, checking the signature but not the times."""
    claims = jwt.decode(
        token,
        SECRET,
        algorithms=["HS256"],
        options={"verify_exp": False, "verify_nbf": False, "verify_iat": False},
    )
    return jwt.get_unverified_header(token), claims


def make_token(**kwargs: Any) -> AccessToken:
    return AccessToken(ACCOUNT_SID, KEY_SID, SECRET, **kwargs)


def test_token_has_twilios_header_and_exactly_the_documented_claims() -> None:
    token = make_token(identity="alice@example.com", ttl=600)
    token.add_grant(VideoGrant(room="DailyStandup"))

    header, claims = decode(token.to_jwt(now=NOW))

    assert header == TWILIO_HEADER
    assert claims == {
        "jti": f"{KEY_SID}-{NOW}",
        "iss": KEY_SID,
        "sub": ACCOUNT_SID,
        "iat": NOW,
        "exp": NOW + 600,
        "grants": {"identity": "alice@example.com", "video": {"room": "DailyStandup"}},
    }


def test_token_without_identity_or_grants_has_empty_grants_and_default_ttl() -> None:
    _, claims = decode(make_token().to_jwt(now=NOW))

    assert claims["grants"] == {}
    assert claims["exp"] == NOW + 3600


def test_region_is_sent_in_the_twr_header() -> None:
    header, claims = decode(make_token(region="au1").to_jwt(now=NOW))

    assert header == {**TWILIO_HEADER, "twr": "au1"}
    assert "twr" not in claims


def test_nbf_claim_is_added_only_when_set() -> None:
    _, without = decode(make_token().to_jwt(now=NOW))
    _, with_nbf = decode(make_token(nbf=NOW + 60).to_jwt(now=NOW))

    assert "nbf" not in without
    assert with_nbf["nbf"] == NOW + 60


def test_nbf_accepts_an_aware_datetime() -> None:
    start = datetime.fromtimestamp(NOW + 60, tz=UTC)

    _, claims = decode(make_token(nbf=start).to_jwt(now=NOW))

    assert claims["nbf"] == NOW + 60


def test_now_as_aware_datetime_in_any_zone_equals_epoch_seconds() -> None:
    in_paris = datetime.fromtimestamp(NOW, tz=timezone(timedelta(hours=1)))

    assert make_token().to_jwt(now=in_paris) == make_token().to_jwt(now=NOW)


def test_fractional_now_is_rounded_down_to_whole_seconds() -> None:
    _, claims = decode(make_token().to_jwt(now=NOW + 0.999))

    assert claims["iat"] == NOW
    assert claims["jti"] == f"{KEY_SID}-{NOW}"


def test_to_jwt_without_now_is_issued_at_the_current_time() -> None:
    before = int(time.time())
    _, claims = decode(make_token().to_jwt())
    after = int(time.time())

    assert before <= claims["iat"] <= after
    assert claims["exp"] == claims["iat"] + 3600


def test_jwt_claims_are_the_signed_claims_and_need_no_clock() -> None:
    token = make_token(identity="bob", grants=[SyncGrant(service_sid="IS123")])

    _, claims = decode(token.to_jwt(now=NOW))

    assert token.jwt_claims(NOW) == claims
    assert token.jwt_headers() == TWILIO_HEADER


@pytest.mark.parametrize(
    "bad_now",
    [datetime(2024, 1, 1), -1, float("nan"), float("inf"), True, "1700000000"],
)
def test_now_must_be_an_aware_datetime_or_non_negative_epoch_seconds(bad_now: Any) -> None:
    with pytest.raises(InvalidArgument):
        make_token().to_jwt(now=bad_now)


def test_token_is_signed_with_the_api_key_secret_only() -> None:
    token = make_token(identity="alice").to_jwt(now=NOW)

    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(
            token,
            "AnotherSecret0123456789abcdefghi",
            algorithms=["HS256"],
            options={"verify_exp": False},
        )


GRANT_PAYLOADS: list[tuple[Grant, str, dict[str, Any]]] = [
    (
        ChatGrant(
            service_sid="IS1",
            endpoint_id="app:alice:ios",
            deployment_role_sid="RL1",
            push_credential_sid="CR1",
        ),
        "chat",
        {
            "service_sid": "IS1",
            "endpoint_id": "app:alice:ios",
            "deployment_role_sid": "RL1",
            "push_credential_sid": "CR1",
        },
    ),
    (
        IpMessagingGrant(
            service_sid="IS1",
            endpoint_id="e",
            deployment_role_sid="RL1",
            push_credential_sid="CR1",
        ),
        "ip_messaging",
        {
            "service_sid": "IS1",
            "endpoint_id": "e",
            "deployment_role_sid": "RL1",
            "push_credential_sid": "CR1",
        },
    ),
    (VideoGrant(room="RM1"), "video", {"room": "RM1"}),
    (
        VoiceGrant(
            incoming_allow=True,
            outgoing_application_sid="AP1",
            outgoing_application_params={"queue": "sales"},
            push_credential_sid="CR1",
            endpoint_id="alice-phone",
        ),
        "voice",
        {
            "incoming": {"allow": True},
            "outgoing": {"application_sid": "AP1", "params": {"queue": "sales"}},
            "push_credential_sid": "CR1",
            "endpoint_id": "alice-phone",
        },
    ),
    (
        SyncGrant(service_sid="IS2", endpoint_id="e2"),
        "data_sync",
        {"service_sid": "IS2", "endpoint_id": "e2"},
    ),
    (
        TaskRouterGrant(workspace_sid="WS1", worker_sid="WK1", role="worker"),
        "task_router",
        {"workspace_sid": "WS1", "worker_sid": "WK1", "role": "worker"},
    ),
    (
        ConversationsGrant(configuration_profile_sid="VS1"),
        "rtc",
        {"configuration_profile_sid": "VS1"},
    ),
    (
        PlaybackGrant(grant={"requestCredentials": None, "playbackUrl": "https://x"}),
        "player",
        {"requestCredentials": None, "playbackUrl": "https://x"},
    ),
]


@pytest.mark.parametrize(("grant", "key", "payload"), GRANT_PAYLOADS)
def test_each_grant_is_signed_under_twilios_key_with_twilios_field_names(
    grant: Grant, key: str, payload: dict[str, Any]
) -> None:
    _, claims = decode(make_token(identity="alice", grants=[grant]).to_jwt(now=NOW))

    assert claims["grants"] == {"identity": "alice", key: payload}


@pytest.mark.parametrize(
    "grant_class",
    [
        ChatGrant,
        IpMessagingGrant,
        VideoGrant,
        VoiceGrant,
        SyncGrant,
        TaskRouterGrant,
        ConversationsGrant,
        PlaybackGrant,
    ],
)
def test_grant_with_no_fields_set_has_an_empty_payload(grant_class: type[Grant]) -> None:
    # An empty grant still means something: VideoGrant() lets the holder join any room.
    _, claims = decode(make_token(grants=[grant_class()]).to_jwt(now=NOW))

    assert claims["grants"] == {grant_class.key: {}}


def test_empty_and_none_grant_fields_are_left_out() -> None:
    grant = ChatGrant(service_sid="IS1", endpoint_id="", push_credential_sid=None)

    assert grant.to_payload() == {"service_sid": "IS1"}


def test_voice_grant_leaves_out_incoming_when_not_allowed() -> None:
    assert VoiceGrant(incoming_allow=False, outgoing_application_sid="AP1").to_payload() == {
        "outgoing": {"application_sid": "AP1"}
    }


def test_voice_grant_refuses_outgoing_params_without_an_application() -> None:
    with pytest.raises(InvalidArgument, match="outgoing_application_sid"):
        VoiceGrant(outgoing_application_params={"queue": "sales"})


def test_voice_grant_keeps_a_copy_of_the_outgoing_params() -> None:
    params = {"queue": "sales"}
    grant = VoiceGrant(outgoing_application_sid="AP1", outgoing_application_params=params)
    params["queue"] = "support"

    assert grant.to_payload()["outgoing"]["params"] == {"queue": "sales"}


def test_grants_are_frozen_and_hashable() -> None:
    grant = VoiceGrant(outgoing_application_sid="AP1", outgoing_application_params={"a": "b"})

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        grant.endpoint_id = "x"  # type: ignore[misc]
    assert hash(grant) == hash(
        VoiceGrant(outgoing_application_sid="AP1", outgoing_application_params={"a": "b"})
    )


@pytest.mark.parametrize(
    "make_grant",
    [
        lambda: ChatGrant(service_sid=cast(Any, 42)),
        lambda: VideoGrant(room=cast(Any, b"room")),
        lambda: VoiceGrant(incoming_allow=cast(Any, "yes")),
        lambda: TaskRouterGrant(role=cast(Any, 1)),
        lambda: PlaybackGrant(grant=cast(Any, "playback")),
        lambda: VoiceGrant(
            outgoing_application_sid="AP1", outgoing_application_params=cast(Any, 1)
        ),
    ],
)
def test_grant_fields_of_the_wrong_type_are_refused(make_grant: Any) -> None:
    with pytest.raises(InvalidArgument):
        make_grant()


@attrs.frozen
class BetaGrant:
    key: ClassVar[str] = "beta_product"
    service_sid: str

    def to_payload(self) -> dict[str, Any]:
        return {"service_sid": self.service_sid}


class PlainGrant:
    def __init__(self) -> None:
        self.key = "custom"

    def to_payload(self) -> dict[str, Any]:
        return {"level": 3}


def test_custom_grants_are_signed_under_their_own_key() -> None:
    token = make_token(identity="alice")
    token.add_grant(BetaGrant("IS123"))
    token.add_grant(PlainGrant())

    _, claims = decode(token.to_jwt(now=NOW))

    assert claims["grants"] == {
        "identity": "alice",
        "beta_product": {"service_sid": "IS123"},
        "custom": {"level": 3},
    }


def test_grants_are_kept_in_the_order_added() -> None:
    video, voice = VideoGrant(), VoiceGrant(incoming_allow=True)
    token = make_token(grants=[video])
    token.add_grant(voice)

    assert token.grants == (video, voice)


def test_add_grant_refuses_an_object_that_is_not_a_grant() -> None:
    with pytest.raises(InvalidArgument, match="to_payload"):
        make_token().add_grant({"video": {}})  # type: ignore[arg-type]


def test_add_grant_refuses_a_second_grant_with_the_same_key() -> None:
    token = make_token(grants=[VideoGrant(room="a")])

    with pytest.raises(InvalidArgument, match="already"):
        token.add_grant(VideoGrant(room="b"))


def test_add_grant_refuses_the_identity_key() -> None:
    grant = PlainGrant()
    grant.key = "identity"

    with pytest.raises(InvalidArgument, match="identity"):
        make_token().add_grant(grant)


def test_custom_grant_whose_payload_is_not_a_mapping_is_refused_when_signing() -> None:
    grant = PlainGrant()
    grant.to_payload = lambda: ["not", "a", "mapping"]  # type: ignore[assignment,method-assign,return-value]
    token = make_token(grants=[grant])

    with pytest.raises(InvalidArgument, match="custom"):
        token.to_jwt(now=NOW)


@pytest.mark.parametrize(
    "account_sid",
    ["", "AC123", "AC" + "g" * 32, "SK" + "0" * 32, "AC" + "0" * 33, " AC" + "0" * 32, None],
)
def test_account_sid_must_be_ac_and_32_hex_digits(account_sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="account_sid"):
        AccessToken(account_sid, KEY_SID, SECRET)


@pytest.mark.parametrize(
    "key_sid", ["", "SK123", "SK" + "z" * 32, ACCOUNT_SID, "SK" + "0" * 31, 12]
)
def test_api_key_sid_must_be_sk_and_32_hex_digits(key_sid: Any) -> None:
    with pytest.raises(InvalidArgument, match="api_key_sid"):
        AccessToken(ACCOUNT_SID, key_sid, SECRET)


@pytest.mark.parametrize("secret", ["", None, b"bytes-secret"])
def test_api_key_secret_must_be_a_non_empty_string(secret: Any) -> None:
    with pytest.raises(InvalidArgument, match="api_key_secret"):
        AccessToken(ACCOUNT_SID, KEY_SID, secret)


@pytest.mark.parametrize("ttl", [0, -1, 1.5, True, "3600", None, MAX_TTL + 1])
def test_ttl_must_be_a_positive_whole_number_of_seconds_up_to_a_day(ttl: Any) -> None:
    with pytest.raises(InvalidArgument, match="ttl"):
        make_token(ttl=ttl)


def test_ttl_of_exactly_a_day_is_accepted() -> None:
    _, claims = decode(make_token(ttl=MAX_TTL).to_jwt(now=NOW))

    assert claims["exp"] - claims["iat"] == 86_400


@pytest.mark.parametrize(
    ("keyword", "value"), [("identity", ""), ("identity", 7), ("region", ""), ("nbf", "soon")]
)
def test_identity_region_and_nbf_of_the_wrong_form_are_refused(keyword: str, value: Any) -> None:
    with pytest.raises(InvalidArgument):
        make_token(**{keyword: value})


def test_invalid_argument_is_a_twilio_error_and_a_value_error() -> None:
    with pytest.raises(InvalidArgument) as caught:
        AccessToken("AC123", KEY_SID, SECRET)

    assert isinstance(caught.value, TwilioError)
    assert isinstance(caught.value, ValueError)


def test_repr_never_shows_the_secret() -> None:
    token = make_token(identity="alice", grants=[VideoGrant(room="r")])

    assert SECRET not in repr(token)
    assert SECRET not in str(token)
    assert "<redacted>" in repr(token)
    assert "alice" in repr(token)


@settings(deadline=None)
@given(
    now=st.integers(min_value=0, max_value=2**40) | st.floats(min_value=0, max_value=2**40),
    ttl=st.integers(min_value=1, max_value=MAX_TTL),
)
def test_exp_is_always_iat_plus_ttl_and_jti_names_the_key_and_iat(now: float, ttl: int) -> None:
    claims = make_token(ttl=ttl).jwt_claims(now)

    assert claims["iat"] == int(now)
    assert claims["exp"] == claims["iat"] + ttl
    assert claims["jti"] == f"{KEY_SID}-{claims['iat']}"


def test_importing_access_tokens_and_webhooks_does_not_import_jwt() -> None:
    code = (
        "import sys\n"
        "import twilio_sansio.core.access_tokens, twilio_sansio.core.webhooks\n"
        "print('jwt' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"
