"""Recordings of a conference (API 2010): the model and their operations.

The path is ``/Accounts/{sid}/Conferences/{conference}/Recordings``.
"""

from __future__ import annotations

from datetime import date, datetime

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import (
    ResourceOperations,
    account_path,
    fetch,
    post,
    remove,
)
from twilio_sansio.core.resources.conferences import check_conference_sid, day_filter
from twilio_sansio.core.resources.recordings import (
    CURRENT_RECORDING,
    RECORDING_SID_PREFIX,
    BaseRecording,
    RecordingStatus,
)
from twilio_sansio.core.validation import check_page_size, check_sid, check_text


class ConferenceRecording(BaseRecording):
    """A recording (``RE…``) of a conference."""

    __slots__ = ()


def _check_ids(conference_sid: str, sid: str) -> None:
    check_conference_sid(conference_sid)
    check_sid("sid", sid, RECORDING_SID_PREFIX)


class ConferenceRecordingOperations(ResourceOperations):
    """Builds the operations on a conference's recordings.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[ConferenceRecording] = self._lister()

    def _lister(self) -> Lister[ConferenceRecording]:
        return Lister(self.config, "api", "recordings", ConferenceRecording.from_json)

    def _path(self, conference_sid: str, sid: str | None = None) -> str:
        conference = path_segment("conference_sid", conference_sid)
        return account_path(self.config, "Conferences", conference, "Recordings", sid=sid)

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
        _check_ids(conference_sid, sid)
        return fetch(self.config, self._path(conference_sid, sid), ConferenceRecording.from_json)

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
        check_conference_sid(conference_sid)
        if sid != CURRENT_RECORDING:
            check_sid("sid", sid, RECORDING_SID_PREFIX)
        form = {"Status": check_text("status", status), **params}
        path = self._path(conference_sid, sid)
        return post(self.config, path, form, ConferenceRecording.from_json)

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
        _check_ids(conference_sid, sid)
        return remove(self.config, self._path(conference_sid, sid))

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
        check_conference_sid(conference_sid)
        query: dict[str, ParamValue] = {
            "DateCreated": day_filter(date_created),
            "DateCreated>": day_filter(date_created_after),
            "DateCreated<": day_filter(date_created_before),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self.lister.first(self._path(conference_sid), query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[ConferenceRecording]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Args:
            cursor: A next-page URI from an earlier page.

        Returns:
            The operation that fetches that page.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)
