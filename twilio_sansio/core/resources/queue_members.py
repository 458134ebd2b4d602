"""Members of a call queue (API 2010): the model and their operations.

The path is ``/Accounts/{sid}/Queues/{queue}/Members``. A member is addressed by its
call's SID (``CA…``), or as :data:`FRONT`, the call that has waited longest. Members join
a queue through TwiML ``<Enqueue>`` and leave it when they hang up or are dequeued, so
there is no create or delete here.
"""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Duration, Integer, Record, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import ListingOperations, page_query
from twilio_sansio.core.resources.queues import QUEUE_SID_PREFIX
from twilio_sansio.core.validation import check_text

FRONT = "Front"
"""Stands for the member at the front of the queue, in place of a call SID."""


class QueueMember(Record):
    """A call waiting in a queue; ``wait_time`` is how long it has waited so far."""

    __slots__ = ()

    call_sid = Text()
    queue_sid = Text()
    position = Integer()
    wait_time = Duration()
    date_enqueued = Timestamp()
    uri = Text()


class QueueMemberOperations(ListingOperations["QueueMemberOperations", QueueMember]):
    """Builds the operations on the members of a queue."""

    __slots__ = ()

    model = QueueMember
    list_key = "queue_members"
    path = "Queues/{}/Members"
    sid_name = "call_sid"
    sid_prefixes = ("CA",)
    parent_name = "queue_sid"
    parent_prefixes = (QUEUE_SID_PREFIX,)

    def _check_own_sid(self, sid: object) -> None:
        """A member is named by its call's SID, or is :data:`FRONT`."""
        if sid != FRONT:
            super()._check_own_sid(sid)

    def get(self, /, queue_sid: str, call_sid: str) -> Operation[QueueMember]:
        """Fetch one member of a queue.

        Args:
            queue_sid: The queue (``QU…``).
            call_sid: The member's call (``CA…``), or :data:`FRONT`.

        Returns:
            The operation that fetches the :class:`QueueMember`.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(queue_sid, call_sid)

    def get_front(self, /, queue_sid: str) -> Operation[QueueMember]:
        """Fetch the member at the front of a queue (the call that has waited longest).

        Args:
            queue_sid: The queue (``QU…``).

        Returns:
            The operation that fetches the :class:`QueueMember`; Twilio answers 404 for
            an empty queue.

        Raises:
            InvalidArgument: ``queue_sid`` is malformed.
        """
        return self.get(queue_sid, FRONT)

    def update(
        self, /, queue_sid: str, call_sid: str, **params: ParamValue
    ) -> Operation[QueueMember]:
        """Update a member with Twilio's parameters: ``Url`` (required) dequeues it.

        Prefer :meth:`dequeue`.

        Args:
            queue_sid: The queue (``QU…``).
            call_sid: The member's call (``CA…``), or :data:`FRONT`.
            **params: Twilio's parameters (``Url``, ``Method``).

        Returns:
            The operation that updates the member and parses the updated record.

        Raises:
            InvalidArgument: a SID is malformed, ``Url`` is missing, or a parameter
                cannot be encoded.
        """
        path = self._item_path(queue_sid, call_sid)
        if params.get("Url") is None:
            raise InvalidArgument("updating a queue member needs a Url")
        return self._post(path, params)

    def dequeue(
        self, /, queue_sid: str, call_sid: str, url: str, **params: ParamValue
    ) -> Operation[QueueMember]:
        """Take a call out of a queue and have it run the TwiML at ``url``.

        Args:
            queue_sid: The queue (``QU…``).
            call_sid: The member's call (``CA…``), or :data:`FRONT`.
            url: The absolute URL of the TwiML the call runs next.
            **params: Any other parameter, by Twilio's name (``Method``).

        Returns:
            The operation that dequeues the member and parses its record.

        Raises:
            InvalidArgument: a SID or the URL is malformed, or a parameter cannot be
                encoded.
        """
        path = self._item_path(queue_sid, call_sid)
        return self._post(path, {**params, "Url": check_text("url", url)})

    def get_page(
        self, /, queue_sid: str, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[QueueMember]]:
        """List the members of a queue, one page per operation.

        Args:
            queue_sid: The queue (``QU…``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the SID or the page size is malformed.
        """
        self._check_parent_sid(queue_sid)
        return self._first_page(page_query(page_size, params), queue_sid)
