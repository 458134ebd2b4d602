"""Call queues (API 2010): the model and the operations on ``/Accounts/{sid}/Queues``."""

from __future__ import annotations

from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.model import Duration, Integer, Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import DeletableOperations, page_query
from twilio_sansio.core.validation import check_text

QUEUE_SID_PREFIX = "QU"


class Queue(Record):
    """A queue (``QU…``) where calls wait, as Twilio reports it.

    ``current_size`` and ``average_wait_time`` are computed when the queue is read.
    """

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    friendly_name = Text()
    current_size = Integer()
    max_size = Integer()
    average_wait_time = Duration()
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


class QueueOperations(DeletableOperations["QueueOperations", Queue]):
    """Builds the operations on queues; the clients bind these to the network."""

    __slots__ = ()

    model = Queue
    list_key = "queues"
    path = "Queues"
    sid_name = "queue_sid"
    sid_prefixes = (QUEUE_SID_PREFIX,)

    def create(self, /, friendly_name: str, **params: ParamValue) -> Operation[Queue]:
        """Create a queue.

        Args:
            friendly_name: The queue's name, up to 64 characters; TwiML ``<Enqueue>``
                finds the queue by it.
            **params: Any other parameter, by Twilio's name (``MaxSize``).

        Returns:
            The operation that creates the queue and parses the new :class:`Queue`.

        Raises:
            InvalidArgument: the name is empty or not a string, or a parameter cannot be
                encoded.
        """
        form = {"FriendlyName": check_text("friendly_name", friendly_name), **params}
        return self._post(self._path(), form)

    def update(self, /, sid: str, **params: ParamValue) -> Operation[Queue]:
        """Update a queue with Twilio's parameters (``FriendlyName``, ``MaxSize``).

        Args:
            sid: The queue (``QU…``).
            **params: The parameters to change, by Twilio's names.

        Returns:
            The operation that updates the queue and parses the updated record.

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._update_record(sid, params)

    def get_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[Queue]]:
        """List the account's queues, one page per operation.

        Args:
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Any other filter, by Twilio's name.

        Returns:
            The operation that fetches the first page.

        Raises:
            InvalidArgument: the page size is outside 1..1000 or a filter is malformed.
        """
        return self._first_page(page_query(page_size, params))
