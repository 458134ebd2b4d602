"""Errors about values Twilio sent, as opposed to values the caller passed.

Models keep Twilio's raw values and convert them on first access; when such a
conversion fails, the fault is not the caller's, so it is not an
:class:`~twilio_sansio.core.errors.InvalidArgument`.
"""

from __future__ import annotations

from twilio_sansio.core.errors import TwilioError

__all__ = ["MalformedValue"]


class MalformedValue(TwilioError, ValueError):
    """A value Twilio sent could not be converted to its type.

    Raised by the converters of timestamps, dates, durations and prices when a
    field holds something that is not of the documented shape (for example a
    ``date_created`` of ``"yesterday"``). It is a :class:`ValueError` too.
    """
