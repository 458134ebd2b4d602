"""Media streams of a call (API 2010): ``/Accounts/{sid}/Calls/{CallSid}/Streams``.

A stream forks a call's audio to a WebSocket server (``wss://``), for example an AI
voice agent, while the call goes on; it is started on a call in progress and stopped by
its SID or by the name it was given.
"""

from __future__ import annotations

from collections.abc import Mapping

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Choice, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.resources._call_media import (
    CallMediaOperations,
    MediaTrack,
    check_callback_method,
    check_choice,
    check_url,
    custom_parameters,
    optional_url,
)
from twilio_sansio.core.validation import optional_text

STREAM_SID_PREFIX = "MZ"


class StreamStatus(OpenStrEnum):
    """Whether a stream is running (``in-progress``) or ``stopped``."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class CallStream(Record):
    """A media stream (``MZ…``) of a call, as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    name = Text()
    status = Choice(StreamStatus)
    date_updated = Timestamp()
    uri = Text()


class CallStreamOperations(CallMediaOperations["CallStreamOperations", CallStream]):
    """Builds the operations on the media streams of a call."""

    __slots__ = ()

    model = CallStream
    segment = "Streams"
    sid_prefix = STREAM_SID_PREFIX

    def create(
        self,
        /,
        call_sid: str,
        url: str,
        *,
        name: str | None = None,
        track: MediaTrack | str | None = None,
        status_callback: str | None = None,
        status_callback_method: str | None = None,
        parameters: Mapping[str, str] | None = None,
        **params: ParamValue,
    ) -> Operation[CallStream]:
        """Start streaming a call's audio to a WebSocket server.

        Args:
            call_sid: The call (``CA…``), which must be in progress.
            url: The server's absolute ``wss://`` (or ``ws://``) URL.
            name: A name, unique on the call, to stop the stream by instead of its SID.
            track: Which audio to send: ``inbound_track`` (the default),
                ``outbound_track`` or ``both_tracks``.
            status_callback: An absolute http(s) URL told when the stream starts and stops.
            status_callback_method: ``"GET"`` or ``"POST"`` (the default) for it.
            parameters: Custom parameters the server receives in the stream's ``start``
                message, up to 99 names to values (``Parameter1.Name``/``.Value``...).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that starts the stream and parses the new :class:`CallStream`.

        Raises:
            InvalidArgument: an argument is malformed or not one Twilio accepts.
        """
        path = self._path(call_sid)
        form: dict[str, ParamValue] = {
            "Url": check_url("url", url, "wss", "ws"),
            "Name": optional_text("name", name),
            "Track": check_choice("track", track, MediaTrack),
            "StatusCallback": optional_url("status_callback", status_callback, "https", "http"),
            "StatusCallbackMethod": check_callback_method(
                "status_callback_method", status_callback_method
            ),
            **custom_parameters(parameters),
            **params,
        }
        return self._send(path, form)
