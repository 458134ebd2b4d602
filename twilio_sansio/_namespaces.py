"""Every resource's namespace, declared once for both clients.

Each method names the core builder it runs (``get = call(MessageOperations.get)``); the
builder's signature and docstring become the method's, on :class:`~twilio_sansio.Client`
(which returns results) and on :class:`~twilio_sansio.AsyncClient` (which returns
awaitables), as :mod:`twilio_sansio._binding` explains. :class:`Resources` gives a client
one attribute per namespace, built on first use and cached on the client.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from twilio_sansio._binding import Namespace, call, local, pages, records, run
from twilio_sansio._products import ProductNamespace, member_namespaces
from twilio_sansio.core.config import ClientConfig
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
from twilio_sansio.core.resources.media import MediaOperations
from twilio_sansio.core.resources.messages import MessageOperations
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

if TYPE_CHECKING:  # imported when first used: a client that never calls a product skips them
    from twilio_sansio._products.lookups import LookupsNamespace
    from twilio_sansio._products.messaging import MessagingNamespace
    from twilio_sansio._products.verify import VerifyNamespace

C = TypeVar("C", bound="HasConfig")


class HasConfig:
    """What a namespace needs of its client: the core configuration."""

    config: ClientConfig


class MessagesNamespace(Namespace[MessageOperations, C]):
    """Messages: send, fetch, list, redact, cancel and delete; their media URLs."""

    send_message = call(MessageOperations.send_message)
    create = call(MessageOperations.create)
    get = call(MessageOperations.get)
    update = call(MessageOperations.update)
    redact = call(MessageOperations.redact)
    cancel = call(MessageOperations.cancel)
    delete = call(MessageOperations.delete)
    get_page = call(MessageOperations.get_page)
    get_page_at = call(MessageOperations.get_page_at)
    get_page_iterator = pages(MessageOperations.get_page)
    iterate = records(MessageOperations.get_page)
    get_page_iterator_in_range = pages(MessageOperations.get_page_in_range)
    iterate_in_range = records(MessageOperations.get_page_in_range)
    get_media_urls = run(MessageOperations.get_media_urls)
    create_feedback = call(MessageOperations.create_feedback)


class MediaNamespace(Namespace[MediaOperations, C]):
    """The media of a message: fetch, list and delete."""

    get = call(MediaOperations.get)
    delete = call(MediaOperations.delete)
    get_page = call(MediaOperations.get_page)
    get_page_at = call(MediaOperations.get_page_at)
    get_page_iterator = pages(MediaOperations.get_page)
    iterate = records(MediaOperations.get_page)


class CallsNamespace(Namespace[CallOperations, C]):
    """Calls: make, fetch, list, cancel, hang up, redirect and delete."""

    make_call = call(CallOperations.make_call)
    create = call(CallOperations.create)
    get = call(CallOperations.get)
    update = call(CallOperations.update)
    cancel = call(CallOperations.cancel)
    hangup = call(CallOperations.hangup)
    redirect = call(CallOperations.redirect)
    delete = call(CallOperations.delete)
    get_page = call(CallOperations.get_page)
    get_page_at = call(CallOperations.get_page_at)
    get_page_iterator = pages(CallOperations.get_page)
    iterate = records(CallOperations.get_page)
    get_page_iterator_in_range = pages(CallOperations.get_page_in_range)
    iterate_in_range = records(CallOperations.get_page_in_range)


class CallRecordingsNamespace(Namespace[CallRecordingOperations, C]):
    """Recordings of one call (call SID first): start, fetch, pause/stop, list, delete."""

    create = call(CallRecordingOperations.create)
    get = call(CallRecordingOperations.get)
    update = call(CallRecordingOperations.update)
    delete = call(CallRecordingOperations.delete)
    get_page = call(CallRecordingOperations.get_page)
    get_page_at = call(CallRecordingOperations.get_page_at)
    get_page_iterator = pages(CallRecordingOperations.get_page)
    iterate = records(CallRecordingOperations.get_page)


class CallStreamsNamespace(Namespace[CallStreamOperations, C]):
    """Media streams of one call (call SID first): start one to a WebSocket, stop it."""

    create = call(CallStreamOperations.create)
    update = call(CallStreamOperations.update)
    stop = call(CallStreamOperations.stop)


class CallTranscriptionsNamespace(Namespace[CallTranscriptionOperations, C]):
    """Real-time transcriptions of one call (call SID first): start one, stop it."""

    create = call(CallTranscriptionOperations.create)
    update = call(CallTranscriptionOperations.update)
    stop = call(CallTranscriptionOperations.stop)


class CallSiprecNamespace(Namespace[CallSiprecOperations, C]):
    """Siprec sessions of one call (call SID first): fork it to a SIP recorder, stop it."""

    create = call(CallSiprecOperations.create)
    update = call(CallSiprecOperations.update)
    stop = call(CallSiprecOperations.stop)


class CallPaymentsNamespace(Namespace[CallPaymentOperations, C]):
    """Payments of one call (call SID first): start a session, capture, complete, cancel."""

    create = call(CallPaymentOperations.create)
    update = call(CallPaymentOperations.update)


class CallUserDefinedMessagesNamespace(Namespace[CallUserDefinedMessageOperations, C]):
    """User-defined messages to one call's Voice SDK (call SID first): send one."""

    create = call(CallUserDefinedMessageOperations.create)


class CallUserDefinedMessageSubscriptionsNamespace(
    Namespace[CallUserDefinedMessageSubscriptionOperations, C]
):
    """Subscriptions to one call's Voice SDK messages (call SID first): create, delete."""

    create = call(CallUserDefinedMessageSubscriptionOperations.create)
    delete = call(CallUserDefinedMessageSubscriptionOperations.delete)


class CallEventsNamespace(Namespace[CallEventOperations, C]):
    """The HTTP events of one call (call SID first)."""

    get_page = call(CallEventOperations.get_page)
    get_page_at = call(CallEventOperations.get_page_at)
    get_page_iterator = pages(CallEventOperations.get_page)
    iterate = records(CallEventOperations.get_page)


class CallNotificationsNamespace(Namespace[CallNotificationOperations, C]):
    """The notifications (errors and warnings) of one call (call SID first)."""

    get = call(CallNotificationOperations.get)
    get_page = call(CallNotificationOperations.get_page)
    get_page_at = call(CallNotificationOperations.get_page_at)
    get_page_iterator = pages(CallNotificationOperations.get_page)
    iterate = records(CallNotificationOperations.get_page)


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


class AccountsNamespace(Namespace[AccountOperations, C]):
    """The account and its subaccounts: fetch, create, rename, suspend, close, list."""

    get = call(AccountOperations.get)
    create = call(AccountOperations.create)
    update = call(AccountOperations.update)
    suspend = call(AccountOperations.suspend)
    reactivate = call(AccountOperations.reactivate)
    close = call(AccountOperations.close)
    get_page = call(AccountOperations.get_page)
    get_page_at = call(AccountOperations.get_page_at)
    get_page_iterator = pages(AccountOperations.get_page)
    iterate = records(AccountOperations.get_page)


class AlertsNamespace(Namespace[AlertOperations, C]):
    """Monitor alerts (errors and warnings Twilio logged): fetch and list."""

    get = call(AlertOperations.get)
    get_page = call(AlertOperations.get_page)
    get_page_at = call(AlertOperations.get_page_at)
    get_page_iterator = pages(AlertOperations.get_page)
    iterate = records(AlertOperations.get_page)
    get_page_iterator_in_range = pages(AlertOperations.get_page_in_range)
    iterate_in_range = records(AlertOperations.get_page_in_range)


class IncomingNumbersNamespace(Namespace[IncomingNumberOperations, C]):
    """The account's phone numbers: buy, fetch, update, release and list."""

    buy_number = call(IncomingNumberOperations.buy_number)
    create = call(IncomingNumberOperations.create)
    create_local = call(IncomingNumberOperations.create_local)
    create_mobile = call(IncomingNumberOperations.create_mobile)
    create_toll_free = call(IncomingNumberOperations.create_toll_free)
    get = call(IncomingNumberOperations.get)
    update = call(IncomingNumberOperations.update)
    release = call(IncomingNumberOperations.release)
    delete = call(IncomingNumberOperations.delete)
    get_page = call(IncomingNumberOperations.get_page)
    get_local_page = call(IncomingNumberOperations.get_local_page)
    get_mobile_page = call(IncomingNumberOperations.get_mobile_page)
    get_toll_free_page = call(IncomingNumberOperations.get_toll_free_page)
    get_local_page_at = call(IncomingNumberOperations.get_local_page_at)
    get_mobile_page_at = call(IncomingNumberOperations.get_mobile_page_at)
    get_toll_free_page_at = call(IncomingNumberOperations.get_toll_free_page_at)
    get_local_page_iterator = pages(IncomingNumberOperations.get_local_page)
    get_mobile_page_iterator = pages(IncomingNumberOperations.get_mobile_page)
    get_toll_free_page_iterator = pages(IncomingNumberOperations.get_toll_free_page)
    iterate_local = records(IncomingNumberOperations.get_local_page)
    iterate_mobile = records(IncomingNumberOperations.get_mobile_page)
    iterate_toll_free = records(IncomingNumberOperations.get_toll_free_page)
    get_page_at = call(IncomingNumberOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberOperations.get_page)
    iterate = records(IncomingNumberOperations.get_page)


class IncomingNumberAddOnsNamespace(Namespace[IncomingNumberAddOnOperations, C]):
    """Add-ons assigned to one number (number SID first): assign, fetch, list, remove."""

    create = call(IncomingNumberAddOnOperations.create)
    get = call(IncomingNumberAddOnOperations.get)
    delete = call(IncomingNumberAddOnOperations.delete)
    get_page = call(IncomingNumberAddOnOperations.get_page)
    get_page_at = call(IncomingNumberAddOnOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberAddOnOperations.get_page)
    iterate = records(IncomingNumberAddOnOperations.get_page)


class IncomingNumberAddOnExtensionsNamespace(Namespace[IncomingNumberAddOnExtensionOperations, C]):
    """Extensions of an add-on assigned to a number (number, add-on SIDs first): fetch, list."""

    get = call(IncomingNumberAddOnExtensionOperations.get)
    get_page = call(IncomingNumberAddOnExtensionOperations.get_page)
    get_page_at = call(IncomingNumberAddOnExtensionOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberAddOnExtensionOperations.get_page)
    iterate = records(IncomingNumberAddOnExtensionOperations.get_page)


class AvailableNumbersNamespace(Namespace[AvailableNumberOperations, C]):
    """Numbers for sale: search by country and type; the countries list."""

    get_country = call(AvailableNumberOperations.get_country)
    get_countries_page = call(AvailableNumberOperations.get_countries_page)
    get_countries_page_at = call(AvailableNumberOperations.get_countries_page_at)
    get_countries_page_iterator = pages(AvailableNumberOperations.get_countries_page)
    iterate_countries = records(AvailableNumberOperations.get_countries_page)
    get_page = call(AvailableNumberOperations.get_page)
    get_page_at = call(AvailableNumberOperations.get_page_at)
    get_page_iterator = pages(AvailableNumberOperations.get_page)
    iterate = records(AvailableNumberOperations.get_page)


class KeysNamespace(Namespace[KeyOperations, C]):
    """API keys: create (the only time the secret is shown), fetch, update, delete, list."""

    create = call(KeyOperations.create)
    get = call(KeyOperations.get)
    update = call(KeyOperations.update)
    delete = call(KeyOperations.delete)
    get_page = call(KeyOperations.get_page)
    get_page_at = call(KeyOperations.get_page_at)
    get_page_iterator = pages(KeyOperations.get_page)
    iterate = records(KeyOperations.get_page)


class OutgoingCallerIdsNamespace(Namespace[OutgoingCallerIdOperations, C]):
    """Verified caller IDs: request validation, fetch, update, delete, list."""

    create = call(OutgoingCallerIdOperations.create)
    get = call(OutgoingCallerIdOperations.get)
    update = call(OutgoingCallerIdOperations.update)
    delete = call(OutgoingCallerIdOperations.delete)
    get_page = call(OutgoingCallerIdOperations.get_page)
    get_page_at = call(OutgoingCallerIdOperations.get_page_at)
    get_page_iterator = pages(OutgoingCallerIdOperations.get_page)
    iterate = records(OutgoingCallerIdOperations.get_page)


class ApplicationsNamespace(Namespace[ApplicationOperations, C]):
    """TwiML applications: create, fetch, update, delete, list."""

    create = call(ApplicationOperations.create)
    get = call(ApplicationOperations.get)
    update = call(ApplicationOperations.update)
    delete = call(ApplicationOperations.delete)
    get_page = call(ApplicationOperations.get_page)
    get_page_at = call(ApplicationOperations.get_page_at)
    get_page_iterator = pages(ApplicationOperations.get_page)
    iterate = records(ApplicationOperations.get_page)


class EndpointsNamespace(Namespace[EndpointOperations, C]):
    """Any Twilio endpoint by method, product and path, for what has no namespace yet.

    Every host Twilio's OpenAPI documents name (``api``, ``verify``, ``lookups``,
    ``content``, ``flex-api``, ...); GET, POST, PUT, PATCH and DELETE; form, query or
    JSON bodies and header parameters; both page shapes.
    """

    request = call(EndpointOperations.request)
    get_page = call(EndpointOperations.get_page)
    get_page_at = call(EndpointOperations.get_page_at)
    get_page_iterator = pages(EndpointOperations.get_page)
    iterate = records(EndpointOperations.get_page)


class Resources(HasConfig):
    """Every namespace of a client, each built on first use and cached on the client.

    Views (``with_options``, ``for_subaccount``) start with no namespace cached, so theirs
    are built over the view's own configuration.
    """

    @cached_property
    def messages(self: C) -> MessagesNamespace[C]:
        """Messages: send, fetch, list, redact, cancel and delete; their media URLs."""
        return MessagesNamespace(self, MessageOperations(self.config))

    @cached_property
    def media(self: C) -> MediaNamespace[C]:
        """The media of a message: fetch, list and delete."""
        return MediaNamespace(self, MediaOperations(self.config))

    @cached_property
    def calls(self: C) -> CallsNamespace[C]:
        """Calls: make, fetch, list, cancel, hang up, redirect and delete."""
        return CallsNamespace(self, CallOperations(self.config))

    @cached_property
    def call_recordings(self: C) -> CallRecordingsNamespace[C]:
        """Recordings of one call (call SID first): start, fetch, pause/stop, list, delete."""
        return CallRecordingsNamespace(self, CallRecordingOperations(self.config))

    @cached_property
    def call_streams(self: C) -> CallStreamsNamespace[C]:
        """Media streams of one call (call SID first): start one to a WebSocket, stop it."""
        return CallStreamsNamespace(self, CallStreamOperations(self.config))

    @cached_property
    def call_transcriptions(self: C) -> CallTranscriptionsNamespace[C]:
        """Real-time transcriptions of one call (call SID first): start one, stop it."""
        return CallTranscriptionsNamespace(self, CallTranscriptionOperations(self.config))

    @cached_property
    def call_siprec(self: C) -> CallSiprecNamespace[C]:
        """Siprec sessions of one call (call SID first): fork it to a SIP recorder, stop it."""
        return CallSiprecNamespace(self, CallSiprecOperations(self.config))

    @cached_property
    def call_payments(self: C) -> CallPaymentsNamespace[C]:
        """Payments of one call (call SID first): start a session, capture, complete, cancel."""
        return CallPaymentsNamespace(self, CallPaymentOperations(self.config))

    @cached_property
    def call_user_defined_messages(self: C) -> CallUserDefinedMessagesNamespace[C]:
        """User-defined messages to one call's Voice SDK (call SID first): send one."""
        return CallUserDefinedMessagesNamespace(self, CallUserDefinedMessageOperations(self.config))

    @cached_property
    def call_user_defined_message_subscriptions(
        self: C,
    ) -> CallUserDefinedMessageSubscriptionsNamespace[C]:
        """Subscriptions to one call's Voice SDK messages (call SID first): create, delete."""
        return CallUserDefinedMessageSubscriptionsNamespace(
            self, CallUserDefinedMessageSubscriptionOperations(self.config)
        )

    @cached_property
    def call_events(self: C) -> CallEventsNamespace[C]:
        """The HTTP events of one call (call SID first)."""
        return CallEventsNamespace(self, CallEventOperations(self.config))

    @cached_property
    def call_notifications(self: C) -> CallNotificationsNamespace[C]:
        """The notifications (errors and warnings) of one call (call SID first)."""
        return CallNotificationsNamespace(self, CallNotificationOperations(self.config))

    @cached_property
    def conferences(self: C) -> ConferencesNamespace[C]:
        """Conferences: fetch, end or update, and list."""
        return ConferencesNamespace(self, ConferenceOperations(self.config))

    @cached_property
    def participants(self: C) -> ParticipantsNamespace[C]:
        """Participants of one conference (conference SID first): add, fetch, mute, remove."""
        return ParticipantsNamespace(self, ParticipantOperations(self.config))

    @cached_property
    def conference_recordings(self: C) -> ConferenceRecordingsNamespace[C]:
        """Recordings of one conference (conference SID first)."""
        return ConferenceRecordingsNamespace(self, ConferenceRecordingOperations(self.config))

    @cached_property
    def queues(self: C) -> QueuesNamespace[C]:
        """Call queues: create, fetch, update, delete and list."""
        return QueuesNamespace(self, QueueOperations(self.config))

    @cached_property
    def queue_members(self: C) -> QueueMembersNamespace[C]:
        """Members of one queue (queue SID first): fetch, the front member, dequeue, list."""
        return QueueMembersNamespace(self, QueueMemberOperations(self.config))

    @cached_property
    def recordings(self: C) -> RecordingsNamespace[C]:
        """Recordings of the account: fetch, list, delete; audio URLs; their transcriptions."""
        return RecordingsNamespace(self, RecordingOperations(self.config))

    @cached_property
    def recording_add_on_results(self: C) -> RecordingAddOnResultsNamespace[C]:
        """Add-on results of one recording (recording SID first): fetch, list and delete."""
        return RecordingAddOnResultsNamespace(self, RecordingAddOnResultOperations(self.config))

    @cached_property
    def recording_add_on_result_payloads(self: C) -> RecordingAddOnResultPayloadsNamespace[C]:
        """Payloads of a recording's add-on result (recording, result SIDs first); data URLs."""
        return RecordingAddOnResultPayloadsNamespace(
            self, RecordingAddOnResultPayloadOperations(self.config)
        )

    @cached_property
    def transcriptions(self: C) -> TranscriptionsNamespace[C]:
        """Transcriptions of recordings: fetch, list and delete."""
        return TranscriptionsNamespace(self, TranscriptionOperations(self.config))

    @cached_property
    def accounts(self: C) -> AccountsNamespace[C]:
        """The account and its subaccounts: fetch, create, rename, suspend, close, list."""
        return AccountsNamespace(self, AccountOperations(self.config))

    @cached_property
    def alerts(self: C) -> AlertsNamespace[C]:
        """Monitor alerts (errors and warnings Twilio logged): fetch and list."""
        return AlertsNamespace(self, AlertOperations(self.config))

    @cached_property
    def incoming_numbers(self: C) -> IncomingNumbersNamespace[C]:
        """The account's phone numbers: buy, fetch, update, release and list."""
        return IncomingNumbersNamespace(self, IncomingNumberOperations(self.config))

    @cached_property
    def incoming_number_add_ons(self: C) -> IncomingNumberAddOnsNamespace[C]:
        """Add-ons assigned to one number (number SID first): assign, fetch, list, remove."""
        return IncomingNumberAddOnsNamespace(self, IncomingNumberAddOnOperations(self.config))

    @cached_property
    def incoming_number_add_on_extensions(self: C) -> IncomingNumberAddOnExtensionsNamespace[C]:
        """Extensions of an add-on assigned to a number (number, add-on SIDs first): fetch, list."""
        return IncomingNumberAddOnExtensionsNamespace(
            self, IncomingNumberAddOnExtensionOperations(self.config)
        )

    @cached_property
    def available_numbers(self: C) -> AvailableNumbersNamespace[C]:
        """Numbers for sale: search by country and type; the countries list."""
        return AvailableNumbersNamespace(self, AvailableNumberOperations(self.config))

    @cached_property
    def keys(self: C) -> KeysNamespace[C]:
        """API keys: create (the only time the secret is shown), fetch, update, delete, list."""
        return KeysNamespace(self, KeyOperations(self.config))

    @cached_property
    def outgoing_caller_ids(self: C) -> OutgoingCallerIdsNamespace[C]:
        """Verified caller IDs: request validation, fetch, update, delete, list."""
        return OutgoingCallerIdsNamespace(self, OutgoingCallerIdOperations(self.config))

    @cached_property
    def applications(self: C) -> ApplicationsNamespace[C]:
        """TwiML applications: create, fetch, update, delete, list."""
        return ApplicationsNamespace(self, ApplicationOperations(self.config))

    @cached_property
    def endpoints(self: C) -> EndpointsNamespace[C]:
        """Any endpoint of any Twilio product by method, product and path (JSON, headers)."""
        return EndpointsNamespace(self, EndpointOperations(self.config))

    @cached_property
    def verify(self: C) -> VerifyNamespace[C]:
        """Verify v2: send and check one-time codes; services, verifications and checks."""
        from twilio_sansio._products.verify import VerifyNamespace
        from twilio_sansio.core.resources.verify.codes import VerifyOperations

        return VerifyNamespace(self, VerifyOperations(self.config))

    @cached_property
    def lookups(self: C) -> LookupsNamespace[C]:
        """Lookup v2 (what Twilio knows of a phone number), its line type in one call."""
        from twilio_sansio._products.lookups import LookupsNamespace
        from twilio_sansio.core.resources.lookups.product import LookupOperations

        return LookupsNamespace(self, LookupOperations(self.config))

    @cached_property
    def messaging(self: C) -> MessagingNamespace[C]:
        """Messaging v1 (Messaging Services), their phone numbers, short codes and sender IDs."""
        from twilio_sansio._products.messaging import MessagingNamespace
        from twilio_sansio.core.resources.messaging.product import MessagingOperations

        return MessagingNamespace(self, MessagingOperations(self.config))


def namespace_classes() -> dict[str, tuple[type[Namespace[Any, Any]], type]]:
    """Each client namespace's class and core operations class, by its dotted name.

    For tools that document or test the namespaces (``{"messages": (MessagesNamespace,
    MessageOperations), "verify": (VerifyNamespace, VerifyOperations), "verify.services":
    (...), ...}``), read from :class:`Resources` without building a client. A product's
    resource namespaces follow the product, named ``"<product>.<resource>"``;
    ``operator.attrgetter(name)(client)`` reaches any of them.
    """
    from twilio_sansio._products import lookups, messaging, verify

    products = {**vars(lookups), **vars(messaging), **vars(verify)}
    found: dict[str, tuple[type[Namespace[Any, Any]], type]] = {}
    for name, classes in member_namespaces(Resources, products).items():
        found[name] = classes
        if issubclass(classes[0], ProductNamespace):
            for member, member_classes in member_namespaces(classes[0]).items():
                found[f"{name}.{member}"] = member_classes
    return found
