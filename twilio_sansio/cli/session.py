"""Who the commands talk to: Twilio with the environment's credentials, or a fake.

With ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN`` (or ``TWILIO_API_KEY`` and
``TWILIO_API_SECRET``) set, commands talk to Twilio, or to ``--base-url`` /
``$TWILIO_SANSIO_BASE_URL``. With none of these set they talk to the built-in fake, whose
state is kept in a file between commands (see :mod:`twilio_sansio.cli.state`), and say so
on stderr. Tests inject a :class:`~twilio_sansio.testing.fake.FakeTwilio` instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from twilio_sansio.cli.errors import UsageError
from twilio_sansio.cli.state import persistent_fake, state_path

if TYPE_CHECKING:
    from twilio_sansio._options import EnvCredentials
    from twilio_sansio.client import Client
    from twilio_sansio.testing.fake import FakeTwilio

CREDENTIAL_VARIABLES = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_API_KEY",
    "TWILIO_API_SECRET",
)
BASE_URL_VARIABLE = "TWILIO_SANSIO_BASE_URL"
FAKE_SENDER = "+15005550006"
"""Twilio's magic valid sender: the fake accepts it as a ``From`` without owning it."""
FAKE_API_KEY_SID = "SK0123456789abcdef0123456789abcdef"
FAKE_API_KEY_SECRET = "fake-api-key-secret-0123456789ab"
"""The fixed API key that signs access tokens when no credentials are set."""


class Session:
    """The source of clients and secrets for one command.

    Args:
        environ: The environment to read credentials from.
        note: Writes one line to stderr.
        base_url: ``--base-url``; None reads ``$TWILIO_SANSIO_BASE_URL``.
        fake: A fake to use instead of credentials or the built-in fake (for tests).
    """

    def __init__(
        self,
        environ: Mapping[str, str],
        note: Callable[[str], None],
        *,
        base_url: str | None = None,
        fake: FakeTwilio | None = None,
    ) -> None:
        self.environ = environ
        self.note = note
        self.base_url = base_url or environ.get(BASE_URL_VARIABLE) or None
        self.fake = fake

    def credentials(self) -> EnvCredentials | None:
        """Return the environment's credentials, or None when none are set.

        Raises:
            InvalidArgument: some variables are set but not a usable set of them.
        """
        if not any(self.environ.get(name) for name in CREDENTIAL_VARIABLES):
            return None
        from twilio_sansio._options import credentials_from_env

        return credentials_from_env(self.environ)

    @property
    def uses_fake(self) -> bool:
        """Whether commands run against a fake: injected, built in, or a fake server.

        A fake server (``fake-server``, or any :class:`FakeTwilio` served over HTTP) is
        recognised by the credentials it prints, the fake's fixed main account and auth
        token, which no Twilio account has.
        """
        if self.fake is not None:
            return True
        credentials = self.credentials()
        if credentials is None:
            return True
        from twilio_sansio.testing.fake import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN

        return (credentials["account_sid"], credentials.get("auth_token")) == (
            DEFAULT_ACCOUNT_SID,
            DEFAULT_AUTH_TOKEN,
        )

    def sender(self, given: str | None, flag: str = "--from") -> str:
        """Return ``given``, or the fake's magic sender when a fake answers.

        Raises:
            UsageError: nothing is given and the credentials are not a fake's.
        """
        if given is not None:
            return given
        if self.uses_fake:
            return FAKE_SENDER
        raise UsageError(
            f"{flag} is required when talking to Twilio (TWILIO_ACCOUNT_SID is set): give "
            "one of your numbers, a short code or a sender ID"
        )

    @contextlib.contextmanager
    def client(self, *, read_only: bool = False) -> Iterator[Client]:
        """Yield a client for this session, closed (and the fake's state saved) afterwards.

        Args:
            read_only: The command only reads (a listing): the built-in fake then
                creates no state file or directory, and saves nothing.

        Raises:
            UsageError: ``--base-url`` is given without credentials.
            InvalidArgument: the credentials or the base URL are malformed.
            StateError: the built-in fake's state file is not valid.
        """
        with self.client_and_fake(read_only=read_only) as (client, _fake):
            yield client

    @contextlib.contextmanager
    def client_and_fake(
        self, *, read_only: bool = False
    ) -> Iterator[tuple[Client, FakeTwilio | None]]:
        """Yield :meth:`client`'s client and the in-process fake answering it, if any.

        The fake is the injected one or the built-in one; None when the client talks to
        Twilio or to a server (a fake server's state is out of reach). A command shows
        what only the fake knows with it (the code a verification sent).

        Raises:
            UsageError: ``--base-url`` is given without credentials.
            InvalidArgument: the credentials or the base URL are malformed.
            StateError: the built-in fake's state file is not valid.
        """
        if self.fake is not None:
            with self.fake.client() as client:
                yield client, self.fake
            return
        credentials = self.credentials()
        if credentials is None:
            with self.builtin_fake(read_only=read_only) as fake, fake.client() as client:
                yield client, fake
            return
        from twilio_sansio.client import Client

        # Plain http is refused off loopback by the client itself (BaseUrls.build).
        with Client(**credentials, base_url=self.base_url) as client:
            yield client, None

    @contextlib.contextmanager
    def builtin_fake(self, *, read_only: bool = False) -> Iterator[FakeTwilio]:
        """Yield the built-in fake with its saved state, saved again afterwards.

        Args:
            read_only: Create nothing and save nothing (see :func:`persistent_fake`).

        Raises:
            UsageError: ``--base-url`` is given (it needs credentials for that server).
            StateError: the state file is not valid.
        """
        if self.base_url is not None:
            raise UsageError(
                f"--base-url {self.base_url} needs credentials: set TWILIO_ACCOUNT_SID and "
                "TWILIO_AUTH_TOKEN (fake-server prints the ones it accepts)"
            )
        path = state_path(self.environ)
        self.note(f"no Twilio credentials set: using the built-in fake Twilio (state: {path})")
        with persistent_fake(path, read_only=read_only) as fake:
            yield fake

    def auth_token(self) -> str:
        """Return the auth token to sign webhooks with: the environment's, or the fake's.

        Raises:
            UsageError: the credentials are an API key, which cannot sign webhooks.
        """
        if self.fake is not None:
            return self.fake.auth_token
        credentials = self.credentials()
        if credentials is None:
            from twilio_sansio.testing.fake import DEFAULT_AUTH_TOKEN

            self.note("no Twilio credentials set: using the built-in fake's auth token")
            return DEFAULT_AUTH_TOKEN
        token = self.environ.get("TWILIO_AUTH_TOKEN")
        if not token:
            raise UsageError("webhook signatures need TWILIO_AUTH_TOKEN, not an API key")
        return token

    def api_key(self) -> tuple[str, str, str]:
        """Return ``(account SID, API key SID, secret)`` to sign access tokens with.

        Without credentials, a fixed key of the built-in fake signs (say so on stderr).

        Raises:
            UsageError: the credentials are an auth token, not an API key.
        """
        credentials = self.credentials() if self.fake is None else None
        if credentials is None:
            from twilio_sansio.testing.fake import DEFAULT_ACCOUNT_SID

            if self.fake is None:
                self.note("no Twilio credentials set: signing with the built-in fake's API key")
            account = self.fake.account_sid if self.fake is not None else DEFAULT_ACCOUNT_SID
            return account, FAKE_API_KEY_SID, FAKE_API_KEY_SECRET
        key, secret = credentials.get("api_key_sid"), credentials.get("api_key_secret")
        if key is None or secret is None:
            raise UsageError(
                "access tokens need an API key: set TWILIO_API_KEY and TWILIO_API_SECRET "
                "beside TWILIO_ACCOUNT_SID"
            )
        return credentials["account_sid"], key, secret
