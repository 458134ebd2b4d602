"""What a server that runs on a :class:`~twilio_sansio.testing.LoopbackServer` offers."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from twilio_sansio.testing.loopback import LoopbackServer


class ServedOnLoopback:
    """Start, stop, ``with`` and the address of a server that answers on ``self.loopback``.

    Attributes:
        loopback: The loopback server doing the serving, for what is not repeated here
            (its requests, its TLS context).
    """

    loopback: LoopbackServer

    def start(self) -> Self:
        """Start serving; returns the server itself."""
        self.loopback.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection."""
        self.loopback.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (``https`` with TLS)."""
        return self.loopback.base_url

    @property
    def port(self) -> int:
        """The port being served."""
        return self.loopback.port
