"""Siprec sessions of a call (API 2010): ``/Accounts/{sid}/Calls/{CallSid}/Siprec``.

A Siprec session forks a call in progress to a SIP recording server (SIPREC), through a
connector configured as a Marketplace Add-on; it is stopped by its SID or by the name it
was given.
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
    custom_parameters,
    optional_url,
)
from twilio_sansio.core.validation import optional_text

SIPREC_SID_PREFIX = "SR"


class SiprecStatus(OpenStrEnum):
    """Whether a Siprec session is running (``in-progress``) or ``stopped``."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


class CallSiprec(Record):
    """A Siprec session (``SR…``) of a call, as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    name = Text()
    status = Choice(SiprecStatus)
    date_updated = Timestamp()
    uri = Text()


class CallSiprecOperations(CallMediaOperations["CallSiprecOperations", CallSiprec]):
    """Builds the operations on the Siprec sessions of a call."""

    __slots__ = ()

    model = CallSiprec
    segment = "Siprec"
    sid_prefix = SIPREC_SID_PREFIX

    def create(
        self,
        /,
        call_sid: str,
        *,
        name: str | None = None,
        connector_name: str | None = None,
        track: MediaTrack | str | None = None,
        status_callback: str | None = None,
        status_callback_method: str | None = None,
        parameters: Mapping[str, str] | None = None,
        **params: ParamValue,
    ) -> Operation[CallSiprec]:
        """Start forking a call in progress to a SIP recording server.

        Args:
            call_sid: The call (``CA…``), which must be in progress.
            name: A name, unique on the call, to stop the session by instead of its SID.
            connector_name: The unique name of the Siprec connector (a Marketplace
                Add-on) to use.
            track: Which audio to send: ``inbound_track``, ``outbound_track`` or
                ``both_tracks``.
            status_callback: An absolute http(s) URL told of the session's events.
            status_callback_method: ``"GET"`` or ``"POST"`` for it.
            parameters: Custom parameters for the recording server, up to 99 names to
                values (``Parameter1.Name``/``.Value``...).
            **params: Any other parameter, by Twilio's name.

        Returns:
            The operation that starts the session and parses the new :class:`CallSiprec`.

        Raises:
            InvalidArgument: an argument is malformed or not one Twilio accepts.
        """
        path = self._path(call_sid)
        form: dict[str, ParamValue] = {
            "Name": optional_text("name", name),
            "ConnectorName": optional_text("connector_name", connector_name),
            "Track": check_choice("track", track, MediaTrack),
            "StatusCallback": optional_url("status_callback", status_callback, "https", "http"),
            "StatusCallbackMethod": check_callback_method(
                "status_callback_method", status_callback_method
            ),
            **custom_parameters(parameters),
            **params,
        }
        return self._send(path, form)
