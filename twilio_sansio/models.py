"""Every model and enum of the API, in one public module.

``from twilio_sansio.models import Message, MessageStatus, Call``: the records a client's
methods return and the open enums of their fields (each accepts values Twilio adds
later). They are defined beside the operations that return them, in
``twilio_sansio.core.resources``; this module is the stable place to import them from.
"""

from __future__ import annotations

from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.model import Record
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._call_media import MediaTrack
from twilio_sansio.core.resources.accounts import (
    Account,
    AccountStatus,
    AccountType,
)
from twilio_sansio.core.resources.alerts import (
    Alert,
    AlertLogLevel,
    AlertRequestMethod,
)
from twilio_sansio.core.resources.applications import Application
from twilio_sansio.core.resources.available_numbers import (
    AddressRequirement,
    AvailablePhoneNumber,
    AvailablePhoneNumberCountry,
    NumberType,
)
from twilio_sansio.core.resources.call_events import (
    CallEvent,
    CallNotification,
)
from twilio_sansio.core.resources.call_payments import (
    CallPayment,
    PaymentBankAccountType,
    PaymentCapture,
    PaymentMethod,
    PaymentStatus,
    PaymentTokenType,
)
from twilio_sansio.core.resources.call_recordings import CallRecording
from twilio_sansio.core.resources.call_siprec import CallSiprec, SiprecStatus
from twilio_sansio.core.resources.call_streams import CallStream, StreamStatus
from twilio_sansio.core.resources.call_transcriptions import (
    RealtimeTranscription,
    RealtimeTranscriptionStatus,
)
from twilio_sansio.core.resources.call_user_defined_messages import (
    CallUserDefinedMessage,
    CallUserDefinedMessageSubscription,
)
from twilio_sansio.core.resources.calls import Call, CallStatus
from twilio_sansio.core.resources.conference_recordings import (
    ConferenceRecording,
)
from twilio_sansio.core.resources.conferences import (
    Conference,
    ConferenceEndReason,
    ConferenceStatus,
)
from twilio_sansio.core.resources.endpoints import Resource
from twilio_sansio.core.resources.incoming_number_add_ons import (
    AssignedAddOn,
    AssignedAddOnExtension,
)
from twilio_sansio.core.resources.incoming_numbers import (
    EmergencyAddressStatus,
    EmergencyStatus,
    IncomingPhoneNumber,
    VoiceReceiveMode,
)
from twilio_sansio.core.resources.keys import Key, NewKey
from twilio_sansio.core.resources.lookups.packages import (
    CallerName,
    CallForwarding,
    IdentityMatch,
    LastSimSwap,
    LineState,
    LineStatus,
    LineType,
    LineTypeIntelligence,
    MatchLevel,
    PhoneNumberQualityScore,
    PreFill,
    Reassigned,
    ReassignedNumber,
    SimSwap,
    SmsPumpingRisk,
)
from twilio_sansio.core.resources.lookups.phone_numbers import (
    LookupField,
    NumberValidationError,
    PhoneNumberLookup,
)
from twilio_sansio.core.resources.media import Media
from twilio_sansio.core.resources.message_feedback import (
    FeedbackOutcome,
    MessageFeedback,
)
from twilio_sansio.core.resources.messages import (
    Message,
    MessageDirection,
    MessageStatus,
)
from twilio_sansio.core.resources.messaging._senders import SenderCapability
from twilio_sansio.core.resources.messaging.alpha_senders import MessagingAlphaSender
from twilio_sansio.core.resources.messaging.phone_numbers import MessagingPhoneNumber
from twilio_sansio.core.resources.messaging.services import (
    MessagingService,
    MessagingUsecase,
    ScanMessageContent,
    WebhookMethod,
)
from twilio_sansio.core.resources.messaging.short_codes import MessagingShortCode
from twilio_sansio.core.resources.outgoing_caller_ids import (
    OutgoingCallerId,
    ValidationRequest,
)
from twilio_sansio.core.resources.participants import (
    Participant,
    ParticipantStatus,
)
from twilio_sansio.core.resources.queue_members import QueueMember
from twilio_sansio.core.resources.queues import Queue
from twilio_sansio.core.resources.recording_add_on_results import (
    AddOnResultStatus,
    RecordingAddOnResult,
    RecordingAddOnResultPayload,
    RecordingAddOnResultPayloadData,
)
from twilio_sansio.core.resources.recordings import (
    BaseRecording,
    Recording,
    RecordingSource,
    RecordingStatus,
)
from twilio_sansio.core.resources.transcriptions import (
    Transcription,
    TranscriptionStatus,
)
from twilio_sansio.core.resources.verify.channels import VerificationChannel
from twilio_sansio.core.resources.verify.services import VerifyService
from twilio_sansio.core.resources.verify.verification_checks import VerificationCheck
from twilio_sansio.core.resources.verify.verifications import (
    BaseVerification,
    Verification,
    VerificationRiskCheck,
    VerificationStatus,
)

__all__ = [
    "Account",
    "AccountStatus",
    "AccountType",
    "AddOnResultStatus",
    "AddressRequirement",
    "Alert",
    "AlertLogLevel",
    "AlertRequestMethod",
    "Application",
    "AssignedAddOn",
    "AssignedAddOnExtension",
    "AvailablePhoneNumber",
    "AvailablePhoneNumberCountry",
    "BaseRecording",
    "BaseVerification",
    "Call",
    "CallEvent",
    "CallForwarding",
    "CallNotification",
    "CallPayment",
    "CallRecording",
    "CallSiprec",
    "CallStatus",
    "CallStream",
    "CallUserDefinedMessage",
    "CallUserDefinedMessageSubscription",
    "CallerName",
    "Conference",
    "ConferenceEndReason",
    "ConferenceRecording",
    "ConferenceStatus",
    "EmergencyAddressStatus",
    "EmergencyStatus",
    "FeedbackOutcome",
    "IdentityMatch",
    "IncomingPhoneNumber",
    "Key",
    "LastSimSwap",
    "LineState",
    "LineStatus",
    "LineType",
    "LineTypeIntelligence",
    "LookupField",
    "MatchLevel",
    "Media",
    "MediaTrack",
    "Message",
    "MessageDirection",
    "MessageFeedback",
    "MessageStatus",
    "MessagingAlphaSender",
    "MessagingPhoneNumber",
    "MessagingService",
    "MessagingShortCode",
    "MessagingUsecase",
    "NewKey",
    "NumberType",
    "NumberValidationError",
    "OpenStrEnum",
    "OutgoingCallerId",
    "Page",
    "Participant",
    "ParticipantStatus",
    "PaymentBankAccountType",
    "PaymentCapture",
    "PaymentMethod",
    "PaymentStatus",
    "PaymentTokenType",
    "PhoneNumberLookup",
    "PhoneNumberQualityScore",
    "PreFill",
    "Queue",
    "QueueMember",
    "RealtimeTranscription",
    "RealtimeTranscriptionStatus",
    "Reassigned",
    "ReassignedNumber",
    "Record",
    "Recording",
    "RecordingAddOnResult",
    "RecordingAddOnResultPayload",
    "RecordingAddOnResultPayloadData",
    "RecordingSource",
    "RecordingStatus",
    "Resource",
    "ScanMessageContent",
    "SenderCapability",
    "SimSwap",
    "SiprecStatus",
    "SmsPumpingRisk",
    "StreamStatus",
    "Transcription",
    "TranscriptionStatus",
    "ValidationRequest",
    "Verification",
    "VerificationChannel",
    "VerificationCheck",
    "VerificationRiskCheck",
    "VerificationStatus",
    "VerifyService",
    "VoiceReceiveMode",
    "WebhookMethod",
]
