"""What both clients share: options, the environment, and traffic shown for debugging.

Constructor options become a core config here; environment variables are read here
(never in the core); none of it is protocol logic.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import Generic, Protocol, Required, Self, TextIO, TypedDict, TypeVar, overload

from twilio_sansio._version import __version__
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials, user_agent
from twilio_sansio.core.debug import render_request, render_response
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Request, Response
from twilio_sansio.core.retry import RetryPolicy

DEFAULT_TIMEOUT = 30.5
DEFAULT_RETRY = RetryPolicy()
"""Up to 3 attempts with jittered backoff; a POST is only re-sent when Twilio did not get it."""
logger = logging.getLogger("twilio_sansio")


def build_config(
    account_sid: str,
    auth_token: str | None,
    *,
    api_key_sid: str | None,
    api_key_secret: str | None,
    base_url: str | Mapping[str, str] | None,
    region: str | None,
    edge: str | None,
    allow_insecure_http: bool,
    default_region: str | None,
) -> ClientConfig:
    """Validate a client's constructor options and build its :class:`ClientConfig`.

    Raises:
        InvalidArgument: the credentials are missing, mixed or malformed, or the URLs are.
    """
    if api_key_sid is not None or api_key_secret is not None:
        if auth_token is not None:
            raise InvalidArgument("pass either auth_token or an API key and secret, not both")
        if api_key_sid is None or api_key_secret is None:
            raise InvalidArgument("an API key needs both api_key_sid and api_key_secret")
        credentials = Credentials.from_api_key(api_key_sid, api_key_secret)
    elif auth_token is None:
        raise InvalidArgument("pass auth_token, or api_key_sid and api_key_secret")
    else:
        credentials = Credentials.from_auth_token(account_sid, auth_token)
    urls = BaseUrls.build(
        base_url, region=region, edge=edge, allow_insecure_http=allow_insecure_http
    )
    agent = user_agent(__version__, _python_version(), _operating_system())
    return ClientConfig(account_sid, credentials, urls, agent, default_region)


class EnvCredentials(TypedDict, total=False):
    """Constructor keyword arguments read from the environment."""

    account_sid: Required[str]
    auth_token: str
    api_key_sid: str
    api_key_secret: str


def credentials_from_env(environ: Mapping[str, str] | None = None) -> EnvCredentials:
    """Read Twilio's standard variables into constructor keyword arguments.

    ``TWILIO_ACCOUNT_SID`` is always required, with ``TWILIO_AUTH_TOKEN`` or with
    ``TWILIO_API_KEY`` and ``TWILIO_API_SECRET``.

    Raises:
        InvalidArgument: a required variable is missing.
    """
    env = os.environ if environ is None else environ
    account_sid = env.get("TWILIO_ACCOUNT_SID")
    if not account_sid:
        raise InvalidArgument("TWILIO_ACCOUNT_SID is not set")
    key, secret = env.get("TWILIO_API_KEY"), env.get("TWILIO_API_SECRET")
    if key and secret:
        return {"account_sid": account_sid, "api_key_sid": key, "api_key_secret": secret}
    token = env.get("TWILIO_AUTH_TOKEN")
    if not token:
        raise InvalidArgument(
            "set TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, "
            "beside TWILIO_ACCOUNT_SID"
        )
    return {"account_sid": account_sid, "auth_token": token}


MAX_TIMEOUT = 7 * 24 * 3600.0
"""A week: longer deadlines are surely mistakes (and past ~300 years, sockets refuse them)."""


def validate_timeout(timeout: float) -> float:
    """Return ``timeout`` as a float if it is a positive, finite number of seconds.

    Raises:
        InvalidArgument: it is not, or it is longer than :data:`MAX_TIMEOUT`.
    """
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise InvalidArgument(f"timeout must be a number of seconds, not {timeout!r:.60}")
    if not 0 < timeout <= MAX_TIMEOUT:
        raise InvalidArgument(
            f"timeout must be more than 0 and at most {MAX_TIMEOUT:g} seconds, not {timeout!r:.60}"
        )
    return float(timeout)


def validate_concurrency(count: int) -> int:
    """Return ``count`` if it is a whole number of workers, at least 1.

    Raises:
        InvalidArgument: it is not.
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidArgument(f"max_concurrency must be an integer >= 1, not {count!r:.60}")
    return count


def debug_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``DEBUG_HTTP_TRAFFIC`` asks for traffic on stderr."""
    env = os.environ if environ is None else environ
    return env.get("DEBUG_HTTP_TRAFFIC", "").strip().lower() in ("1", "true", "yes", "on")


C = TypeVar("C", bound="HasConfig")
O = TypeVar("O")  # noqa: E741
N = TypeVar("N")


class HasConfig(Protocol):
    """A client: anything with a core ``config``."""

    config: ClientConfig


class namespace(Generic[C, O, N]):
    """A client attribute holding one resource's namespace, built on first use.

    ``messages = namespace(MessagesNamespace, MessageOperations)`` in a client class gives
    ``client.messages``, bound to the client and to the core builder of its config. The
    namespace is cached on the instance, so later reads cost a dictionary lookup.
    """

    def __init__(
        self,
        make: Callable[[C, O], N],
        operations: Callable[[ClientConfig], O],
    ) -> None:
        self.make = make
        self.operations = operations
        self.name = ""
        self.__doc__ = getattr(make, "__doc__", None)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type) -> namespace[C, O, N]: ...

    @overload
    def __get__(self, client: C, owner: type) -> N: ...

    def __get__(self, client: C | None, owner: type) -> namespace[C, O, N] | N:
        if client is None:
            return self
        built = self.make(client, self.operations(client.config))
        vars(client)[self.name] = built
        return built


def view_of(client: object, **changes: object) -> dict[str, object]:
    """Return the instance state of a view of ``client``: cached namespaces dropped."""
    # The namespace descriptors live on base classes (SyncResources, AsyncResources), so
    # look them up along the whole MRO, not in the client class's own __dict__.
    cached = {
        key
        for klass in type(client).__mro__
        for key, attribute in vars(klass).items()
        if isinstance(attribute, namespace)
    }
    state = {key: value for key, value in vars(client).items() if key not in cached}
    state.update(changes)
    return state


def validate_retry(retry: object) -> RetryPolicy:
    """Check a ``retry=`` option.

    Raises:
        InvalidArgument: ``retry`` is not a :class:`~twilio_sansio.core.retry.RetryPolicy`.
    """
    if not isinstance(retry, RetryPolicy):
        raise InvalidArgument(
            f"retry must be a RetryPolicy (RetryPolicy.none() turns retries off), not {retry!r:.60}"
        )
    return retry


class ClientViews:
    """Views of a client that share its connections: both clients inherit these."""

    config: ClientConfig
    timeout: float
    retry: RetryPolicy
    _closes_resources: bool

    def _view(self, **changes: object) -> Self:
        view = object.__new__(type(self))
        vars(view).update(view_of(self, _closes_resources=False, **changes))
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
            changes["timeout"] = validate_timeout(timeout)
        if retry is not None:
            changes["retry"] = validate_retry(retry)
        return self._view(**changes)

    def for_subaccount(self, account_sid: str) -> Self:
        """Return a view addressing a subaccount's resources with this client's credentials.

        The original client is not changed, so both are safe to use from several threads
        or tasks at once.

        Raises:
            InvalidArgument: ``account_sid`` is not ``AC`` + 32 hex digits.
        """
        return self._view(config=self.config.with_account(account_sid))


class TrafficLog:
    """Shows each request and response, redacted: on stderr when debugging, and in logging.

    Args:
        to_stderr: Print HTTP/1.1 renderings of the traffic to ``stream``.
        stream: Where to print; ``sys.stderr`` at the time of writing when None.
    """

    def __init__(self, to_stderr: bool, stream: TextIO | None = None) -> None:
        self.to_stderr = to_stderr
        self.stream = stream

    @property
    def active(self) -> bool:
        """Whether anything would be shown (skip rendering otherwise: it costs time)."""
        return self.to_stderr or logger.isEnabledFor(logging.DEBUG)

    def _emit(self, text: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s", text)
        if self.to_stderr:
            stream = self.stream or sys.stderr
            stream.write(text.rstrip("\n") + "\n\n")
            stream.flush()

    def request(self, request: Request) -> None:
        """Show an outgoing request."""
        if self.active:
            self._emit(render_request(request))

    def response(self, response: Response, elapsed: float) -> None:
        """Show a response and how long it took."""
        if self.active:
            self._emit(f"{render_response(response)}\n({elapsed * 1000:.0f} ms)")

    def failure(self, request: Request, error: BaseException) -> None:
        """Show a request that got no response."""
        if self.active:
            self._emit(f"{request.method} {request.url} failed: {error}")

    def retry(self, seconds: float, reason: str) -> None:
        """Show that a request will be sent again after ``seconds``, and why.

        Retries are logged at INFO even when traffic is not shown: they are rare and
        they explain slow calls.
        """
        text = f"retrying in {seconds:.3g} s: {reason}"
        logger.info("%s", text)
        if self.to_stderr:
            stream = self.stream or sys.stderr
            stream.write(text + "\n\n")
            stream.flush()


def _python_version() -> str:
    return "{}.{}.{}".format(*sys.version_info[:3])


def _operating_system() -> str:
    # os.uname() rather than the platform module: the same answer, without its import.
    try:
        uname = os.uname()
    except AttributeError:  # pragma: no cover - Windows
        return sys.platform
    return f"{uname.sysname} {uname.machine}"
