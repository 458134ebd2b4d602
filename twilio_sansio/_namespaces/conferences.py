"""Conferences, their participants and recordings; call queues and their members."""

from __future__ import annotations

from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records
from twilio_sansio.core.resources.conference_recordings import ConferenceRecordingOperations
from twilio_sansio.core.resources.conferences import ConferenceOperations
from twilio_sansio.core.resources.participants import ParticipantOperations
from twilio_sansio.core.resources.queue_members import QueueMemberOperations
from twilio_sansio.core.resources.queues import QueueOperations

C = TypeVar("C")

__all__ = [
    "ConferenceRecordingsNamespace",
    "ConferencesNamespace",
    "ParticipantsNamespace",
    "QueueMembersNamespace",
    "QueuesNamespace",
]


class ConferencesNamespace(Namespace[ConferenceOperations, C]):
    """Conferences: fetch, end or update, and list."""

    get = call(ConferenceOperations.get)
    update = call(ConferenceOperations.update)
    get_page = call(ConferenceOperations.get_page)
    get_page_at = call(ConferenceOperations.get_page_at)
    get_page_iterator = pages(ConferenceOperations.get_page)
    iterate = records(ConferenceOperations.get_page)
    get_page_iterator_in_range = pages(ConferenceOperations.get_page_in_range)
    iterate_in_range = records(ConferenceOperations.get_page_in_range)


class ParticipantsNamespace(Namespace[ParticipantOperations, C]):
    """Participants of one conference (conference SID first): add, fetch, mute, remove."""

    create = call(ParticipantOperations.create)
    get = call(ParticipantOperations.get)
    update = call(ParticipantOperations.update)
    delete = call(ParticipantOperations.delete)
    get_page = call(ParticipantOperations.get_page)
    get_page_at = call(ParticipantOperations.get_page_at)
    get_page_iterator = pages(ParticipantOperations.get_page)
    iterate = records(ParticipantOperations.get_page)


class ConferenceRecordingsNamespace(Namespace[ConferenceRecordingOperations, C]):
    """Recordings of one conference (conference SID first)."""

    get = call(ConferenceRecordingOperations.get)
    update = call(ConferenceRecordingOperations.update)
    delete = call(ConferenceRecordingOperations.delete)
    get_page = call(ConferenceRecordingOperations.get_page)
    get_page_at = call(ConferenceRecordingOperations.get_page_at)
    get_page_iterator = pages(ConferenceRecordingOperations.get_page)
    iterate = records(ConferenceRecordingOperations.get_page)


class QueuesNamespace(Namespace[QueueOperations, C]):
    """Call queues: create, fetch, update, delete and list."""

    create = call(QueueOperations.create)
    get = call(QueueOperations.get)
    update = call(QueueOperations.update)
    delete = call(QueueOperations.delete)
    get_page = call(QueueOperations.get_page)
    get_page_at = call(QueueOperations.get_page_at)
    get_page_iterator = pages(QueueOperations.get_page)
    iterate = records(QueueOperations.get_page)


class QueueMembersNamespace(Namespace[QueueMemberOperations, C]):
    """Members of one queue (queue SID first): fetch, the front member, dequeue, list."""

    get = call(QueueMemberOperations.get)
    get_front = call(QueueMemberOperations.get_front)
    update = call(QueueMemberOperations.update)
    dequeue = call(QueueMemberOperations.dequeue)
    get_page = call(QueueMemberOperations.get_page)
    get_page_at = call(QueueMemberOperations.get_page_at)
    get_page_iterator = pages(QueueMemberOperations.get_page)
    iterate = records(QueueMemberOperations.get_page)
