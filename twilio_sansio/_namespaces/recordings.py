"""Recordings, transcriptions and recordings' add-on results."""

from __future__ import annotations

from typing import TypeVar

from twilio_sansio._binding import Namespace, call, local, pages, records
from twilio_sansio.core.resources.recording_add_on_results import (
    RecordingAddOnResultOperations,
    RecordingAddOnResultPayloadOperations,
)
from twilio_sansio.core.resources.recordings import RecordingOperations
from twilio_sansio.core.resources.transcriptions import TranscriptionOperations

C = TypeVar("C")

__all__ = [
    "RecordingAddOnResultPayloadsNamespace",
    "RecordingAddOnResultsNamespace",
    "RecordingsNamespace",
    "TranscriptionsNamespace",
]


class RecordingsNamespace(Namespace[RecordingOperations, C]):
    """Recordings of the account: fetch, list, delete; audio URLs; their transcriptions."""

    get = call(RecordingOperations.get)
    delete = call(RecordingOperations.delete)
    get_page = call(RecordingOperations.get_page)
    get_page_at = call(RecordingOperations.get_page_at)
    get_page_iterator = pages(RecordingOperations.get_page)
    iterate = records(RecordingOperations.get_page)
    media_url = local(RecordingOperations.media_url)
    get_transcription = call(RecordingOperations.get_transcription)
    delete_transcription = call(RecordingOperations.delete_transcription)
    get_transcriptions_page = call(RecordingOperations.get_transcriptions_page)
    get_transcriptions_page_at = call(RecordingOperations.get_transcriptions_page_at)
    get_transcriptions_page_iterator = pages(RecordingOperations.get_transcriptions_page)
    iterate_transcriptions = records(RecordingOperations.get_transcriptions_page)


class RecordingAddOnResultsNamespace(Namespace[RecordingAddOnResultOperations, C]):
    """Add-on results of one recording (recording SID first): fetch, list and delete."""

    get = call(RecordingAddOnResultOperations.get)
    delete = call(RecordingAddOnResultOperations.delete)
    get_page = call(RecordingAddOnResultOperations.get_page)
    get_page_at = call(RecordingAddOnResultOperations.get_page_at)
    get_page_iterator = pages(RecordingAddOnResultOperations.get_page)
    iterate = records(RecordingAddOnResultOperations.get_page)


class RecordingAddOnResultPayloadsNamespace(Namespace[RecordingAddOnResultPayloadOperations, C]):
    """Payloads of a recording's add-on result (recording, result SIDs first); data URLs."""

    get = call(RecordingAddOnResultPayloadOperations.get)
    delete = call(RecordingAddOnResultPayloadOperations.delete)
    get_data = call(RecordingAddOnResultPayloadOperations.get_data)
    get_page = call(RecordingAddOnResultPayloadOperations.get_page)
    get_page_at = call(RecordingAddOnResultPayloadOperations.get_page_at)
    get_page_iterator = pages(RecordingAddOnResultPayloadOperations.get_page)
    iterate = records(RecordingAddOnResultPayloadOperations.get_page)


class TranscriptionsNamespace(Namespace[TranscriptionOperations, C]):
    """Transcriptions of recordings: fetch, list and delete."""

    get = call(TranscriptionOperations.get)
    delete = call(TranscriptionOperations.delete)
    get_page = call(TranscriptionOperations.get_page)
    get_page_at = call(TranscriptionOperations.get_page_at)
    get_page_iterator = pages(TranscriptionOperations.get_page)
    iterate = records(TranscriptionOperations.get_page)
