"""The namespaces of :class:`~twilio_sansio.Client`: each resource's methods, bound once.

Every method names the core builder it runs; the builder's signature and docstring become
the method's. :mod:`twilio_sansio._async_namespaces` is generated from this file by
``tools/gen_async_namespaces.py`` (a test keeps the two in step): edit this one.
"""

from __future__ import annotations

from twilio_sansio._settings import namespace
from twilio_sansio._sync_binding import (
    SyncNamespace,
    call,
    local,
    pages,
    records,
    run,
    sequence_pages,
    sequence_records,
)
from twilio_sansio.core.resources.all_operations import (
    AccountOperations,
    AlertOperations,
    ApplicationOperations,
    AvailableNumberOperations,
    CallEventOperations,
    CallNotificationOperations,
    CallOperations,
    CallRecordingOperations,
    ConferenceOperations,
    ConferenceRecordingOperations,
    EndpointOperations,
    IncomingNumberOperations,
    KeyOperations,
    MediaOperations,
    MessageOperations,
    OutgoingCallerIdOperations,
    ParticipantOperations,
    QueueMemberOperations,
    QueueOperations,
    RecordingOperations,
    TranscriptionOperations,
)


class MessagesNamespace(SyncNamespace[MessageOperations]):
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
    get_page_iterator_in_range = sequence_pages(MessageOperations.get_page_in_range)
    iterate_in_range = sequence_records(MessageOperations.get_page_in_range)
    get_media_urls = run(MessageOperations.get_media_urls)
    create_feedback = call(MessageOperations.create_feedback)


class MediaNamespace(SyncNamespace[MediaOperations]):
    """The media of a message: fetch, list and delete."""

    get = call(MediaOperations.get)
    delete = call(MediaOperations.delete)
    get_page = call(MediaOperations.get_page)
    get_page_at = call(MediaOperations.get_page_at)
    get_page_iterator = pages(MediaOperations.get_page)
    iterate = records(MediaOperations.get_page)


class CallsNamespace(SyncNamespace[CallOperations]):
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
    get_page_iterator_in_range = sequence_pages(CallOperations.get_page_in_range)
    iterate_in_range = sequence_records(CallOperations.get_page_in_range)


class CallRecordingsNamespace(SyncNamespace[CallRecordingOperations]):
    """Recordings of one call (call SID first): start, fetch, pause/stop, list, delete."""

    create = call(CallRecordingOperations.create)
    get = call(CallRecordingOperations.get)
    update = call(CallRecordingOperations.update)
    delete = call(CallRecordingOperations.delete)
    get_page = call(CallRecordingOperations.get_page)
    get_page_at = call(CallRecordingOperations.get_page_at)
    get_page_iterator = pages(CallRecordingOperations.get_page)
    iterate = records(CallRecordingOperations.get_page)


class CallEventsNamespace(SyncNamespace[CallEventOperations]):
    """The HTTP events of one call (call SID first)."""

    get_page = call(CallEventOperations.get_page)
    get_page_at = call(CallEventOperations.get_page_at)
    get_page_iterator = pages(CallEventOperations.get_page)
    iterate = records(CallEventOperations.get_page)


class CallNotificationsNamespace(SyncNamespace[CallNotificationOperations]):
    """The notifications (errors and warnings) of one call (call SID first)."""

    get = call(CallNotificationOperations.get)
    get_page = call(CallNotificationOperations.get_page)
    get_page_at = call(CallNotificationOperations.get_page_at)
    get_page_iterator = pages(CallNotificationOperations.get_page)
    iterate = records(CallNotificationOperations.get_page)


class ConferencesNamespace(SyncNamespace[ConferenceOperations]):
    """Conferences: fetch, end or update, and list."""

    get = call(ConferenceOperations.get)
    update = call(ConferenceOperations.update)
    get_page = call(ConferenceOperations.get_page)
    get_page_at = call(ConferenceOperations.get_page_at)
    get_page_iterator = pages(ConferenceOperations.get_page)
    iterate = records(ConferenceOperations.get_page)
    get_page_iterator_in_range = sequence_pages(ConferenceOperations.get_page_in_range)
    iterate_in_range = sequence_records(ConferenceOperations.get_page_in_range)


class ParticipantsNamespace(SyncNamespace[ParticipantOperations]):
    """Participants of one conference (conference SID first): add, fetch, mute, remove."""

    create = call(ParticipantOperations.create)
    get = call(ParticipantOperations.get)
    update = call(ParticipantOperations.update)
    delete = call(ParticipantOperations.delete)
    get_page = call(ParticipantOperations.get_page)
    get_page_at = call(ParticipantOperations.get_page_at)
    get_page_iterator = pages(ParticipantOperations.get_page)
    iterate = records(ParticipantOperations.get_page)


class ConferenceRecordingsNamespace(SyncNamespace[ConferenceRecordingOperations]):
    """Recordings of one conference (conference SID first)."""

    get = call(ConferenceRecordingOperations.get)
    update = call(ConferenceRecordingOperations.update)
    delete = call(ConferenceRecordingOperations.delete)
    get_page = call(ConferenceRecordingOperations.get_page)
    get_page_at = call(ConferenceRecordingOperations.get_page_at)
    get_page_iterator = pages(ConferenceRecordingOperations.get_page)
    iterate = records(ConferenceRecordingOperations.get_page)


class QueuesNamespace(SyncNamespace[QueueOperations]):
    """Call queues: create, fetch, update, delete and list."""

    create = call(QueueOperations.create)
    get = call(QueueOperations.get)
    update = call(QueueOperations.update)
    delete = call(QueueOperations.delete)
    get_page = call(QueueOperations.get_page)
    get_page_at = call(QueueOperations.get_page_at)
    get_page_iterator = pages(QueueOperations.get_page)
    iterate = records(QueueOperations.get_page)


class QueueMembersNamespace(SyncNamespace[QueueMemberOperations]):
    """Members of one queue (queue SID first): fetch, the front member, dequeue, list."""

    get = call(QueueMemberOperations.get)
    get_front = call(QueueMemberOperations.get_front)
    update = call(QueueMemberOperations.update)
    dequeue = call(QueueMemberOperations.dequeue)
    get_page = call(QueueMemberOperations.get_page)
    get_page_at = call(QueueMemberOperations.get_page_at)
    get_page_iterator = pages(QueueMemberOperations.get_page)
    iterate = records(QueueMemberOperations.get_page)


class RecordingsNamespace(SyncNamespace[RecordingOperations]):
    """Recordings of the account: fetch, list, delete; audio URLs; their transcriptions."""

    get = call(RecordingOperations.get)
    delete = call(RecordingOperations.delete)
    get_page = call(RecordingOperations.get_page)
    get_page_at = call(RecordingOperations.get_page_at)
    get_page_iterator = pages(RecordingOperations.get_page)
    iterate = records(RecordingOperations.get_page)
    media_url = local(RecordingOperations.media_url)
    get_transcriptions_page = call(RecordingOperations.get_transcriptions_page)
    get_transcriptions_page_iterator = pages(RecordingOperations.get_transcriptions_page)
    iterate_transcriptions = records(RecordingOperations.get_transcriptions_page)


class TranscriptionsNamespace(SyncNamespace[TranscriptionOperations]):
    """Transcriptions of recordings: fetch, list and delete."""

    get = call(TranscriptionOperations.get)
    delete = call(TranscriptionOperations.delete)
    get_page = call(TranscriptionOperations.get_page)
    get_page_at = call(TranscriptionOperations.get_page_at)
    get_page_iterator = pages(TranscriptionOperations.get_page)
    iterate = records(TranscriptionOperations.get_page)


class AccountsNamespace(SyncNamespace[AccountOperations]):
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


class AlertsNamespace(SyncNamespace[AlertOperations]):
    """Monitor alerts (errors and warnings Twilio logged): fetch and list."""

    get = call(AlertOperations.get)
    get_page = call(AlertOperations.get_page)
    get_page_at = call(AlertOperations.get_page_at)
    get_page_iterator = pages(AlertOperations.get_page)
    iterate = records(AlertOperations.get_page)
    get_page_iterator_in_range = sequence_pages(AlertOperations.get_page_in_range)
    iterate_in_range = sequence_records(AlertOperations.get_page_in_range)


class IncomingNumbersNamespace(SyncNamespace[IncomingNumberOperations]):
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
    get_page_at = call(IncomingNumberOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberOperations.get_page)
    iterate = records(IncomingNumberOperations.get_page)


class AvailableNumbersNamespace(SyncNamespace[AvailableNumberOperations]):
    """Numbers for sale: search by country and type; the countries list."""

    get_country = call(AvailableNumberOperations.get_country)
    get_countries_page = call(AvailableNumberOperations.get_countries_page)
    get_countries_page_at = call(AvailableNumberOperations.get_countries_page_at)
    iterate_countries = records(AvailableNumberOperations.get_countries_page)
    get_page = call(AvailableNumberOperations.get_page)
    get_page_at = call(AvailableNumberOperations.get_page_at)
    get_page_iterator = pages(AvailableNumberOperations.get_page)
    iterate = records(AvailableNumberOperations.get_page)


class KeysNamespace(SyncNamespace[KeyOperations]):
    """API keys: create (the only time the secret is shown), fetch, update, delete, list."""

    create = call(KeyOperations.create)
    get = call(KeyOperations.get)
    update = call(KeyOperations.update)
    delete = call(KeyOperations.delete)
    get_page = call(KeyOperations.get_page)
    get_page_at = call(KeyOperations.get_page_at)
    get_page_iterator = pages(KeyOperations.get_page)
    iterate = records(KeyOperations.get_page)


class OutgoingCallerIdsNamespace(SyncNamespace[OutgoingCallerIdOperations]):
    """Verified caller IDs: request validation, fetch, update, delete, list."""

    create = call(OutgoingCallerIdOperations.create)
    get = call(OutgoingCallerIdOperations.get)
    update = call(OutgoingCallerIdOperations.update)
    delete = call(OutgoingCallerIdOperations.delete)
    get_page = call(OutgoingCallerIdOperations.get_page)
    get_page_at = call(OutgoingCallerIdOperations.get_page_at)
    get_page_iterator = pages(OutgoingCallerIdOperations.get_page)
    iterate = records(OutgoingCallerIdOperations.get_page)


class ApplicationsNamespace(SyncNamespace[ApplicationOperations]):
    """TwiML applications: create, fetch, update, delete, list."""

    create = call(ApplicationOperations.create)
    get = call(ApplicationOperations.get)
    update = call(ApplicationOperations.update)
    delete = call(ApplicationOperations.delete)
    get_page = call(ApplicationOperations.get_page)
    get_page_at = call(ApplicationOperations.get_page_at)
    get_page_iterator = pages(ApplicationOperations.get_page)
    iterate = records(ApplicationOperations.get_page)


class EndpointsNamespace(SyncNamespace[EndpointOperations]):
    """Any Twilio endpoint by method, product and path, for what has no namespace yet."""

    request = call(EndpointOperations.request)
    get_page = call(EndpointOperations.get_page)
    get_page_at = call(EndpointOperations.get_page_at)
    get_page_iterator = pages(EndpointOperations.get_page)
    iterate = records(EndpointOperations.get_page)


class SyncResources:
    """Every namespace of :class:`~twilio_sansio.Client`, each built on first use."""

    messages = namespace(MessagesNamespace, MessageOperations)
    media = namespace(MediaNamespace, MediaOperations)
    calls = namespace(CallsNamespace, CallOperations)
    call_recordings = namespace(CallRecordingsNamespace, CallRecordingOperations)
    call_events = namespace(CallEventsNamespace, CallEventOperations)
    call_notifications = namespace(CallNotificationsNamespace, CallNotificationOperations)
    conferences = namespace(ConferencesNamespace, ConferenceOperations)
    participants = namespace(ParticipantsNamespace, ParticipantOperations)
    conference_recordings = namespace(ConferenceRecordingsNamespace, ConferenceRecordingOperations)
    queues = namespace(QueuesNamespace, QueueOperations)
    queue_members = namespace(QueueMembersNamespace, QueueMemberOperations)
    recordings = namespace(RecordingsNamespace, RecordingOperations)
    transcriptions = namespace(TranscriptionsNamespace, TranscriptionOperations)
    accounts = namespace(AccountsNamespace, AccountOperations)
    alerts = namespace(AlertsNamespace, AlertOperations)
    incoming_numbers = namespace(IncomingNumbersNamespace, IncomingNumberOperations)
    available_numbers = namespace(AvailableNumbersNamespace, AvailableNumberOperations)
    keys = namespace(KeysNamespace, KeyOperations)
    outgoing_caller_ids = namespace(OutgoingCallerIdsNamespace, OutgoingCallerIdOperations)
    applications = namespace(ApplicationsNamespace, ApplicationOperations)
    endpoints = namespace(EndpointsNamespace, EndpointOperations)
