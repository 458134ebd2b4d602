"""twilio-sansio: a Twilio REST API client with a pure, I/O-free protocol core."""

from twilio_sansio._version import __version__

__all__ = ["__version__"]
