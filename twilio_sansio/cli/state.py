"""The built-in fake's state file: where it lives, and using it under a lock.

Each command that runs against the built-in fake loads the state, runs, and saves it
again, all while holding an exclusive ``fcntl`` lock on a lock file beside the state. Two
commands run at once therefore take turns, and neither loses the other's writes. The
state is written to a new temporary file and renamed over the old one, so a reader never
sees half a file (see :meth:`~twilio_sansio.testing.fake.FakeTwilio.save`).

The state may hold auth tokens and API key secrets of the fake, and the file's place is
predictable, so it is kept private: the directory the command line creates for it has
mode 0700, the files mode 0600; a state file or lock file that is a symbolic link is
refused rather than followed. A read-only command (a listing) creates nothing: with no
saved state it runs against a fresh fake.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twilio_sansio.cli.errors import StateError

if TYPE_CHECKING:
    from twilio_sansio.testing.fake import FakeTwilio

STATE_VARIABLE = "TWILIO_SANSIO_FAKE_STATE"
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


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


def lock_path(path: Path) -> Path:
    """Return the lock file of the state file ``path``: ``<path>.lock``."""
    return path.with_name(path.name + ".lock")


def make_private_directory(directory: Path) -> None:
    """Create ``directory`` with mode 0700 if it is missing (its parents as usual).

    An existing directory is left as it is: it may be shared on purpose (``/tmp``).
    """
    directory.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        directory.mkdir(mode=0o700)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (created 0600 if needed) for the block.

    The lock file's directory must exist. If ``fake reset`` removed the lock file while
    this process waited for it, the lock is taken again on the new file, so that two
    commands never both hold one.

    Raises:
        OSError: the lock file cannot be opened (for example, it is a symbolic link).
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows has no fcntl: no lock there
        yield
        return
    where = lock_path(path)
    while True:
        handle = os.open(where, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, 0o600)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            if _same_file(handle, where):
                break
        except BaseException:
            os.close(handle)
            raise
        os.close(handle)
    try:
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _same_file(handle: int, path: Path) -> bool:
    try:
        current = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    opened = os.fstat(handle)
    return (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino)


def read_state(path: Path) -> bytes | None:
    """Return the bytes of the state file, or None when there is none.

    Raises:
        StateError: it is a symbolic link or not a regular file.
        OSError: it cannot be read.
    """
    try:
        handle = os.open(path, os.O_RDONLY | _NO_FOLLOW)
    except FileNotFoundError:
        return None
    except OSError:
        if path.is_symlink():
            raise _invalid(path, "it is a symbolic link") from None
        raise
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise _invalid(path, "it is not a regular file")
        return file.read()


def _invalid(path: Path, reason: str) -> StateError:
    return StateError(
        f"the fake's state file {path} is not valid ({reason}); "
        "clear it with: twilio-sansio fake reset"
    )


@contextlib.contextmanager
def persistent_fake(path: Path, *, read_only: bool = False) -> Iterator[FakeTwilio]:
    """Yield the fake with the state saved at ``path``, and save it again afterwards.

    The lock is held throughout. The state is saved only if a request may have changed
    it (anything but GET), and also when the block ends with an error, since requests
    served before the error did happen. While the fake answers, a failure that only a
    malformed state can cause (a record of the wrong shape) is a :class:`StateError`.

    Args:
        path: The state file.
        read_only: The command only reads: it creates no directory and saves nothing,
            and without a state file it takes no lock either.

    Raises:
        StateError: the file exists but is not a saved state.
    """
    fake = _state_fake(path)
    if read_only and not path.exists() and not path.is_symlink():
        yield fake
        return
    if not read_only:
        make_private_directory(path.parent)
    with locked(path):
        data = read_state(path)
        if data is not None:
            try:
                fake.load_json(_parse(data))
            except ValueError as error:
                raise _invalid(path, str(error)) from None
        try:
            yield fake
        finally:
            if not read_only and any(request.method != "GET" for request in fake.requests):
                fake.save(path)


def _parse(data: bytes) -> Any:
    from twilio_sansio.testing.fake.app import parse_state

    return parse_state(data)


def _state_fake(path: Path) -> FakeTwilio:
    """Return a fresh fake whose unexpected failures blame the state file at ``path``."""
    from twilio_sansio.core.http import Request, Response
    from twilio_sansio.testing.fake import FakeTwilio, Hang

    class StateFakeTwilio(FakeTwilio):
        def handle(self, request: Request) -> Response | Hang:
            try:
                return super().handle(request)
            except (LookupError, TypeError, AttributeError, ValueError) as error:
                # The fake answers every request it understands; these come from records
                # of the wrong shape in a state file edited by hand (or by someone else).
                raise _invalid(path, f"{type(error).__name__}: {error}") from None

    return StateFakeTwilio()


def clear_state(path: Path) -> None:
    """Forget the built-in fake's state: remove the state file, then its lock file.

    Nothing is created: without a directory there is nothing to clear.
    """
    if not path.parent.is_dir():
        return
    with locked(path):
        path.unlink(missing_ok=True)
        lock_path(path).unlink(missing_ok=True)
