"""Every resource's operations builder, in one place for the clients to bind."""

from twilio_sansio.core.resources.accounts import AccountOperations
from twilio_sansio.core.resources.alerts import AlertOperations
from twilio_sansio.core.resources.applications import ApplicationOperations
from twilio_sansio.core.resources.available_numbers import AvailableNumberOperations
from twilio_sansio.core.resources.call_events import (
    CallEventOperations,
    CallNotificationOperations,
)
from twilio_sansio.core.resources.call_recordings import CallRecordingOperations
from twilio_sansio.core.resources.calls import CallOperations
from twilio_sansio.core.resources.conference_recordings import ConferenceRecordingOperations
from twilio_sansio.core.resources.conferences import ConferenceOperations
from twilio_sansio.core.resources.endpoints import EndpointOperations
from twilio_sansio.core.resources.incoming_numbers import IncomingNumberOperations
from twilio_sansio.core.resources.keys import KeyOperations
from twilio_sansio.core.resources.media import MediaOperations
from twilio_sansio.core.resources.messages import MessageOperations
from twilio_sansio.core.resources.outgoing_caller_ids import OutgoingCallerIdOperations
from twilio_sansio.core.resources.participants import ParticipantOperations
from twilio_sansio.core.resources.queue_members import QueueMemberOperations
from twilio_sansio.core.resources.queues import QueueOperations
from twilio_sansio.core.resources.recordings import RecordingOperations
from twilio_sansio.core.resources.transcriptions import TranscriptionOperations

__all__ = [
    "AccountOperations",
    "AlertOperations",
    "ApplicationOperations",
    "AvailableNumberOperations",
    "CallEventOperations",
    "CallNotificationOperations",
    "CallOperations",
    "CallRecordingOperations",
    "ConferenceOperations",
    "ConferenceRecordingOperations",
    "EndpointOperations",
    "IncomingNumberOperations",
    "KeyOperations",
    "MediaOperations",
    "MessageOperations",
    "OutgoingCallerIdOperations",
    "ParticipantOperations",
    "QueueMemberOperations",
    "QueueOperations",
    "RecordingOperations",
    "TranscriptionOperations",
]
