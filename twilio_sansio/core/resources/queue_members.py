"""Members of a call queue (API 2010): the model and their operations.

The path is ``/Accounts/{sid}/Queues/{queue}/Members``. A member is addressed by its
call's SID (``CA…``), or as :data:`FRONT`, the call that has waited longest. Members join
a queue through TwiML ``<Enqueue>`` and leave it when they hang up or are dequeued, so
there is no create or delete here.
"""

from __future__ import annotations

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import Params, ParamValue, path_segment
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Duration, Integer, Record, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import ResourceOperations, account_path, fetch, post
from twilio_sansio.core.resources.queues import check_queue_sid
from twilio_sansio.core.validation import check_page_size, check_sid, check_text

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


def _check_ids(queue_sid: str, call_sid: str) -> None:
    check_queue_sid(queue_sid)
    if call_sid != FRONT:
        check_sid("call_sid", call_sid, "CA")


class QueueMemberOperations(ResourceOperations):
    """Builds the operations on the members of a queue.

    Attributes:
        config: The caller's configuration.
    """

    __slots__ = ("lister",)

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[QueueMember] = self._lister()

    def _lister(self) -> Lister[QueueMember]:
        return Lister(self.config, "api", "queue_members", QueueMember.from_json)

    def _path(self, queue_sid: str, call_sid: str | None = None) -> str:
        queue = path_segment("queue_sid", queue_sid)
        return account_path(self.config, "Queues", queue, "Members", sid=call_sid)

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
        _check_ids(queue_sid, call_sid)
        return fetch(self.config, self._path(queue_sid, call_sid), QueueMember.from_json)

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
        _check_ids(queue_sid, call_sid)
        if params.get("Url") is None:
            raise InvalidArgument("updating a queue member needs a Url")
        return self._update(queue_sid, call_sid, params)

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
        _check_ids(queue_sid, call_sid)
        form = {**params, "Url": check_text("url", url)}
        return self._update(queue_sid, call_sid, form)

    def _update(self, queue_sid: str, call_sid: str, form: Params) -> Operation[QueueMember]:
        return post(self.config, self._path(queue_sid, call_sid), form, QueueMember.from_json)

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
        check_queue_sid(queue_sid)
        query: dict[str, ParamValue] = {"PageSize": check_page_size(page_size), **params}
        return self.lister.first(self._path(queue_sid), query)

    def get_page_at(self, /, cursor: str) -> Operation[Page[QueueMember]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Args:
            cursor: A next-page URI from an earlier page.

        Returns:
            The operation that fetches that page.

        Raises:
            InvalidArgument: the cursor is not a page URI on the API's host.
        """
        return self.lister.at(cursor)
