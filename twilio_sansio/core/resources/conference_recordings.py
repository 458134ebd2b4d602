"""Recordings of a conference (API 2010): the model and their operations.

The path is ``/Accounts/{sid}/Conferences/{conference}/Recordings``.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import ListingOperations
from twilio_sansio.core.resources.conferences import CONFERENCE_SID_PREFIX, day_filter
from twilio_sansio.core.resources.recordings import (
    CURRENT_RECORDING,
    RECORDING_SID_PREFIX,
    BaseRecording,
    RecordingStatus,
)
from twilio_sansio.core.validation import check_page_size, check_text


class ConferenceRecording(BaseRecording):
    """A recording (``RE…``) of a conference."""

    __slots__ = ()


class ConferenceRecordingOperations(
    ListingOperations["ConferenceRecordingOperations", ConferenceRecording]
):
    """Builds the operations on a conference's recordings."""

    __slots__ = ()

    model = ConferenceRecording
    list_key = "recordings"
    path = "Conferences/{}/Recordings"
    sid_prefixes = (RECORDING_SID_PREFIX,)
    parent_name = "conference_sid"
    parent_prefixes = (CONFERENCE_SID_PREFIX,)

    def get(self, /, conference_sid: str, sid: str) -> Operation[ConferenceRecording]:
        """Fetch one recording of a conference.

        Args:
            conference_sid: The conference (``CF…``).
            sid: The recording (``RE…``).

        Returns:
            The operation that fetches the :class:`ConferenceRecording`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(conference_sid, sid)

    def update(
        self,
        /,
        conference_sid: str,
        sid: str,
        status: RecordingStatus | str,
        **params: ParamValue,
    ) -> Operation[ConferenceRecording]:
        """Pause, resume or stop a conference recording.

        Args:
            conference_sid: The conference (``CF…``).
            sid: The recording (``RE…``), or ``recordings.CURRENT_RECORDING``
                (``"Twilio.CURRENT"``) for the conference's active recording.
            status: The new status: ``paused``, ``in-progress`` (resume) or ``stopped``.
            **params: Any other parameter, by Twilio's name (``PauseBehavior``).

        Returns:
            The operation that updates the recording and parses the updated record.

        Raises:
            InvalidArgument: a SID or the status is malformed, or a parameter cannot be
                encoded.
        """
        self._check_parent_sid(conference_sid)
        if sid != CURRENT_RECORDING:
            self._check_own_sid(sid)
        form = {"Status": check_text("status", status), **params}
        return self._post(self._path(conference_sid, path_segment("sid", sid)), form)

    def delete(self, /, conference_sid: str, sid: str) -> Operation[None]:
        """Delete a conference recording and its media.

        A recording that is already gone (404) is not an error, as in the Go library, so a
        retried delete stays safe.

        Args:
            conference_sid: The conference (``CF…``).
            sid: The recording (``RE…``).

        Returns:
            The operation that deletes the recording.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._delete_item(conference_sid, sid)

    def get_page(
        self,
        /,
        conference_sid: str,
        *,
        date_created: date | datetime | None = None,
        date_created_after: date | datetime | None = None,
        date_created_before: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[ConferenceRecording]]:
        """List the recordings of a conference, one page per operation.

        The date filters are days (``YYYY-MM-DD``); an aware datetime stands for its day
        in UTC.

        Args:
            conference_sid: The conference (``CF…``).
            date_created: Only recordings created on this day (``DateCreated``).
            date_created_after: Only recordings created on or after this day
                (``DateCreated>``).
            date_created_before: Only recordings created on or before this day
                (``DateCreated<``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or a filter is malformed.
        """
        self._check_parent_sid(conference_sid)
        query: dict[str, ParamValue] = {
            "DateCreated": day_filter(date_created),
            "DateCreated>": day_filter(date_created_after),
            "DateCreated<": day_filter(date_created_before),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query, conference_sid)
