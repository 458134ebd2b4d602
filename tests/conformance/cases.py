"""One realistic call of every public builder method, for the referee (Prism) to judge.

Each :class:`Case` names an operations class, a builder method and its arguments. The
conformance tests send every case through both clients; a test fails when a builder of
a client namespace binds has no case and is not in :data:`EXCLUDED` (with its reason).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from twilio_sansio._namespaces import namespace_classes
from twilio_sansio.core.resources.accounts import AccountOperations
from twilio_sansio.core.resources.alerts import AlertOperations
from twilio_sansio.core.resources.applications import ApplicationOperations
from twilio_sansio.core.resources.available_numbers import AvailableNumberOperations
from twilio_sansio.core.resources.call_events import CallEventOperations, CallNotificationOperations
from twilio_sansio.core.resources.call_payments import CallPaymentOperations
from twilio_sansio.core.resources.call_recordings import CallRecordingOperations
from twilio_sansio.core.resources.call_siprec import CallSiprecOperations
from twilio_sansio.core.resources.call_streams import CallStreamOperations
from twilio_sansio.core.resources.call_transcriptions import CallTranscriptionOperations
from twilio_sansio.core.resources.call_user_defined_messages import (
    CallUserDefinedMessageOperations,
    CallUserDefinedMessageSubscriptionOperations,
)
from twilio_sansio.core.resources.calls import CallOperations
from twilio_sansio.core.resources.conference_recordings import ConferenceRecordingOperations
from twilio_sansio.core.resources.conferences import ConferenceOperations
from twilio_sansio.core.resources.endpoints import EndpointOperations
from twilio_sansio.core.resources.incoming_number_add_ons import (
    IncomingNumberAddOnExtensionOperations,
    IncomingNumberAddOnOperations,
)
from twilio_sansio.core.resources.incoming_numbers import IncomingNumberOperations
from twilio_sansio.core.resources.keys import KeyOperations
from twilio_sansio.core.resources.lookups.phone_numbers import (
    LookupField,
    LookupPhoneNumberOperations,
)
from twilio_sansio.core.resources.lookups.product import LookupOperations
from twilio_sansio.core.resources.media import MediaOperations
from twilio_sansio.core.resources.messages import MessageOperations
from twilio_sansio.core.resources.messaging.alpha_senders import MessagingAlphaSenderOperations
from twilio_sansio.core.resources.messaging.phone_numbers import MessagingPhoneNumberOperations
from twilio_sansio.core.resources.messaging.services import MessagingServiceOperations
from twilio_sansio.core.resources.messaging.short_codes import MessagingShortCodeOperations
from twilio_sansio.core.resources.outgoing_caller_ids import OutgoingCallerIdOperations
from twilio_sansio.core.resources.participants import ParticipantOperations
from twilio_sansio.core.resources.queue_members import QueueMemberOperations
from twilio_sansio.core.resources.queues import QueueOperations
from twilio_sansio.core.resources.recording_add_on_results import (
    RecordingAddOnResultOperations,
    RecordingAddOnResultPayloadOperations,
)
from twilio_sansio.core.resources.recordings import RecordingOperations
from twilio_sansio.core.resources.transcriptions import TranscriptionOperations
from twilio_sansio.core.resources.verify.codes import VerifyOperations
from twilio_sansio.core.resources.verify.services import VerifyServiceOperations
from twilio_sansio.core.resources.verify.verification_checks import VerificationCheckOperations
from twilio_sansio.core.resources.verify.verifications import VerificationOperations

HEX = "0123456789abcdef0123456789abcdef"
ACCOUNT = "AC" + HEX
TOKEN = "conformance-token"
SUBACCOUNT = "AC" + HEX[::-1]


def sid(prefix: str) -> str:
    """A well-formed SID with ``prefix`` (``sid("SM")``)."""
    return prefix + HEX


MESSAGE, MEDIA, CALL, CONFERENCE = sid("SM"), sid("ME"), sid("CA"), sid("CF")
QUEUE, RECORDING, TRANSCRIPTION, NOTIFICATION = sid("QU"), sid("RE"), sid("TR"), sid("NO")
NUMBER, APPLICATION, KEY, MESSAGING_SERVICE = sid("PN"), sid("AP"), sid("SK"), sid("MG")
ADD_ON, EXTENSION, ADD_ON_RESULT, PAYLOAD = sid("XE"), sid("XF"), sid("XR"), sid("XH")
VERIFY_SERVICE, VERIFICATION = sid("VA"), sid("VE")
SHORT_CODE, ALPHA_SENDER = sid("SC"), sid("AI")
START = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
END = datetime(2024, 1, 9, tzinfo=UTC)
DAY = date(2024, 1, 2)
TWIML_URL = "https://example.com/twiml"
CALLBACK = "https://example.com/status"
TO, FROM = "+14158675310", "+15017122661"


def meta_cursor(product: str, path: str) -> str:
    """A next-page URL of a newer API's listing at ``path`` (``meta.next_page_url``)."""
    return f"https://{product}.twilio.com{path}?PageSize=50&Page=1&PageToken=PA{HEX}"


def cursor(path: str, token: str = "PA" + HEX) -> str:
    """A next-page URI of API 2010 for the account's listing at ``path``."""
    return f"/2010-04-01/Accounts/{ACCOUNT}/{path}?PageSize=2&Page=1&PageToken={token}"


@dataclass(frozen=True)
class Case:
    """A builder method called with realistic arguments.

    Attributes:
        operations: The operations class (``MessageOperations``).
        method: The builder method's name (``"send_message"``).
        args: Positional arguments.
        kwargs: Keyword arguments.
        label: Tells apart several cases of one builder.
    """

    operations: type[Any]
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    label: str = ""

    @property
    def id(self) -> str:
        """A test id: ``MessageOperations.send_message[mms]``."""
        suffix = f"[{self.label}]" if self.label else ""
        return f"{self.operations.__name__}.{self.method}{suffix}"


def _c(ops: type[Any], method: str, /, *args: Any, label: str = "", **kwargs: Any) -> Case:
    return Case(ops, method, args, kwargs, label)


#: Builders no case sends to Prism, and why.
EXCLUDED: dict[tuple[type[Any], str], str] = {
    (MessageOperations, "get_media_urls"): (
        "follows each media's redirect to its content, which the documents do not describe; "
        "tested against the fake Twilio"
    ),
    (LookupOperations, "line_type"): (
        "sends LookupPhoneNumberOperations.get's request with Fields=line_type_intelligence "
        "(a case of its own); Prism answers the document's first example, which has no "
        "line type package, so the parse is tested on the document's line type example "
        "offline and against the fake Twilio"
    ),
    (RecordingOperations, "media_url"): (
        "builds the .wav/.mp3 URL without sending anything; recordings' audio is not in "
        "the documents (tested against the fake Twilio)"
    ),
}

M, C = MessageOperations, CallOperations
CASES: list[Case] = [
    # Messages
    _c(M, "send_message", FROM, TO, "Hello", label="sms", StatusCallback=CALLBACK),
    _c(
        M,
        "send_message",
        None,
        TO,
        "Look",
        label="mms",
        media_urls=["https://example.com/a.png", "https://example.com/b.png"],
        messaging_service_sid=MESSAGING_SERVICE,
    ),
    _c(M, "create", To="whatsapp:" + TO, From="whatsapp:" + FROM, Body="Hi"),
    _c(M, "get", MESSAGE),
    _c(M, "update", MESSAGE, Body=""),
    _c(M, "redact", MESSAGE),
    _c(M, "cancel", MESSAGE),
    _c(M, "delete", MESSAGE),
    _c(M, "get_page", to=TO, from_=FROM, date_sent=START, page_size=20),
    _c(M, "get_page", label="range", date_sent_after=START, date_sent_before=END),
    _c(M, "get_page_at", cursor("Messages.json")),
    _c(M, "get_page_in_range", START, END, to=TO, page_size=50),
    _c(M, "get_page_in_range", START, END, label="resumed", cursor=cursor("Messages.json")),
    _c(M, "create_feedback", MESSAGE, "unconfirmed"),
    # Media
    _c(MediaOperations, "get", MESSAGE, MEDIA),
    _c(MediaOperations, "delete", MESSAGE, MEDIA),
    _c(MediaOperations, "get_page", MESSAGE, date_created_after=START, page_size=10),
    _c(MediaOperations, "get_page_at", cursor(f"Messages/{MESSAGE}/Media.json")),
    # Calls
    _c(C, "make_call", FROM, TO, TWIML_URL, StatusCallback=CALLBACK, Timeout=30),
    _c(
        C,
        "make_call",
        FROM,
        "client:alice",
        label="twiml",
        twiml="<Response><Say>Hi</Say></Response>",
    ),
    _c(C, "make_call", FROM, TO, label="app", application_sid=APPLICATION),
    _c(C, "create", To=TO, From=FROM, Url=TWIML_URL, Record=True),
    _c(C, "get", CALL),
    _c(C, "update", CALL, Url=TWIML_URL, Method="POST"),
    _c(C, "cancel", CALL),
    _c(C, "hangup", CALL),
    _c(C, "redirect", CALL, TWIML_URL),
    _c(C, "delete", CALL),
    _c(
        C,
        "get_page",
        to=TO,
        from_=FROM,
        status="completed",
        parent_call_sid=CALL,
        start_time_after=START,
        end_time_before=END,
        page_size=50,
    ),
    _c(C, "get_page", label="days", start_time=START, end_time=END),
    _c(C, "get_page_at", cursor("Calls.json")),
    _c(C, "get_page_in_range", START, END, status="in-progress"),
    _c(C, "get_page_in_range", START, END, label="resumed", cursor=cursor("Calls.json")),
    # Call recordings, events, notifications
    _c(
        CallRecordingOperations,
        "create",
        CALL,
        RecordingStatusCallback=CALLBACK,
        Trim="trim-silence",
    ),
    _c(CallRecordingOperations, "get", CALL, RECORDING),
    _c(CallRecordingOperations, "update", CALL, RECORDING, Status="paused"),
    _c(
        CallRecordingOperations, "update", CALL, "Twilio.CURRENT", label="current", Status="stopped"
    ),
    _c(CallRecordingOperations, "delete", CALL, RECORDING),
    _c(CallRecordingOperations, "get_page", CALL, date_created_after=DAY, date_created_before=DAY),
    _c(CallRecordingOperations, "get_page_at", cursor(f"Calls/{CALL}/Recordings.json")),
    # User-defined messages of a call
    _c(CallUserDefinedMessageOperations, "create", CALL, '{"step": "greeting"}'),
    _c(
        CallUserDefinedMessageOperations,
        "create",
        CALL,
        {"step": "greeting", "lang": "en"},
        label="mapping",
        idempotency_key="message-1",
    ),
    _c(CallUserDefinedMessageSubscriptionOperations, "create", CALL, CALLBACK),
    _c(
        CallUserDefinedMessageSubscriptionOperations,
        "create",
        CALL,
        CALLBACK,
        label="full",
        method="GET",
        idempotency_key="subscription-1",
    ),
    _c(CallUserDefinedMessageSubscriptionOperations, "delete", CALL, sid("ZY")),
    # Call streams, real-time transcriptions, Siprec, payments
    _c(CallStreamOperations, "create", CALL, "wss://example.com/media"),
    _c(
        CallStreamOperations,
        "create",
        CALL,
        "wss://example.com/media",
        label="full",
        name="agent",
        track="both_tracks",
        status_callback=CALLBACK,
        status_callback_method="POST",
        parameters={"caller": TO, "lang": "en"},
    ),
    _c(CallStreamOperations, "update", CALL, sid("MZ")),
    _c(CallStreamOperations, "stop", CALL, "agent"),
    _c(CallTranscriptionOperations, "create", CALL),
    _c(
        CallTranscriptionOperations,
        "create",
        CALL,
        label="full",
        name="notes",
        track="both_tracks",
        status_callback_url=CALLBACK,
        status_callback_method="POST",
        inbound_track_label="caller",
        outbound_track_label="agent",
        partial_results=True,
        language_code="en-US",
        transcription_engine="google",
        profanity_filter=False,
        speech_model="telephony",
        hints="Twilio, sans-io",
        enable_automatic_punctuation=True,
        intelligence_service=sid("GA"),
        conversation_configuration="config",
        conversation_id="conversation",
        configuration_id="configuration",
        enable_provider_data=False,
    ),
    _c(CallTranscriptionOperations, "update", CALL, sid("GT")),
    _c(CallTranscriptionOperations, "stop", CALL, "notes"),
    _c(CallSiprecOperations, "create", CALL),
    _c(
        CallSiprecOperations,
        "create",
        CALL,
        label="full",
        name="recorder",
        connector_name="siprec-connector",
        track="both_tracks",
        status_callback=CALLBACK,
        status_callback_method="GET",
        parameters={"tenant": "acme"},
    ),
    _c(CallSiprecOperations, "update", CALL, sid("SR")),
    _c(CallSiprecOperations, "stop", CALL, "recorder"),
    _c(CallPaymentOperations, "create", CALL, "key-1", CALLBACK),
    _c(
        CallPaymentOperations,
        "create",
        CALL,
        "key-2",
        CALLBACK,
        label="full",
        payment_method="ach-debit",
        bank_account_type="consumer-checking",
        charge_amount="10.50",
        currency="usd",
        description="order 42",
        input="dtmf",
        min_postal_code_length=5,
        parameter={"merchant": "acme"},
        payment_connector="Default",
        postal_code=False,
        security_code=True,
        timeout=10,
        token_type="reusable",
        valid_card_types=["visa", "amex"],
        require_matching_inputs=["payment-card-number", "security-code"],
        confirmation=True,
    ),
    _c(
        CallPaymentOperations,
        "update",
        CALL,
        sid("PK"),
        "key-3",
        CALLBACK,
        capture="expiration-date",
    ),
    _c(
        CallPaymentOperations,
        "update",
        CALL,
        sid("PK"),
        "key-4",
        CALLBACK,
        label="complete",
        status="complete",
    ),
    _c(CallEventOperations, "get_page", CALL, page_size=5),
    _c(CallEventOperations, "get_page_at", cursor(f"Calls/{CALL}/Events.json")),
    _c(CallNotificationOperations, "get", CALL, NOTIFICATION),
    _c(CallNotificationOperations, "get_page", CALL, log=0, message_date_after=DAY),
    _c(CallNotificationOperations, "get_page_at", cursor(f"Calls/{CALL}/Notifications.json")),
    # Conferences, participants, conference recordings
    _c(ConferenceOperations, "get", CONFERENCE),
    _c(ConferenceOperations, "update", CONFERENCE, Status="completed"),
    _c(
        ConferenceOperations,
        "get_page",
        date_created_after=DAY,
        date_updated_before=DAY,
        friendly_name="room",
        status="in-progress",
    ),
    _c(ConferenceOperations, "get_page_at", cursor("Conferences.json")),
    _c(ConferenceOperations, "get_page_in_range", START, END, status="completed"),
    _c(
        ConferenceOperations,
        "get_page_in_range",
        START,
        END,
        label="resumed",
        cursor=cursor("Conferences.json"),
    ),
    _c(ParticipantOperations, "create", CONFERENCE, FROM, TO, Muted=True, Label="customer"),
    _c(ParticipantOperations, "get", CONFERENCE, CALL),
    _c(ParticipantOperations, "get", CONFERENCE, "customer", label="label"),
    _c(ParticipantOperations, "update", CONFERENCE, CALL, Hold=True, HoldUrl=TWIML_URL),
    _c(ParticipantOperations, "delete", CONFERENCE, CALL),
    _c(ParticipantOperations, "get_page", CONFERENCE, muted=True, hold=False, coaching=False),
    _c(ParticipantOperations, "get_page_at", cursor(f"Conferences/{CONFERENCE}/Participants.json")),
    _c(ConferenceRecordingOperations, "get", CONFERENCE, RECORDING),
    _c(
        ConferenceRecordingOperations,
        "update",
        CONFERENCE,
        RECORDING,
        "paused",
        PauseBehavior="skip",
    ),
    _c(ConferenceRecordingOperations, "delete", CONFERENCE, RECORDING),
    _c(ConferenceRecordingOperations, "get_page", CONFERENCE, date_created=DAY),
    _c(
        ConferenceRecordingOperations,
        "get_page_at",
        cursor(f"Conferences/{CONFERENCE}/Recordings.json"),
    ),
    # Queues and their members
    _c(QueueOperations, "create", "support", MaxSize=100),
    _c(QueueOperations, "get", QUEUE),
    _c(QueueOperations, "update", QUEUE, FriendlyName="sales", MaxSize=20),
    _c(QueueOperations, "delete", QUEUE),
    _c(QueueOperations, "get_page", page_size=20),
    _c(QueueOperations, "get_page_at", cursor("Queues.json")),
    _c(QueueMemberOperations, "get", QUEUE, CALL),
    _c(QueueMemberOperations, "get_front", QUEUE),
    _c(QueueMemberOperations, "update", QUEUE, CALL, Url=TWIML_URL, Method="GET"),
    _c(QueueMemberOperations, "dequeue", QUEUE, "Front", TWIML_URL),
    _c(QueueMemberOperations, "get_page", QUEUE),
    _c(QueueMemberOperations, "get_page_at", cursor(f"Queues/{QUEUE}/Members.json")),
    # Recordings and transcriptions
    _c(RecordingOperations, "get", RECORDING, include_soft_deleted=True),
    _c(RecordingOperations, "delete", RECORDING),
    _c(
        RecordingOperations,
        "get_page",
        date_created_after=START,
        call_sid=CALL,
        conference_sid=CONFERENCE,
        include_soft_deleted=False,
    ),
    _c(RecordingOperations, "get_page_at", cursor("Recordings.json")),
    _c(RecordingOperations, "get_transcriptions_page", RECORDING, page_size=10),
    _c(
        RecordingOperations,
        "get_transcriptions_page_at",
        cursor(f"Recordings/{RECORDING}/Transcriptions.json"),
    ),
    _c(RecordingOperations, "get_transcription", RECORDING, TRANSCRIPTION),
    _c(RecordingOperations, "delete_transcription", RECORDING, TRANSCRIPTION),
    # Add-on results of recordings, their payloads and data
    _c(RecordingAddOnResultOperations, "get", RECORDING, ADD_ON_RESULT),
    _c(RecordingAddOnResultOperations, "delete", RECORDING, ADD_ON_RESULT),
    _c(RecordingAddOnResultOperations, "get_page", RECORDING, page_size=20),
    _c(
        RecordingAddOnResultOperations,
        "get_page_at",
        cursor(f"Recordings/{RECORDING}/AddOnResults.json"),
    ),
    _c(RecordingAddOnResultPayloadOperations, "get", RECORDING, ADD_ON_RESULT, PAYLOAD),
    _c(RecordingAddOnResultPayloadOperations, "delete", RECORDING, ADD_ON_RESULT, PAYLOAD),
    _c(RecordingAddOnResultPayloadOperations, "get_data", RECORDING, ADD_ON_RESULT, PAYLOAD),
    _c(RecordingAddOnResultPayloadOperations, "get_page", RECORDING, ADD_ON_RESULT, page_size=5),
    _c(
        RecordingAddOnResultPayloadOperations,
        "get_page_at",
        cursor(f"Recordings/{RECORDING}/AddOnResults/{ADD_ON_RESULT}/Payloads.json"),
    ),
    _c(TranscriptionOperations, "get", TRANSCRIPTION),
    _c(TranscriptionOperations, "delete", TRANSCRIPTION),
    _c(TranscriptionOperations, "get_page", page_size=10),
    _c(TranscriptionOperations, "get_page_at", cursor("Transcriptions.json")),
    # Accounts
    _c(AccountOperations, "get"),
    _c(AccountOperations, "get", SUBACCOUNT, label="subaccount"),
    _c(AccountOperations, "create", "Reseller customer"),
    _c(AccountOperations, "update", SUBACCOUNT, FriendlyName="Renamed"),
    _c(AccountOperations, "suspend", SUBACCOUNT),
    _c(AccountOperations, "reactivate", SUBACCOUNT),
    _c(AccountOperations, "close", SUBACCOUNT),
    _c(AccountOperations, "get_page", friendly_name="Reseller customer", status="active"),
    _c(AccountOperations, "get_page_at", "/2010-04-01/Accounts.json?PageSize=2&Page=1"),
    # Monitor alerts
    _c(AlertOperations, "get", NOTIFICATION),
    _c(AlertOperations, "get_page", log_level="error", start_date=START, end_date=END),
    _c(
        AlertOperations,
        "get_page_at",
        "https://monitor.twilio.com/v1/Alerts?PageSize=50&Page=1&PageToken=PA" + HEX,
    ),
    _c(AlertOperations, "get_page_in_range", START, END, log_level="warning"),
    _c(
        AlertOperations,
        "get_page_in_range",
        START,
        END,
        label="resumed",
        cursor="https://monitor.twilio.com/v1/Alerts?PageSize=50&Page=1&PageToken=PA" + HEX,
    ),
    # Incoming numbers
    _c(IncomingNumberOperations, "buy_number", TO, FriendlyName="Support line", SmsUrl=TWIML_URL),
    _c(IncomingNumberOperations, "buy_number", label="area code", area_code=415),
    _c(IncomingNumberOperations, "create", PhoneNumber=TO, VoiceUrl=TWIML_URL),
    _c(IncomingNumberOperations, "create_local", TO),
    _c(IncomingNumberOperations, "create_mobile", "+447400123456"),
    _c(IncomingNumberOperations, "create_toll_free", "+18005550100"),
    _c(IncomingNumberOperations, "get", NUMBER),
    _c(IncomingNumberOperations, "update", NUMBER, SmsUrl=TWIML_URL, VoiceReceiveMode="voice"),
    _c(IncomingNumberOperations, "release", NUMBER),
    _c(IncomingNumberOperations, "delete", NUMBER),
    _c(IncomingNumberOperations, "get_page", phone_number=TO, friendly_name="Support", beta=False),
    _c(IncomingNumberOperations, "get_local_page", origin="twilio"),
    _c(IncomingNumberOperations, "get_mobile_page", beta=True),
    _c(IncomingNumberOperations, "get_toll_free_page", page_size=5),
    _c(IncomingNumberOperations, "get_local_page_at", cursor("IncomingPhoneNumbers/Local.json")),
    _c(IncomingNumberOperations, "get_mobile_page_at", cursor("IncomingPhoneNumbers/Mobile.json")),
    _c(
        IncomingNumberOperations,
        "get_toll_free_page_at",
        cursor("IncomingPhoneNumbers/TollFree.json"),
    ),
    _c(IncomingNumberOperations, "get_page_at", cursor("IncomingPhoneNumbers.json")),
    # Add-ons assigned to incoming numbers, and their extensions
    _c(IncomingNumberAddOnOperations, "create", NUMBER, ADD_ON),
    _c(IncomingNumberAddOnOperations, "get", NUMBER, ADD_ON),
    _c(IncomingNumberAddOnOperations, "delete", NUMBER, ADD_ON),
    _c(IncomingNumberAddOnOperations, "get_page", NUMBER, page_size=20),
    _c(
        IncomingNumberAddOnOperations,
        "get_page_at",
        cursor(f"IncomingPhoneNumbers/{NUMBER}/AssignedAddOns.json"),
    ),
    _c(IncomingNumberAddOnExtensionOperations, "get", NUMBER, ADD_ON, EXTENSION),
    _c(IncomingNumberAddOnExtensionOperations, "get_page", NUMBER, ADD_ON, page_size=20),
    _c(
        IncomingNumberAddOnExtensionOperations,
        "get_page_at",
        cursor(f"IncomingPhoneNumbers/{NUMBER}/AssignedAddOns/{ADD_ON}/Extensions.json"),
    ),
    # Available numbers
    _c(AvailableNumberOperations, "get_countries_page"),
    _c(
        AvailableNumberOperations,
        "get_countries_page_at",
        cursor("AvailablePhoneNumbers.json"),
    ),
    _c(AvailableNumberOperations, "get_country", "US"),
    _c(
        AvailableNumberOperations,
        "get_page",
        "US",
        "local",
        area_code=510,
        contains="555",
        sms_enabled=True,
        voice_enabled=True,
        exclude_all_address_required=True,
        near_lat_long=(37.840699, -122.461853),
        distance=50,
        in_region="CA",
    ),
    _c(AvailableNumberOperations, "get_page", "GB", "mobile", label="mobile", beta=False),
    _c(AvailableNumberOperations, "get_page", "US", "toll_free", label="toll free"),
    _c(AvailableNumberOperations, "get_page", "US", "local", label="near", near_number=TO),
    _c(AvailableNumberOperations, "get_page", "GB", "National", label="national"),
    _c(AvailableNumberOperations, "get_page", "GB", "Voip", label="voip", voice_enabled=True),
    _c(AvailableNumberOperations, "get_page", "GB", "SharedCost", label="shared cost"),
    _c(AvailableNumberOperations, "get_page", "DE", "MachineToMachine", label="m2m"),
    _c(
        AvailableNumberOperations,
        "get_page_at",
        cursor("AvailablePhoneNumbers/US/Local.json"),
    ),
    # Keys
    _c(KeyOperations, "create", "deploy key"),
    _c(KeyOperations, "get", KEY),
    _c(KeyOperations, "update", KEY, "renamed key"),
    _c(KeyOperations, "delete", KEY),
    _c(KeyOperations, "get_page", page_size=20),
    _c(KeyOperations, "get_page_at", cursor("Keys.json")),
    # Outgoing caller IDs
    _c(OutgoingCallerIdOperations, "create", TO, FriendlyName="Office", CallDelay=5),
    _c(OutgoingCallerIdOperations, "get", NUMBER),
    _c(OutgoingCallerIdOperations, "update", NUMBER, "Front desk"),
    _c(OutgoingCallerIdOperations, "delete", NUMBER),
    _c(OutgoingCallerIdOperations, "get_page", phone_number=TO, friendly_name="Office"),
    _c(OutgoingCallerIdOperations, "get_page_at", cursor("OutgoingCallerIds.json")),
    # Applications
    _c(ApplicationOperations, "create", "IVR", VoiceUrl=TWIML_URL, VoiceMethod="POST"),
    _c(ApplicationOperations, "get", APPLICATION),
    _c(ApplicationOperations, "update", APPLICATION, SmsUrl=TWIML_URL),
    _c(ApplicationOperations, "delete", APPLICATION),
    _c(ApplicationOperations, "get_page", friendly_name="IVR"),
    _c(ApplicationOperations, "get_page_at", cursor("Applications.json")),
    # Verify v2
    _c(
        VerifyServiceOperations,
        "create",
        "Shop",
        code_length=6,
        lookup_enabled=True,
        skip_sms_to_landlines=False,
        dtmf_input_required=True,
        tts_name="Polly",
        psd2_enabled=False,
        do_not_share_warning_enabled=True,
        custom_code_enabled=False,
        default_template_sid=sid("HJ"),
        verify_event_subscription_enabled=False,
        push_include_date=True,
        push_apn_credential_sid=sid("CR"),
        totp_issuer="Shop",
        totp_time_step=30,
        totp_code_length=6,
        totp_skew=1,
        whatsapp_msg_service_sid=MESSAGING_SERVICE,
        whatsapp_from="+14155550100",
        passkeys_relying_party_id="example.com",
        passkeys_relying_party_name="Example",
        passkeys_relying_party_origins="example.com,www.example.com",
        passkeys_authenticator_attachment="platform",
        passkeys_discoverable_credentials="preferred",
        passkeys_user_verification="required",
    ),
    _c(VerifyServiceOperations, "get", VERIFY_SERVICE),
    _c(
        VerifyServiceOperations,
        "update",
        VERIFY_SERVICE,
        friendly_name="Shop 2",
        code_length=4,
        push_fcm_credential_sid=sid("CR"),
        **{"Passkeys.RelyingParty.Id": "example.org"},
    ),
    _c(VerifyServiceOperations, "delete", VERIFY_SERVICE),
    _c(VerifyServiceOperations, "get_page", page_size=20),
    _c(
        VerifyServiceOperations,
        "get_page_at",
        "https://verify.twilio.com/v2/Services?PageSize=50&Page=1&PageToken=PA" + HEX,
    ),
    _c(
        VerificationOperations,
        "create",
        VERIFY_SERVICE,
        TO,
        "sms",
        locale="fr",
        custom_friendly_name="Shop",
        app_hash="He42w354ol9",
        template_sid=sid("HJ"),
        tags={"flow": "signup"},
        risk_check="enable",
    ),
    _c(
        VerificationOperations,
        "create",
        VERIFY_SERVICE,
        "user@example.com",
        "email",
        label="email",
        channel_configuration={"from": "shop@example.com", "from_name": "Shop"},
    ),
    _c(VerificationOperations, "get", VERIFY_SERVICE, VERIFICATION),
    _c(VerificationOperations, "update", VERIFY_SERVICE, VERIFICATION, "canceled"),
    _c(VerificationOperations, "approve", VERIFY_SERVICE, VERIFICATION),
    _c(VerificationOperations, "cancel", VERIFY_SERVICE, VERIFICATION),
    _c(VerificationCheckOperations, "create", VERIFY_SERVICE, code="123456", to=TO),
    _c(
        VerificationCheckOperations,
        "create",
        VERIFY_SERVICE,
        label="by sid",
        code="1234",
        verification_sid=VERIFICATION,
        amount="39.99",
        payee="Acme Inc.",
    ),
    _c(VerifyOperations, "send_code", VERIFY_SERVICE, TO),
    _c(VerifyOperations, "send_code", VERIFY_SERVICE, TO, "whatsapp", label="whatsapp"),
    _c(VerifyOperations, "check_code", VERIFY_SERVICE, TO, "123456"),
    # Lookup v2
    _c(LookupPhoneNumberOperations, "get", "+14159929960"),
    _c(
        LookupPhoneNumberOperations,
        "get",
        "(415) 992-9960",
        label="packages",
        fields=[LookupField.LINE_TYPE_INTELLIGENCE, LookupField.CALLER_NAME],
        country_code="US",
    ),
    _c(
        LookupPhoneNumberOperations,
        "get",
        "+14159929960",
        label="identity",
        fields="identity_match",
        FirstName="John",
        LastName="Doe",
        DateOfBirth="19901214",
    ),
    # Messaging v1: services and their senders
    _c(
        MessagingServiceOperations,
        "create",
        "Alerts",
        inbound_request_url=TWIML_URL,
        inbound_method="POST",
        status_callback=CALLBACK,
        sticky_sender=True,
        validity_period=600,
        usecase="notifications",
        scan_message_content="inherit",
    ),
    _c(MessagingServiceOperations, "get", MESSAGING_SERVICE),
    _c(MessagingServiceOperations, "update", MESSAGING_SERVICE, sticky_sender=False),
    _c(MessagingServiceOperations, "delete", MESSAGING_SERVICE),
    _c(MessagingServiceOperations, "get_page", page_size=20),
    _c(MessagingServiceOperations, "get_page_at", meta_cursor("messaging", "/v1/Services")),
    _c(MessagingPhoneNumberOperations, "create", MESSAGING_SERVICE, NUMBER),
    _c(MessagingPhoneNumberOperations, "get", MESSAGING_SERVICE, NUMBER),
    _c(MessagingPhoneNumberOperations, "delete", MESSAGING_SERVICE, NUMBER),
    _c(MessagingPhoneNumberOperations, "get_page", MESSAGING_SERVICE, page_size=20),
    _c(
        MessagingPhoneNumberOperations,
        "get_page_at",
        meta_cursor("messaging", f"/v1/Services/{MESSAGING_SERVICE}/PhoneNumbers"),
    ),
    _c(MessagingShortCodeOperations, "create", MESSAGING_SERVICE, SHORT_CODE),
    _c(MessagingShortCodeOperations, "get", MESSAGING_SERVICE, SHORT_CODE),
    _c(MessagingShortCodeOperations, "delete", MESSAGING_SERVICE, SHORT_CODE),
    _c(MessagingShortCodeOperations, "get_page", MESSAGING_SERVICE),
    _c(
        MessagingShortCodeOperations,
        "get_page_at",
        meta_cursor("messaging", f"/v1/Services/{MESSAGING_SERVICE}/ShortCodes"),
    ),
    _c(MessagingAlphaSenderOperations, "create", MESSAGING_SERVICE, "Twilio"),
    _c(MessagingAlphaSenderOperations, "get", MESSAGING_SERVICE, ALPHA_SENDER),
    _c(MessagingAlphaSenderOperations, "delete", MESSAGING_SERVICE, ALPHA_SENDER),
    _c(MessagingAlphaSenderOperations, "get_page", MESSAGING_SERVICE, page_size=5),
    _c(
        MessagingAlphaSenderOperations,
        "get_page_at",
        meta_cursor("messaging", f"/v1/Services/{MESSAGING_SERVICE}/AlphaSenders"),
    ),
    # Any endpoint (operations without a namespace)
    _c(
        EndpointOperations,
        "request",
        "POST",
        "api",
        f"/2010-04-01/Accounts/{{AccountSid}}/Calls/{CALL}/Streams.json",
        Url="wss://example.com/stream",
    ),
    _c(
        EndpointOperations,
        "request",
        "GET",
        "api",
        "/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json",
        label="get",
        PageSize=5,
    ),
    _c(
        EndpointOperations,
        "request",
        "DELETE",
        "api",
        f"/2010-04-01/Accounts/{{AccountSid}}/SIP/Domains/{sid('SD')}.json",
        label="delete",
    ),
    _c(
        EndpointOperations,
        "get_page",
        "api",
        "/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json",
        "domains",
    ),
    _c(EndpointOperations, "get_page_at", "api", "domains", cursor("SIP/Domains.json")),
]


def builders() -> list[tuple[type[Any], str]]:
    """Every public builder method of every operations class a client namespace binds."""
    found = []
    for _namespace, cls in namespace_classes().values():
        for method, _ in inspect.getmembers(cls, inspect.isfunction):
            if not method.startswith("_"):
                found.append((cls, method))
    return found
