"""Recordings of a call (API 2010): ``/Accounts/{sid}/Calls/{CallSid}/Recordings``.

Starting a recording here records a call that is already in progress; the same
recordings are also listed, account-wide, under ``/Recordings``.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Text
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import (
    ResourceOperations,
    account_path,
    fetch,
    post,
    remove,
)
from twilio_sansio.core.resources.recordings import (
    CURRENT_RECORDING,
    RECORDING_SID_PREFIX,
    BaseRecording,
)
from twilio_sansio.core.validation import check_page_size, check_sid


class CallRecording(BaseRecording):
    """A recording (``RE…``) of a call, as Twilio reports it under the call."""

    __slots__ = ()

    track = Text()


def _check_call(call_sid: object) -> None:
    check_sid("call_sid", call_sid, "CA")


def _check_ids(call_sid: object, recording_sid: object) -> None:
    _check_call(call_sid)
    check_sid("recording_sid", recording_sid, RECORDING_SID_PREFIX)


class CallRecordingOperations(ResourceOperations):
    """Builds the operations on the recordings of a call.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[CallRecording] = self._lister()

    def _lister(self) -> Lister[CallRecording]:
        return Lister(self.config, "api", "recordings", CallRecording.from_json)

    def _path(self, call_sid: str, recording_sid: str | None = None) -> str:
        call = path_segment("call_sid", call_sid)
        return account_path(self.config, "Calls", call, "Recordings", sid=recording_sid)

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
        _check_call(call_sid)
        return post(self.config, self._path(call_sid), params, CallRecording.from_json)

    def get(self, /, call_sid: str, sid: str) -> Operation[CallRecording]:
        """Fetch one recording of a call.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        _check_ids(call_sid, sid)
        return fetch(self.config, self._path(call_sid, sid), CallRecording.from_json)

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
        _check_call(call_sid)
        if sid != CURRENT_RECORDING:
            check_sid("recording_sid", sid, RECORDING_SID_PREFIX)
        if params.get("Status") is None:
            raise InvalidArgument("updating a recording needs a Status")
        return post(self.config, self._path(call_sid, sid), params, CallRecording.from_json)

    def delete(self, /, call_sid: str, sid: str) -> Operation[None]:
        """Delete a recording of a call.

        A recording that is already gone (404) is not an error, as in the Go library, so
        a retried delete stays safe.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        _check_ids(call_sid, sid)
        return remove(self.config, self._path(call_sid, sid))

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
        _check_call(call_sid)
        query: dict[str, ParamValue] = {
            "DateCreated": date_created,
            "DateCreated>": date_created_after,
            "DateCreated<": date_created_before,
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self.lister.first(self._path(call_sid), query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[CallRecording]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)
