"""The options both clients take: validated here, turned into the core's config.

Environment variables are read here (never in the core); none of it is protocol logic.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Required, TypedDict

from twilio_sansio._version import __version__
from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials, user_agent
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.retry import RetryPolicy

DEFAULT_TIMEOUT = 30.5
DEFAULT_RETRY = RetryPolicy()
"""Up to 3 attempts with jittered backoff; a POST is only re-sent when Twilio did not get it."""


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


def _python_version() -> str:
    return "{}.{}.{}".format(*sys.version_info[:3])


def _operating_system() -> str:
    # os.uname() rather than the platform module: the same answer, without its import.
    try:
        uname = os.uname()
    except AttributeError:  # pragma: no cover - Windows
        return sys.platform
    return f"{uname.sysname} {uname.machine}"
