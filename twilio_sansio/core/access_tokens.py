"""Access tokens: the JWTs that Twilio's client SDKs (Voice, Video, Chat, Sync, ...) log in with.

Your server mints a short-lived token for one user and hands it to the browser or phone
app, which gives it to Twilio's client SDK. The token is signed (HS256) with an API key's
secret, never with the auth token, and lists *grants*: what the holder may do in each
product. Grants keep the class and keyword names of Twilio's official SDK, so code moves
over with a changed import::

    token = AccessToken(account_sid, api_key_sid, api_key_secret, identity="alice")
    token.add_grant(VoiceGrant(outgoing_application_sid="AP...", incoming_allow=True))
    jwt_text = token.to_jwt()

A grant of your own is any object with a ``key`` (the name of its claim in ``grants``)
and a ``to_payload()`` method: see :class:`Grant`.

Building the claims is pure; :meth:`AccessToken.to_jwt` reads the clock only when it is
not given ``now``, and imports PyJWT only when called.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, ClassVar, Protocol, runtime_checkable

import attrs

from twilio_sansio.core.errors import InvalidArgument

MAX_TTL = 24 * 60 * 60
"""The longest lifetime Twilio accepts for an access token, in seconds (24 hours)."""

_ACCOUNT_SID = re.compile(r"AC[0-9a-fA-F]{32}")
_API_KEY_SID = re.compile(r"SK[0-9a-fA-F]{32}")


@runtime_checkable
class Grant(Protocol):
    """What an access token needs from a grant; implement it to add a grant of your own.

    ``key`` is the name of the grant's claim inside the token's ``grants`` (for example
    ``"video"``), and ``to_payload()`` returns the JSON object stored under it. Both
    are read each time a token is built. A class attribute serves as ``key``::

        @attrs.frozen
        class BetaGrant:
            key: ClassVar[str] = "beta_product"
            service_sid: str

            def to_payload(self) -> dict[str, Any]:
                return {"service_sid": self.service_sid}
    """

    @property
    def key(self) -> str:
        """The grant's name in the token's ``grants`` claim."""
        ...

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's JSON object (a fresh dict the token may keep)."""
        ...


def _optional(kind: type) -> Any:
    """Declare an optional grant field of type ``kind``; other values raise InvalidArgument."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise InvalidArgument(f"{attribute.name} must be a {kind.__name__}, got {value!r}")

    return attrs.field(default=None, validator=check)


def _copy(mapping: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if mapping is not None and not isinstance(mapping, Mapping):
        raise InvalidArgument(f"expected a mapping, got {mapping!r}")
    return None if mapping is None else dict(mapping)


def _present(**fields: str | None) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value}


@attrs.frozen
class ChatGrant:
    """Access to Programmable Chat (claim ``chat``).

    Attributes:
        service_sid: The Chat service (``IS...``).
        endpoint_id: An identifier of the user's device, for push notifications.
        deployment_role_sid: The role of the user in the service (``RL...``).
        push_credential_sid: The credential used for push notifications (``CR...``).

    """

    key: ClassVar[str] = "chat"
    service_sid: str | None = _optional(str)
    endpoint_id: str | None = _optional(str)
    deployment_role_sid: str | None = _optional(str)
    push_credential_sid: str | None = _optional(str)

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: the fields that are set."""
        return _present(
            service_sid=self.service_sid,
            endpoint_id=self.endpoint_id,
            deployment_role_sid=self.deployment_role_sid,
            push_credential_sid=self.push_credential_sid,
        )


@attrs.frozen
class IpMessagingGrant(ChatGrant):
    """Access to IP Messaging, Chat's former name (claim ``ip_messaging``); fields as ChatGrant."""

    key: ClassVar[str] = "ip_messaging"


@attrs.frozen
class VideoGrant:
    """Access to Programmable Video (claim ``video``).

    Attributes:
        room: The only room (name or ``RM...`` SID) the token may join; None for any room.

    """

    key: ClassVar[str] = "video"
    room: str | None = _optional(str)

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: ``{"room": ...}``, or ``{}`` for any room."""
        return _present(room=self.room)


@attrs.frozen
class VoiceGrant:
    """Access to Programmable Voice from a client SDK (claim ``voice``).

    Attributes:
        incoming_allow: True to let the client receive calls to its identity.
        outgoing_application_sid: The TwiML application (``AP...``) outgoing calls run.
        outgoing_application_params: Parameters passed to that application's voice URL;
            they need ``outgoing_application_sid``.
        push_credential_sid: The credential for incoming-call push notifications.
        endpoint_id: An identifier of the user's device.

    """

    key: ClassVar[str] = "voice"
    incoming_allow: bool | None = _optional(bool)
    outgoing_application_sid: str | None = _optional(str)
    outgoing_application_params: Mapping[str, Any] | None = attrs.field(
        default=None,
        converter=_copy,
        hash=False,
    )
    push_credential_sid: str | None = _optional(str)
    endpoint_id: str | None = _optional(str)

    def __attrs_post_init__(self) -> None:
        if self.outgoing_application_params and not self.outgoing_application_sid:
            raise InvalidArgument("outgoing_application_params need an outgoing_application_sid")

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: ``incoming``, ``outgoing`` and the fields that are set."""
        payload: dict[str, Any] = {}
        if self.incoming_allow:
            payload["incoming"] = {"allow": True}
        if self.outgoing_application_sid:
            outgoing: dict[str, Any] = {"application_sid": self.outgoing_application_sid}
            if self.outgoing_application_params:
                outgoing["params"] = dict(self.outgoing_application_params)
            payload["outgoing"] = outgoing
        payload.update(
            _present(push_credential_sid=self.push_credential_sid, endpoint_id=self.endpoint_id)
        )
        return payload


@attrs.frozen
class SyncGrant:
    """Access to Sync (claim ``data_sync``).

    Attributes:
        service_sid: The Sync service (``IS...``).
        endpoint_id: An identifier of the user's device.

    """

    key: ClassVar[str] = "data_sync"
    service_sid: str | None = _optional(str)
    endpoint_id: str | None = _optional(str)

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: the fields that are set."""
        return _present(service_sid=self.service_sid, endpoint_id=self.endpoint_id)


@attrs.frozen
class TaskRouterGrant:
    """Access to TaskRouter from a worker's client (claim ``task_router``).

    Attributes:
        workspace_sid: The workspace (``WS...``).
        worker_sid: The worker (``WK...``).
        role: The client's role, for example ``"worker"``.

    """

    key: ClassVar[str] = "task_router"
    workspace_sid: str | None = _optional(str)
    worker_sid: str | None = _optional(str)
    role: str | None = _optional(str)

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: the fields that are set."""
        return _present(
            workspace_sid=self.workspace_sid, worker_sid=self.worker_sid, role=self.role
        )


@attrs.frozen
class ConversationsGrant:
    """Access to the legacy Conversations (video) product (claim ``rtc``).

    Attributes:
        configuration_profile_sid: The configuration profile (``VS...``).

    """

    key: ClassVar[str] = "rtc"
    configuration_profile_sid: str | None = _optional(str)

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: the fields that are set."""
        return _present(configuration_profile_sid=self.configuration_profile_sid)


@attrs.frozen
class PlaybackGrant:
    """Access to a Twilio Live player stream (claim ``player``).

    Attributes:
        grant: The playback grant object Twilio's PlayerStreamer API returned, stored as is.

    """

    key: ClassVar[str] = "player"
    grant: Mapping[str, Any] | None = attrs.field(default=None, converter=_copy, hash=False)

    def to_payload(self) -> dict[str, Any]:
        """Return the grant's claim: a copy of ``grant``, or ``{}``."""
        return dict(self.grant) if self.grant else {}


class AccessToken:
    """An access token for one user of Twilio's client SDKs, signed with an API key.

    Args:
        account_sid: The account the token is for (``AC`` and 32 hex digits).
        api_key_sid: The API key that signs it (``SK`` and 32 hex digits).
        api_key_secret: That key's secret (32 characters; PyJWT warns about shorter ones).
        identity: The user's identity, which Voice, Video and Chat require.
        ttl: The lifetime in seconds, at most 24 hours (:data:`MAX_TTL`).
        nbf: When the token starts being valid ("not before"), as an aware datetime or
            epoch seconds; None to leave the claim out.
        region: The Twilio region the token is for (the ``twr`` header), such as ``"au1"``.
        grants: Grants to add at once, as with :meth:`add_grant`.

    Raises:
        InvalidArgument: A malformed SID, an empty secret, a ttl that is not a positive
            integer up to 24 hours, or a bad identity, nbf, region or grant.

    The secret never appears in the token's repr.

    """

    __slots__ = (
        "_grants",
        "_secret",
        "account_sid",
        "api_key_sid",
        "identity",
        "nbf",
        "region",
        "ttl",
    )

    def __init__(
        self,
        account_sid: str,
        api_key_sid: str,
        api_key_secret: str,
        *,
        identity: str | None = None,
        ttl: int = 3600,
        nbf: datetime | float | None = None,
        region: str | None = None,
        grants: Iterable[Grant] = (),
    ) -> None:
        if not isinstance(account_sid, str) or not _ACCOUNT_SID.fullmatch(account_sid):
            raise InvalidArgument(
                f"account_sid must be 'AC' and 32 hex digits, got {account_sid!r}"
            )
        if not isinstance(api_key_sid, str) or not _API_KEY_SID.fullmatch(api_key_sid):
            raise InvalidArgument(
                f"api_key_sid must be 'SK' and 32 hex digits, got {api_key_sid!r}"
            )
        if not isinstance(api_key_secret, str) or not api_key_secret:
            raise InvalidArgument("api_key_secret must be a non-empty string")
        _check_utf8("api_key_secret", api_key_secret)
        if isinstance(ttl, bool) or not isinstance(ttl, int) or not 0 < ttl <= MAX_TTL:
            raise InvalidArgument(
                f"ttl must be a whole number of seconds from 1 to {MAX_TTL}, got {ttl!r}"
            )
        if identity is not None and (not isinstance(identity, str) or not identity):
            raise InvalidArgument(f"identity must be a non-empty string, got {identity!r:.60}")
        if region is not None and (not isinstance(region, str) or not region):
            raise InvalidArgument(f"region must be a non-empty string, got {region!r:.60}")
        _check_utf8("identity", identity)
        _check_utf8("region", region)
        self.account_sid = account_sid
        self.api_key_sid = api_key_sid
        self._secret = api_key_secret
        self.identity = identity
        self.ttl = ttl
        self.nbf = None if nbf is None else _epoch_seconds(nbf, "nbf")
        self.region = region
        self._grants: dict[str, Grant] = {}
        for grant in grants:
            self.add_grant(grant)

    @property
    def grants(self) -> tuple[Grant, ...]:
        """The grants added so far, in order."""
        return tuple(self._grants.values())

    def add_grant(self, grant: Grant) -> None:
        """Add a grant to the token.

        Raises:
            InvalidArgument: ``grant`` is not a :class:`Grant`, its key is empty or
                ``"identity"``, or the token already has a grant with that key.

        """
        if not isinstance(grant, Grant):
            raise InvalidArgument(f"a grant needs a key and a to_payload() method, got {grant!r}")
        key = grant.key
        if not isinstance(key, str) or not key or key == "identity":
            raise InvalidArgument(f"a grant's key must be a name other than 'identity': {key!r}")
        if key in self._grants:
            raise InvalidArgument(f"the token already has a {key!r} grant")
        self._grants[key] = grant

    def jwt_headers(self) -> dict[str, Any]:
        """Return the token's JOSE header: HS256, Twilio's content type, and the region."""
        headers: dict[str, Any] = {"alg": "HS256", "typ": "JWT", "cty": "twilio-fpa;v=1"}
        if self.region is not None:
            headers["twr"] = self.region
        return headers

    def jwt_claims(self, now: datetime | float) -> dict[str, Any]:
        """Return the token's claims as issued at ``now`` (pure: no clock is read).

        Args:
            now: The issue time, an aware datetime or epoch seconds (rounded down).

        Raises:
            InvalidArgument: A bad ``now``, or a grant whose payload is not a mapping.

        """
        issued_at = _epoch_seconds(now, "now")
        grants: dict[str, Any] = {}
        if self.identity is not None:
            grants["identity"] = self.identity
        for key, grant in self._grants.items():
            payload = grant.to_payload()
            if not isinstance(payload, Mapping):
                raise InvalidArgument(f"the {key!r} grant's payload is not a mapping: {payload!r}")
            grants[key] = dict(payload)
        claims: dict[str, Any] = {
            "jti": f"{self.api_key_sid}-{issued_at}",
            "iss": self.api_key_sid,
            "sub": self.account_sid,
            "iat": issued_at,
            "exp": issued_at + self.ttl,
        }
        if self.nbf is not None:
            claims["nbf"] = self.nbf
        claims["grants"] = grants
        return claims

    def to_jwt(self, now: datetime | float | None = None) -> str:
        """Sign the token (HS256, with PyJWT) and return it in compact JWT form.

        Args:
            now: The issue time, an aware datetime or epoch seconds; None for the
                current time (the only clock this module reads).

        Raises:
            InvalidArgument: A bad ``now``, or a grant whose payload is not a mapping.

        """
        # PyJWT costs ~30 ms to import, and only signing needs it.
        import jwt

        claims = self.jwt_claims(time.time() if now is None else now)
        return jwt.encode(claims, self._secret, algorithm="HS256", headers=self.jwt_headers())

    def __repr__(self) -> str:
        return (
            f"AccessToken(account_sid={self.account_sid!r}, api_key_sid={self.api_key_sid!r}, "
            f"api_key_secret=<redacted>, identity={self.identity!r}, ttl={self.ttl!r}, "
            f"nbf={self.nbf!r}, region={self.region!r}, grants={list(self.grants)!r})"
        )


def _check_utf8(name: str, value: str | None) -> None:
    """Refuse text that UTF-8 (and so a JWT) cannot carry: a lone surrogate."""
    if value is not None and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgument(
                f"{name} holds a lone surrogate, which UTF-8 cannot carry"
            ) from None


def _epoch_seconds(value: datetime | float, name: str) -> int:
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise InvalidArgument(f"{name} must be a timezone-aware datetime, got {value!r}")
        value = value.timestamp()
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgument(f"{name} must be a datetime or epoch seconds, got {value!r}")
    if value < 0:
        raise InvalidArgument(f"{name} must not be before 1970, got {value!r}")
    return math.floor(value)
