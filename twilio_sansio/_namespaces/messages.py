"""Messages and their media."""

from __future__ import annotations

from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records, run
from twilio_sansio.core.resources.media import MediaOperations
from twilio_sansio.core.resources.messages import MessageOperations

C = TypeVar("C")

__all__ = [
    "MediaNamespace",
    "MessagesNamespace",
]


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
