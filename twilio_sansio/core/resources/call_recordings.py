"""Recordings of a call (API 2010): ``/Accounts/{sid}/Calls/{CallSid}/Recordings``.

Starting a recording here records a call that is already in progress; the same
recordings are also listed, account-wide, under ``/Recordings``.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Text
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import ListingOperations, dated_query
from twilio_sansio.core.resources.recordings import (
    CURRENT_RECORDING,
    RECORDING_SID_PREFIX,
    BaseRecording,
)
from twilio_sansio.core.validation import check_page_size


class CallRecording(BaseRecording):
    """A recording (``RE…``) of a call, as Twilio reports it under the call."""

    __slots__ = ()

    track = Text()


class CallRecordingOperations(ListingOperations["CallRecordingOperations", CallRecording]):
    """Builds the operations on the recordings of a call."""

    __slots__ = ()

    model = CallRecording
    list_key = "recordings"
    path = "Calls/{}/Recordings"
    sid_name = "recording_sid"
    sid_prefixes = (RECORDING_SID_PREFIX,)
    parent_name = "call_sid"
    parent_prefixes = ("CA",)

    def create(self, /, call_sid: str, **params: ParamValue) -> Operation[CallRecording]:
        """Start recording a call in progress.

        Args:
            call_sid: The call to record (``CA…``).
            **params: Twilio's parameters (``RecordingChannels="dual"``,
                ``RecordingStatusCallback=...``, ``Trim="trim-silence"``...).

        Returns:
            The operation that starts the recording and parses the new recording.

        Raises:
            InvalidArgument: ``call_sid`` is malformed or a parameter cannot be encoded.
        """
        self._check_parent_sid(call_sid)
        return self._post(self._path(call_sid), params)

    def get(self, /, call_sid: str, sid: str) -> Operation[CallRecording]:
        """Fetch one recording of a call.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(call_sid, sid)

    def update(self, /, call_sid: str, sid: str, **params: ParamValue) -> Operation[CallRecording]:
        """Pause, resume or stop a recording in progress (``Status=paused``...).

        Args:
            call_sid: The call (``CA…``).
            sid: The recording (``RE…``), or ``recordings.CURRENT_RECORDING``
                (``"Twilio.CURRENT"``) for the call's recording in progress.
            **params: Twilio's parameters: ``Status`` (``"paused"``, ``"in-progress"``
                to resume, ``"stopped"``) is required; ``PauseBehavior`` is optional.

        Returns:
            The operation that updates the recording and parses it.

        Raises:
            InvalidArgument: a SID is malformed or ``Status`` is missing.
        """
        path = self._recording_path(call_sid, sid)
        if params.get("Status") is None:
            raise InvalidArgument("updating a recording needs a Status")
        return self._post(path, params)

    def delete(self, /, call_sid: str, sid: str) -> Operation[None]:
        """Delete a recording of a call.

        A recording that is already gone (404) is not an error, as in the Go library, so
        a retried delete stays safe.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._delete_item(call_sid, sid)

    def get_page(
        self,
        /,
        call_sid: str,
        *,
        date_created: date | datetime | None = None,
        date_created_after: date | datetime | None = None,
        date_created_before: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[CallRecording]]:
        """List the recordings of a call, one page per operation.

        Args:
            call_sid: The call (``CA…``).
            date_created: Only recordings created on this date.
            date_created_after: Only recordings created after this (``DateCreated>``).
            date_created_before: Only recordings created before this (``DateCreated<``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or a filter is malformed.
        """
        self._check_parent_sid(call_sid)
        query: dict[str, ParamValue] = {
            **dated_query("DateCreated", date_created, date_created_after, date_created_before),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query, call_sid)

    def _recording_path(self, call_sid: str, sid: str) -> str:
        """Check the SIDs (the recording may be ``CURRENT_RECORDING``); return its path."""
        self._check_parent_sid(call_sid)
        if sid != CURRENT_RECORDING:
            self._check_own_sid(sid)
        return self._path(call_sid, path_segment("sid", sid))
