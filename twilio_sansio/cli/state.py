"""The built-in fake's state file: where it lives, and using it under a lock.

Each command that runs against the built-in fake loads the state, runs, and saves it
again, all while holding an exclusive ``fcntl`` lock on a lock file beside the state. Two
commands run at once therefore take turns, and neither loses the other's writes. The
state is written to a temporary file and renamed over the old one, so a reader never
sees half a file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from twilio_sansio.cli.errors import StateError

if TYPE_CHECKING:
    from twilio_sansio.testing.fake import FakeTwilio

STATE_VARIABLE = "TWILIO_SANSIO_FAKE_STATE"


def state_path(environ: Mapping[str, str]) -> Path:
    """Return the state file: ``$TWILIO_SANSIO_FAKE_STATE``, else under the XDG cache.

    The cache is ``$XDG_CACHE_HOME`` when it is an absolute path (the XDG rule), else
    ``~/.cache``.
    """
    explicit = environ.get(STATE_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    cache = environ.get("XDG_CACHE_HOME", "")
    if not cache or not Path(cache).is_absolute():
        home = environ.get("HOME")
        cache = str(Path(home) / ".cache" if home else Path.home() / ".cache")
    return Path(cache) / "twilio-sansio" / "fake-state.json"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (created if needed) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a", encoding="utf-8") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows has no fcntl: no lock there
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def persistent_fake(path: Path) -> Iterator[FakeTwilio]:
    """Yield the fake with the state saved at ``path``, and save it again afterwards.

    The lock is held throughout. The state is saved only if a request may have changed
    it (anything but GET), and also when the block ends with an error, since requests
    served before the error did happen.

    Raises:
        StateError: the file exists but is not a saved state.
    """
    from twilio_sansio.testing.fake import FakeTwilio

    with locked(path):
        fake = FakeTwilio()
        if path.exists():
            try:
                fake.load(path)
            except ValueError as error:
                raise StateError(
                    f"the fake's state file {path} is not valid ({error}); "
                    "clear it with: twilio-sansio fake reset"
                ) from None
        try:
            yield fake
        finally:
            if any(request.method != "GET" for request in fake.requests):
                fake.save(path)


def clear_state(path: Path) -> None:
    """Forget the built-in fake's state (under the lock)."""
    with locked(path):
        path.unlink(missing_ok=True)
