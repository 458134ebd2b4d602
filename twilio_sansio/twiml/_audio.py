"""The verbs that play audio or wait, usable in a response, ``<Gather>`` and ``<Prompt>``."""

from __future__ import annotations

from twilio_sansio.twiml._element import TwiML


class Play(TwiML):
    """``<Play>``: play an audio file, or send DTMF tones with ``digits``.

    Args:
        url: the audio file's URL.
        loop: times to play it (0 repeats until the call ends).
        digits: DTMF tones to send instead (``w`` waits half a second).
    """

    tag = "Play"
    __slots__ = ()

    def __init__(
        self, url: str | None = None, *, loop: int | None = None, digits: str | None = None
    ) -> None:
        super().__init__(url, loop=loop, digits=digits)


class Pause(TwiML):
    """``<Pause>``: wait silently.

    Args:
        length: seconds to wait (Twilio's default is 1).
    """

    tag = "Pause"
    __slots__ = ()

    def __init__(self, length: int | None = None) -> None:
        super().__init__(length=length)
