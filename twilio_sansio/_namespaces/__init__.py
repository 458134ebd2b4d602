"""Every namespace of the clients, declared once for both; each module loaded on first use.

Each method names the core builder it runs (``get = call(MessageOperations.get)``); the
builder's signature and docstring become the method's, on :class:`~twilio_sansio.Client`
(which returns results) and on :class:`~twilio_sansio.AsyncClient` (which returns
awaitables), as :mod:`twilio_sansio._binding` explains. :class:`Resources` gives a client
one attribute per namespace, built on first use and cached on the client. The namespaces
of API 2010 live in this package's modules by area (``messages``, ``calls``, ...), those
of other products in :mod:`twilio_sansio._products`; a module and its core resources are
imported when a client first reaches one of its namespaces, so a process that only sends
messages never imports the rest.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from twilio_sansio._binding import Namespace
from twilio_sansio._products import ProductNamespace, member_namespaces
from twilio_sansio.core.config import ClientConfig

if TYPE_CHECKING:  # each imported when a client first uses it (start-up)
    from twilio_sansio._namespaces.account import (
        AccountsNamespace,
        AlertsNamespace,
        ApplicationsNamespace,
        EndpointsNamespace,
        KeysNamespace,
        OutgoingCallerIdsNamespace,
    )
    from twilio_sansio._namespaces.calls import (
        CallEventsNamespace,
        CallNotificationsNamespace,
        CallPaymentsNamespace,
        CallRecordingsNamespace,
        CallSiprecNamespace,
        CallsNamespace,
        CallStreamsNamespace,
        CallTranscriptionsNamespace,
        CallUserDefinedMessagesNamespace,
        CallUserDefinedMessageSubscriptionsNamespace,
    )
    from twilio_sansio._namespaces.conferences import (
        ConferenceRecordingsNamespace,
        ConferencesNamespace,
        ParticipantsNamespace,
        QueueMembersNamespace,
        QueuesNamespace,
    )
    from twilio_sansio._namespaces.messages import (
        MediaNamespace,
        MessagesNamespace,
    )
    from twilio_sansio._namespaces.numbers import (
        AvailableNumbersNamespace,
        IncomingNumberAddOnExtensionsNamespace,
        IncomingNumberAddOnsNamespace,
        IncomingNumbersNamespace,
    )
    from twilio_sansio._namespaces.recordings import (
        RecordingAddOnResultPayloadsNamespace,
        RecordingAddOnResultsNamespace,
        RecordingsNamespace,
        TranscriptionsNamespace,
    )
    from twilio_sansio._products.lookups import LookupsNamespace
    from twilio_sansio._products.messaging import MessagingNamespace
    from twilio_sansio._products.verify import VerifyNamespace

C = TypeVar("C", bound="HasConfig")


class HasConfig:
    """What a namespace needs of its client: the core configuration."""

    config: ClientConfig


class Resources(HasConfig):
    """Every namespace of a client, each built on first use and cached on the client.

    Views (``with_options``, ``for_subaccount``) start with no namespace cached, so theirs
    are built over the view's own configuration.
    """

    @cached_property
    def messages(self: C) -> MessagesNamespace[C]:
        """Messages: send, fetch, list, redact, cancel and delete; their media URLs."""
        from twilio_sansio._namespaces.messages import MessagesNamespace
        from twilio_sansio.core.resources.messages import MessageOperations

        return MessagesNamespace(self, MessageOperations(self.config))

    @cached_property
    def media(self: C) -> MediaNamespace[C]:
        """The media of a message: fetch, list and delete."""
        from twilio_sansio._namespaces.messages import MediaNamespace
        from twilio_sansio.core.resources.media import MediaOperations

        return MediaNamespace(self, MediaOperations(self.config))

    @cached_property
    def calls(self: C) -> CallsNamespace[C]:
        """Calls: make, fetch, list, cancel, hang up, redirect and delete."""
        from twilio_sansio._namespaces.calls import CallsNamespace
        from twilio_sansio.core.resources.calls import CallOperations

        return CallsNamespace(self, CallOperations(self.config))

    @cached_property
    def call_recordings(self: C) -> CallRecordingsNamespace[C]:
        """Recordings of one call (call SID first): start, fetch, pause/stop, list, delete."""
        from twilio_sansio._namespaces.calls import CallRecordingsNamespace
        from twilio_sansio.core.resources.call_recordings import CallRecordingOperations

        return CallRecordingsNamespace(self, CallRecordingOperations(self.config))

    @cached_property
    def call_streams(self: C) -> CallStreamsNamespace[C]:
        """Media streams of one call (call SID first): start one to a WebSocket, stop it."""
        from twilio_sansio._namespaces.calls import CallStreamsNamespace
        from twilio_sansio.core.resources.call_streams import CallStreamOperations

        return CallStreamsNamespace(self, CallStreamOperations(self.config))

    @cached_property
    def call_transcriptions(self: C) -> CallTranscriptionsNamespace[C]:
        """Real-time transcriptions of one call (call SID first): start one, stop it."""
        from twilio_sansio._namespaces.calls import CallTranscriptionsNamespace
        from twilio_sansio.core.resources.call_transcriptions import CallTranscriptionOperations

        return CallTranscriptionsNamespace(self, CallTranscriptionOperations(self.config))

    @cached_property
    def call_siprec(self: C) -> CallSiprecNamespace[C]:
        """Siprec sessions of one call (call SID first): fork it to a SIP recorder, stop it."""
        from twilio_sansio._namespaces.calls import CallSiprecNamespace
        from twilio_sansio.core.resources.call_siprec import CallSiprecOperations

        return CallSiprecNamespace(self, CallSiprecOperations(self.config))

    @cached_property
    def call_payments(self: C) -> CallPaymentsNamespace[C]:
        """Payments of one call (call SID first): start a session, capture, complete, cancel."""
        from twilio_sansio._namespaces.calls import CallPaymentsNamespace
        from twilio_sansio.core.resources.call_payments import CallPaymentOperations

        return CallPaymentsNamespace(self, CallPaymentOperations(self.config))

    @cached_property
    def call_user_defined_messages(self: C) -> CallUserDefinedMessagesNamespace[C]:
        """User-defined messages to one call's Voice SDK (call SID first): send one."""
        from twilio_sansio._namespaces.calls import CallUserDefinedMessagesNamespace
        from twilio_sansio.core.resources.call_user_defined_messages import (
            CallUserDefinedMessageOperations,
        )

        return CallUserDefinedMessagesNamespace(self, CallUserDefinedMessageOperations(self.config))

    @cached_property
    def call_user_defined_message_subscriptions(
        self: C,
    ) -> CallUserDefinedMessageSubscriptionsNamespace[C]:
        """Subscriptions to one call's Voice SDK messages (call SID first): create, delete."""
        from twilio_sansio._namespaces.calls import CallUserDefinedMessageSubscriptionsNamespace
        from twilio_sansio.core.resources.call_user_defined_messages import (
            CallUserDefinedMessageSubscriptionOperations,
        )

        return CallUserDefinedMessageSubscriptionsNamespace(
            self, CallUserDefinedMessageSubscriptionOperations(self.config)
        )

    @cached_property
    def call_events(self: C) -> CallEventsNamespace[C]:
        """The HTTP events of one call (call SID first)."""
        from twilio_sansio._namespaces.calls import CallEventsNamespace
        from twilio_sansio.core.resources.call_events import CallEventOperations

        return CallEventsNamespace(self, CallEventOperations(self.config))

    @cached_property
    def call_notifications(self: C) -> CallNotificationsNamespace[C]:
        """The notifications (errors and warnings) of one call (call SID first)."""
        from twilio_sansio._namespaces.calls import CallNotificationsNamespace
        from twilio_sansio.core.resources.call_events import CallNotificationOperations

        return CallNotificationsNamespace(self, CallNotificationOperations(self.config))

    @cached_property
    def conferences(self: C) -> ConferencesNamespace[C]:
        """Conferences: fetch, end or update, and list."""
        from twilio_sansio._namespaces.conferences import ConferencesNamespace
        from twilio_sansio.core.resources.conferences import ConferenceOperations

        return ConferencesNamespace(self, ConferenceOperations(self.config))

    @cached_property
    def participants(self: C) -> ParticipantsNamespace[C]:
        """Participants of one conference (conference SID first): add, fetch, mute, remove."""
        from twilio_sansio._namespaces.conferences import ParticipantsNamespace
        from twilio_sansio.core.resources.participants import ParticipantOperations

        return ParticipantsNamespace(self, ParticipantOperations(self.config))

    @cached_property
    def conference_recordings(self: C) -> ConferenceRecordingsNamespace[C]:
        """Recordings of one conference (conference SID first)."""
        from twilio_sansio._namespaces.conferences import ConferenceRecordingsNamespace
        from twilio_sansio.core.resources.conference_recordings import ConferenceRecordingOperations

        return ConferenceRecordingsNamespace(self, ConferenceRecordingOperations(self.config))

    @cached_property
    def queues(self: C) -> QueuesNamespace[C]:
        """Call queues: create, fetch, update, delete and list."""
        from twilio_sansio._namespaces.conferences import QueuesNamespace
        from twilio_sansio.core.resources.queues import QueueOperations

        return QueuesNamespace(self, QueueOperations(self.config))

    @cached_property
    def queue_members(self: C) -> QueueMembersNamespace[C]:
        """Members of one queue (queue SID first): fetch, the front member, dequeue, list."""
        from twilio_sansio._namespaces.conferences import QueueMembersNamespace
        from twilio_sansio.core.resources.queue_members import QueueMemberOperations

        return QueueMembersNamespace(self, QueueMemberOperations(self.config))

    @cached_property
    def recordings(self: C) -> RecordingsNamespace[C]:
        """Recordings of the account: fetch, list, delete; audio URLs; their transcriptions."""
        from twilio_sansio._namespaces.recordings import RecordingsNamespace
        from twilio_sansio.core.resources.recordings import RecordingOperations

        return RecordingsNamespace(self, RecordingOperations(self.config))

    @cached_property
    def recording_add_on_results(self: C) -> RecordingAddOnResultsNamespace[C]:
        """Add-on results of one recording (recording SID first): fetch, list and delete."""
        from twilio_sansio._namespaces.recordings import RecordingAddOnResultsNamespace
        from twilio_sansio.core.resources.recording_add_on_results import (
            RecordingAddOnResultOperations,
        )

        return RecordingAddOnResultsNamespace(self, RecordingAddOnResultOperations(self.config))

    @cached_property
    def recording_add_on_result_payloads(self: C) -> RecordingAddOnResultPayloadsNamespace[C]:
        """Payloads of a recording's add-on result (recording, result SIDs first); data URLs."""
        from twilio_sansio._namespaces.recordings import RecordingAddOnResultPayloadsNamespace
        from twilio_sansio.core.resources.recording_add_on_results import (
            RecordingAddOnResultPayloadOperations,
        )

        return RecordingAddOnResultPayloadsNamespace(
            self, RecordingAddOnResultPayloadOperations(self.config)
        )

    @cached_property
    def transcriptions(self: C) -> TranscriptionsNamespace[C]:
        """Transcriptions of recordings: fetch, list and delete."""
        from twilio_sansio._namespaces.recordings import TranscriptionsNamespace
        from twilio_sansio.core.resources.transcriptions import TranscriptionOperations

        return TranscriptionsNamespace(self, TranscriptionOperations(self.config))

    @cached_property
    def accounts(self: C) -> AccountsNamespace[C]:
        """The account and its subaccounts: fetch, create, rename, suspend, close, list."""
        from twilio_sansio._namespaces.account import AccountsNamespace
        from twilio_sansio.core.resources.accounts import AccountOperations

        return AccountsNamespace(self, AccountOperations(self.config))

    @cached_property
    def alerts(self: C) -> AlertsNamespace[C]:
        """Monitor alerts (errors and warnings Twilio logged): fetch and list."""
        from twilio_sansio._namespaces.account import AlertsNamespace
        from twilio_sansio.core.resources.alerts import AlertOperations

        return AlertsNamespace(self, AlertOperations(self.config))

    @cached_property
    def incoming_numbers(self: C) -> IncomingNumbersNamespace[C]:
        """The account's phone numbers: buy, fetch, update, release and list."""
        from twilio_sansio._namespaces.numbers import IncomingNumbersNamespace
        from twilio_sansio.core.resources.incoming_numbers import IncomingNumberOperations

        return IncomingNumbersNamespace(self, IncomingNumberOperations(self.config))

    @cached_property
    def incoming_number_add_ons(self: C) -> IncomingNumberAddOnsNamespace[C]:
        """Add-ons assigned to one number (number SID first): assign, fetch, list, remove."""
        from twilio_sansio._namespaces.numbers import IncomingNumberAddOnsNamespace
        from twilio_sansio.core.resources.incoming_number_add_ons import (
            IncomingNumberAddOnOperations,
        )

        return IncomingNumberAddOnsNamespace(self, IncomingNumberAddOnOperations(self.config))

    @cached_property
    def incoming_number_add_on_extensions(self: C) -> IncomingNumberAddOnExtensionsNamespace[C]:
        """Extensions of an add-on assigned to a number (number, add-on SIDs first): fetch, list."""
        from twilio_sansio._namespaces.numbers import IncomingNumberAddOnExtensionsNamespace
        from twilio_sansio.core.resources.incoming_number_add_ons import (
            IncomingNumberAddOnExtensionOperations,
        )

        return IncomingNumberAddOnExtensionsNamespace(
            self, IncomingNumberAddOnExtensionOperations(self.config)
        )

    @cached_property
    def available_numbers(self: C) -> AvailableNumbersNamespace[C]:
        """Numbers for sale: search by country and type; the countries list."""
        from twilio_sansio._namespaces.numbers import AvailableNumbersNamespace
        from twilio_sansio.core.resources.available_numbers import AvailableNumberOperations

        return AvailableNumbersNamespace(self, AvailableNumberOperations(self.config))

    @cached_property
    def keys(self: C) -> KeysNamespace[C]:
        """API keys: create (the only time the secret is shown), fetch, update, delete, list."""
        from twilio_sansio._namespaces.account import KeysNamespace
        from twilio_sansio.core.resources.keys import KeyOperations

        return KeysNamespace(self, KeyOperations(self.config))

    @cached_property
    def outgoing_caller_ids(self: C) -> OutgoingCallerIdsNamespace[C]:
        """Verified caller IDs: request validation, fetch, update, delete, list."""
        from twilio_sansio._namespaces.account import OutgoingCallerIdsNamespace
        from twilio_sansio.core.resources.outgoing_caller_ids import OutgoingCallerIdOperations

        return OutgoingCallerIdsNamespace(self, OutgoingCallerIdOperations(self.config))

    @cached_property
    def applications(self: C) -> ApplicationsNamespace[C]:
        """TwiML applications: create, fetch, update, delete, list."""
        from twilio_sansio._namespaces.account import ApplicationsNamespace
        from twilio_sansio.core.resources.applications import ApplicationOperations

        return ApplicationsNamespace(self, ApplicationOperations(self.config))

    @cached_property
    def endpoints(self: C) -> EndpointsNamespace[C]:
        """Any endpoint of any Twilio product by method, product and path (JSON, headers)."""
        from twilio_sansio._namespaces.account import EndpointsNamespace
        from twilio_sansio.core.resources.endpoints import EndpointOperations

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
    from twilio_sansio._namespaces import account, calls, conferences, messages, numbers, recordings
    from twilio_sansio._products import lookups, messaging, verify

    modules = (
        account,
        calls,
        conferences,
        messages,
        numbers,
        recordings,
        lookups,
        messaging,
        verify,
    )
    products = {name: value for module in modules for name, value in vars(module).items()}
    found: dict[str, tuple[type[Namespace[Any, Any]], type]] = {}
    for name, classes in member_namespaces(Resources, products).items():
        found[name] = classes
        if issubclass(classes[0], ProductNamespace):
            for member, member_classes in member_namespaces(classes[0]).items():
                found[f"{name}.{member}"] = member_classes
    return found
