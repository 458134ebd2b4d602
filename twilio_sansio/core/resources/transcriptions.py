"""Transcriptions (API 2010): the model and the operations on ``/Accounts/{sid}/Transcriptions``.

A transcription (``TR…``) is the text of a recording made with ``<Record transcribe>``.
The same records are listed per recording by
:meth:`~twilio_sansio.core.resources.recordings.RecordingOperations.get_transcriptions_page`.
"""

from __future__ import annotations

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Choice, Duration, PriceField, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._listing import DeletableOperations, page_query

TRANSCRIPTION_SID_PREFIX = "TR"


class TranscriptionStatus(OpenStrEnum):
    """Where a transcription is: still being made, done, or failed."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


class Transcription(Record):
    """The text of a recording (``TR…``), as Twilio reports it."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    recording_sid = Text()
    status = Choice(TranscriptionStatus)
    transcription_text = Text()
    type = Text()
    duration = Duration()
    price = PriceField()
    price_unit = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    api_version = Text()
    uri = Text()


def transcription_lister(config: ClientConfig) -> Lister[Transcription]:
    """Return how pages of transcriptions are read (records under ``"transcriptions"``)."""
    return Lister(config, "api", "transcriptions", Transcription.from_json)


class TranscriptionOperations(DeletableOperations["TranscriptionOperations", Transcription]):
    """Builds the operations on the account's transcriptions."""

    __slots__ = ()

    model = Transcription
    list_key = "transcriptions"
    path = "Transcriptions"
    sid_name = "transcription_sid"
    sid_prefixes = (TRANSCRIPTION_SID_PREFIX,)

    def get_page(
        self,
        /,
        *,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Transcription]]:
        """List the account's transcriptions, newest first, one page per operation.

        Args:
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the page size is outside 1..1000 or a filter cannot be encoded.
        """
        return self._first_page(page_query(page_size, params))
