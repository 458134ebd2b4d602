"""What both clients share: construction, options, views and every namespace.

:class:`~twilio_sansio.Client` and :class:`~twilio_sansio.AsyncClient` differ only in how
they carry out a job (threads and a monotonic deadline; a task group and cancel scopes),
so everything else is written once here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Self, TypeVar

from twilio_sansio import _options
from twilio_sansio._namespaces import Resources
from twilio_sansio._traffic import TrafficLog
from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.retry import RetryPolicy

TransportT = TypeVar("TransportT")

__all__ = ["ClientBase"]


class ClientBase(Resources, Generic[TransportT]):
    """The construction, options and views both clients share.

    Args:
        account_sid: The account (``AC…``) whose resources are addressed.
        auth_token: The account's auth token; or use an API key instead.
        api_key_sid: An API key SID (``SK…``), with ``api_key_secret``.
        api_key_secret: The API key's secret.
        base_url: One URL for every product, or a mapping of product (``"api"``,
            ``"monitor"``, ``"verify"``, ... any host the OpenAPI documents name) to
            URL; a path prefix is kept. For tests and proxies.
        region: A Twilio region (``"ie1"``); builds ``https://{product}.{edge}.{region}…``.
        edge: A Twilio edge location (``"dublin"``).
        timeout: The wall-clock deadline of each call, in seconds (30.5 by default):
            connect, send, every byte of the body, every page or media request, retries,
            everything.
        retry: When to send a request again (:class:`~twilio_sansio.RetryPolicy`): by
            default up to 3 attempts, never past the deadline, and a POST only when Twilio
            did not process it (429, or nothing was sent). ``RetryPolicy.none()`` turns
            retries off.
        transport: The transport requests go through; by default one made (and closed)
            by the client.
        allow_insecure_http: Allow ``http://`` base URLs on hosts other than loopback.
        default_region: The region (``"US"``) for phone numbers written without
            ``+country``; None requires the prefix.
        max_concurrency: How many of one call's independent requests (a message's media)
            run at once.
        debug: Print each request and response, redacted, to stderr; None reads
            ``DEBUG_HTTP_TRAFFIC`` from the environment.

    Raises:
        InvalidArgument: an option is malformed.
    """

    VIEW_STATE = ("config", "timeout", "retry", "max_concurrency", "_traffic", "_shared")
    """What a view (``with_options``, ``for_subaccount``) copies from its client.

    Namespaces are not copied: a view builds its own over its own configuration.
    """

    def __init__(
        self,
        account_sid: str,
        auth_token: str | None = None,
        *,
        api_key_sid: str | None = None,
        api_key_secret: str | None = None,
        base_url: str | Mapping[str, str] | None = None,
        region: str | None = None,
        edge: str | None = None,
        timeout: float = _options.DEFAULT_TIMEOUT,
        retry: RetryPolicy = _options.DEFAULT_RETRY,
        transport: TransportT | None = None,
        allow_insecure_http: bool = False,
        default_region: str | None = None,
        max_concurrency: int = 10,
        debug: bool | None = None,
    ) -> None:
        self.config: ClientConfig = _options.build_config(
            account_sid,
            auth_token,
            api_key_sid=api_key_sid,
            api_key_secret=api_key_secret,
            base_url=base_url,
            region=region,
            edge=edge,
            allow_insecure_http=allow_insecure_http,
            default_region=default_region,
        )
        self.timeout = _options.validate_timeout(timeout)
        self.retry = _options.validate_retry(retry)
        self.max_concurrency = _options.validate_concurrency(max_concurrency)
        self._traffic = TrafficLog(_options.debug_from_env() if debug is None else debug)
        self._is_view = False
        self._shared = self._share(transport)

    def _share(self, transport: TransportT | None) -> Any:
        """Build what the client and its views share: the transport and its companions.

        A transport made here (``transport`` is None) is closed with the client; one
        passed in is left open for its owner.
        """
        raise NotImplementedError

    @property
    def transport(self) -> TransportT:
        """The transport requests go through (shared with the client's views)."""
        transport: TransportT = self._shared.transport
        return transport

    @classmethod
    def from_env(cls, **options: Any) -> Self:
        """Build a client from Twilio's environment variables.

        ``TWILIO_ACCOUNT_SID`` with ``TWILIO_AUTH_TOKEN``, or with ``TWILIO_API_KEY`` and
        ``TWILIO_API_SECRET``; ``options`` go to the constructor.

        Raises:
            InvalidArgument: a required variable is missing or malformed.
        """
        return cls(**_options.credentials_from_env(), **options)

    def _view(self, **changes: object) -> Self:
        view = object.__new__(type(self))
        state = vars(view)
        for name in self.VIEW_STATE:
            state[name] = vars(self)[name]
        state["_is_view"] = True  # closing a view leaves the shared state open
        state.update(changes)
        return view

    def with_options(
        self, *, timeout: float | None = None, retry: RetryPolicy | None = None
    ) -> Self:
        """Return a view of this client with other options, sharing its connections.

        Closing the view does nothing: the client it came from owns the connections.

        Args:
            timeout: A new per-call deadline, in seconds.
            retry: A new retry policy (``RetryPolicy.none()`` for no retries).

        Raises:
            InvalidArgument: the timeout is not a positive number, or ``retry`` is not a
                policy.
        """
        changes: dict[str, object] = {}
        if timeout is not None:
            changes["timeout"] = _options.validate_timeout(timeout)
        if retry is not None:
            changes["retry"] = _options.validate_retry(retry)
        return self._view(**changes)

    def for_subaccount(self, account_sid: str) -> Self:
        """Return a view addressing a subaccount's resources with this client's credentials.

        The original client is not changed, so both are safe to use from several threads
        or tasks at once.

        Raises:
            InvalidArgument: ``account_sid`` is not ``AC`` + 32 hex digits.
        """
        return self._view(config=self.config.with_account(account_sid))

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(account_sid={self.config.account_sid!r}, timeout={self.timeout:g})"
