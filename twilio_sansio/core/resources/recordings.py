"""Recordings (API 2010): the model and the operations on ``/Accounts/{sid}/Recordings``.

These are all of the account's recordings (calls, conferences, ``<Record>``); the
recordings of one call while it is in progress (pause, resume, stop) are
``client.call_recordings``. A recording's audio is at its path with ``.wav`` or ``.mp3``
instead of ``.json``: :meth:`RecordingOperations.media_url` builds that URL without a
request.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue, path_segment
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import (
    Choice,
    Duration,
    Integer,
    Object,
    PriceField,
    Record,
    Sid,
    Text,
    Timestamp,
)
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import fetch, remove
from twilio_sansio.core.resources._listing import DeletableOperations, page_query
from twilio_sansio.core.resources.transcriptions import (
    TRANSCRIPTION_SID_PREFIX,
    Transcription,
    transcription_lister,
)
from twilio_sansio.core.validation import check_page_size, check_sid

RECORDING_SID_PREFIX = "RE"
CURRENT_RECORDING = "Twilio.CURRENT"
"""Stands for a call's or conference's recording in progress, in place of its SID, in ``update``."""
AUDIO_FORMATS = ("wav", "mp3")


class RecordingStatus(OpenStrEnum):
    """Where a recording is in its life.

    ``in-progress``, ``paused`` and ``stopped`` are also the statuses to set on a call's or
    conference's recording in progress; ``deleted`` marks a recording deleted within the
    last 40 days (listed with ``include_soft_deleted``).
    """

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"
    DELETED = "deleted"


class RecordingSource(OpenStrEnum):
    """What made the recording."""

    DIAL_VERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUND_API = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORD_VERB = "RecordVerb"
    START_CALL_RECORDING_API = "StartCallRecordingAPI"
    START_CONFERENCE_RECORDING_API = "StartConferenceRecordingAPI"


class BaseRecording(Record):
    """The fields every recording (``RE…``) has, wherever Twilio lists it.

    :class:`Recording` (account-wide), ``CallRecording`` and ``ConferenceRecording`` add
    the fields only their own listing has.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    call_sid = Text()
    conference_sid = Text()
    status = Choice(RecordingStatus)
    source = Choice(RecordingSource)
    channels = Integer()
    duration = Duration()
    price = PriceField()
    price_unit = Text()
    error_code = Integer()
    start_time = Timestamp()
    date_created = Timestamp()
    date_updated = Timestamp()
    encryption_details = Object()
    api_version = Text()
    uri = Text()


class Recording(BaseRecording):
    """A recording (``RE…``) of a call or conference, as Twilio reports it account-wide."""

    __slots__ = ()

    media_url = Text()
    subresource_uris = Object()


class RecordingOperations(DeletableOperations["RecordingOperations", Recording]):
    """Builds every operation on the account's recordings and their transcriptions.

    Deleting a recording deletes its audio too.

    Attributes:
        transcriptions_lister: How pages of a recording's transcriptions are read.
    """

    __slots__ = ("transcriptions_lister",)

    model = Recording
    list_key = "recordings"
    path = "Recordings"
    sid_name = "recording_sid"
    sid_prefixes = (RECORDING_SID_PREFIX,)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.transcriptions_lister: Lister[Transcription] = transcription_lister(config)

    def get(self, /, sid: str, *, include_soft_deleted: bool | None = None) -> Operation[Recording]:
        """Fetch one recording by SID.

        Args:
            sid: The recording's SID (``RE…``).
            include_soft_deleted: Also find a recording deleted within the last 40 days
                (``IncludeSoftDeleted``).

        Returns:
            The operation that fetches and parses the :class:`Recording`.

        Raises:
            InvalidArgument: ``sid`` is not ``RE`` + 32 hex digits.
        """
        path = self._item_path(None, sid)
        return self._fetch(path, {"IncludeSoftDeleted": _check_flag(include_soft_deleted)})

    def get_page(
        self,
        /,
        *,
        date_created: date | datetime | None = None,
        date_created_after: date | datetime | None = None,
        date_created_before: date | datetime | None = None,
        call_sid: str | None = None,
        conference_sid: str | None = None,
        include_soft_deleted: bool | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Recording]]:
        """List the account's recordings, newest first, one page per operation.

        Args:
            date_created: Only recordings made on this date (a date, or an aware datetime).
            date_created_after: Only recordings made after this (``DateCreated>``).
            date_created_before: Only recordings made before this (``DateCreated<``).
            call_sid: Only the recordings of this call (``CA…``).
            conference_sid: Only the recordings of this conference (``CF…``).
            include_soft_deleted: Also list recordings deleted within the last 40 days.
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: a filter is malformed (a naive datetime, a bad SID, a page
                size outside 1..1000).
        """
        if call_sid is not None:
            check_sid("call_sid", call_sid, "CA")
        if conference_sid is not None:
            check_sid("conference_sid", conference_sid, "CF")
        query: dict[str, ParamValue] = {
            "DateCreated": date_created,
            "DateCreated>": date_created_after,
            "DateCreated<": date_created_before,
            "CallSid": call_sid,
            "ConferenceSid": conference_sid,
            "IncludeSoftDeleted": _check_flag(include_soft_deleted),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query)

    def media_url(self, /, sid: str, fmt: Literal["wav", "mp3"] = "wav") -> str:
        """Return the absolute URL of a recording's audio on the configured API host.

        Nothing is sent. The URL is ``…/Recordings/RE….wav`` (or ``.mp3``); fetching it
        needs the account's credentials unless the account allows public media URLs.

        Args:
            sid: The recording's SID (``RE…``).
            fmt: ``"wav"`` (Twilio's default) or ``"mp3"``.

        Returns:
            The URL of the audio file.

        Raises:
            InvalidArgument: ``sid`` is malformed or ``fmt`` is not ``"wav"``/``"mp3"``.
        """
        self._check_own_sid(sid)
        if fmt not in AUDIO_FORMATS:
            raise InvalidArgument(f"fmt must be 'wav' or 'mp3', not {fmt!r:.40}")
        path = self.config.account_path("Recordings", f"{path_segment('sid', sid)}.{fmt}")
        return self.config.urls.root("api") + path

    def get_transcription(
        self, /, recording_sid: str, transcription_sid: str
    ) -> Operation[Transcription]:
        """Fetch one transcription of a recording.

        Args:
            recording_sid: The recording's SID (``RE…``).
            transcription_sid: The transcription's SID (``TR…``).

        Returns:
            The operation that fetches and parses the
            :class:`~twilio_sansio.core.resources.transcriptions.Transcription`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        path = self._transcription_path(recording_sid, transcription_sid)
        return fetch(self.config, path, Transcription.from_json)

    def delete_transcription(
        self, /, recording_sid: str, transcription_sid: str
    ) -> Operation[None]:
        """Delete one transcription of a recording; one already gone (404) is not an error.

        Args:
            recording_sid: The recording's SID (``RE…``).
            transcription_sid: The transcription's SID (``TR…``).

        Returns:
            The operation that deletes the transcription.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return remove(self.config, self._transcription_path(recording_sid, transcription_sid))

    def _transcription_path(self, recording_sid: str, transcription_sid: str) -> str:
        """Check both SIDs; return the path of the recording's transcription."""
        self._check_own_sid(recording_sid)
        check_sid("transcription_sid", transcription_sid, TRANSCRIPTION_SID_PREFIX)
        recording = path_segment("recording_sid", recording_sid)
        transcription = path_segment("transcription_sid", transcription_sid)
        return self._path(tail=f"{recording}/Transcriptions/{transcription}")

    def get_transcriptions_page(
        self,
        /,
        recording_sid: str,
        *,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Transcription]]:
        """List the transcriptions of one recording, one page per operation.

        Resume a saved cursor of these pages with :meth:`get_transcriptions_page_at`.

        Args:
            recording_sid: The recording's SID (``RE…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID is malformed or the page size is outside 1..1000.
        """
        self._check_own_sid(recording_sid)
        recording = path_segment("recording_sid", recording_sid)
        path = self._path(tail=f"{recording}/Transcriptions")
        return self.transcriptions_lister.first(path, page_query(page_size, params))

    def get_transcriptions_page_at(self, /, cursor: str) -> Operation[Page[Transcription]]:
        """Fetch the page of a recording's transcriptions a saved cursor points to.

        Args:
            cursor: A next-page URI from an earlier page of
                :meth:`get_transcriptions_page` (``page.cursor``).

        Returns:
            The operation that fetches that page.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.transcriptions_lister.at(cursor)


def _check_flag(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidArgument(f"include_soft_deleted must be a bool, not {type(value).__name__}")
