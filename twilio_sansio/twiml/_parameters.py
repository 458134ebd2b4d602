"""Name/value nouns passed through to an application: ``<Parameter>`` and ``<Config>``."""

from __future__ import annotations

from twilio_sansio.twiml._element import TwiML


class Parameter(TwiML):
    """``<Parameter>``: a custom name/value pair handed to a stream, client or connector.

    Args:
        name: the parameter's name.
        value: its value.
    """

    tag = "Parameter"
    __slots__ = ()

    def __init__(self, name: str | None = None, value: str | None = None) -> None:
        super().__init__(name=name, value=value)


class Config(TwiML):
    """``<Config>``: a provider setting of a ``<Transcription>`` or ``<VirtualAgent>``.

    Args:
        name: the setting's name.
        value: its value.
    """

    tag = "Config"
    __slots__ = ()

    def __init__(self, name: str | None = None, value: str | None = None) -> None:
        super().__init__(name=name, value=value)
