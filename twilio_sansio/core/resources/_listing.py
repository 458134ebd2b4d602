"""A listing resource declared once: its model, list key, path and SID prefixes.

A resource module states what is particular to its resource as class attributes of its
operations class, and inherits what every listing resource shares:

.. code-block:: python

    class KeyOperations(DeletableOperations["KeyOperations", Key]):
        model = Key
        list_key = "keys"
        path = "Keys"
        sid_prefixes = ("SK",)

gives ``get(sid)``, ``delete(sid)`` and ``get_page_at(cursor)`` and the ``lister`` that
reads pages of keys; the module then writes only ``create``, ``update``, ``get_page``
with its filters and the helpers of its own.

Each class names itself as its first type argument. The shared builders are typed with
that class as ``self``, so ``KeyOperations.get`` reads ``(KeyOperations, sid: str) ->
Operation[Key]`` to mypy, as if ``KeyOperations`` had written it; the clients bind those
builders to a namespace of exactly that class.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import Params, ParamValue, path_segment
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import ResourceOperations, fetch, post, remove
from twilio_sansio.core.validation import check_page_size, check_sid

S = TypeVar("S", bound="ListingOperations[Any, Any]")
R = TypeVar("R", bound=Record)


def page_query(page_size: int | None, params: dict[str, ParamValue]) -> dict[str, ParamValue]:
    """Return the query of a listing whose only filter of its own is the page size.

    Raises:
        InvalidArgument: the page size is outside 1..1000.
    """
    return {"PageSize": check_page_size(page_size), **params}


def dated_query(
    key: str, on: ParamValue, after: ParamValue, before: ParamValue
) -> dict[str, ParamValue]:
    """Return Twilio's three filters on one date: ``key``, ``key>`` and ``key<``.

    ``dated_query("DateSent", day, None, None)`` is ``{"DateSent": day, "DateSent>": None,
    "DateSent<": None}``; the encoder leaves the None values out.
    """
    return {key: on, f"{key}>": after, f"{key}<": before}


class ListingOperations(ResourceOperations, Generic[S, R]):
    """The base of a listing resource's operations: its declaration, paths and lister.

    A subclass declares, as class attributes:

    - ``model``: the record class (``Key``);
    - ``list_key``: the JSON key of the records in a page (``"keys"``);
    - ``path``: where the records live. A relative path is under the configured account
      (``"Keys"`` is ``/2010-04-01/Accounts/AC…/Keys.json``); ``{}`` stands for the
      parent's SID of a nested resource (``"Messages/{}/Media"``); a path starting with
      ``/`` is absolute on the product's host (``"/v1/Alerts"``). API 2010 paths
      (product ``"api"``) end in ``.json``, others do not;
    - ``product``: the Twilio product serving it (``"api"`` unless said);
    - ``sid_name``, ``sid_prefixes``: the record's SID as named in errors, and its
      prefixes (``"SK"``);
    - ``parent_name``, ``parent_prefixes``: the same for the parent's SID of a nested
      resource (``"message_sid"``, ``("SM", "MM")``).

    Attributes:
        config: The caller's configuration.
        lister: How pages of the records are fetched and read.
    """

    __slots__ = ("lister",)

    model: type[R]
    list_key: str
    path: str
    product: str = "api"
    sid_name: str = "sid"
    sid_prefixes: tuple[str, ...] = ()
    parent_name: str = ""
    parent_prefixes: tuple[str, ...] = ()

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.lister: Lister[R] = Lister(config, self.product, self.list_key, self.model.from_json)

    def get_page_at(self: S, /, cursor: str) -> Operation[Page[R]]:
        """Fetch the page a saved cursor (``page.cursor``) points to.

        Args:
            cursor: A next-page URI (or URL) from an earlier page of this listing.

        Returns:
            The operation that fetches that page.

        Raises:
            InvalidArgument: the cursor is not a page URI on the product's host.
        """
        return self.lister.at(cursor)

    def _check_own_sid(self, sid: object) -> None:
        """Check a record's SID before it goes into a path.

        Raises:
            InvalidArgument: ``sid`` is not one of ``sid_prefixes`` + 32 hex digits.
        """
        check_sid(self.sid_name, sid, *self.sid_prefixes)

    def _check_parent_sid(self, parent_sid: object) -> None:
        """Check a nested resource's parent SID before it goes into a path.

        Raises:
            InvalidArgument: ``parent_sid`` is not one of ``parent_prefixes`` + 32 hex
                digits.
        """
        check_sid(self.parent_name, parent_sid, *self.parent_prefixes)

    def _path(self, parent_sid: str | None = None, tail: str | None = None) -> str:
        """Return the path of the records (under ``parent_sid``), or of ``tail`` below it.

        The parent's SID is only encoded here, not checked; ``tail`` is taken as written
        (encode SIDs with :func:`~twilio_sansio.core.encoding.path_segment`).

        Raises:
            InvalidArgument: the resource is nested and ``parent_sid`` is not a string.
        """
        path = self.path
        if self.parent_name:
            if not isinstance(parent_sid, str):
                raise InvalidArgument(
                    f"{self.parent_name} must be a SID string, not {parent_sid!r}"
                )
            path = path.format(path_segment(self.parent_name, parent_sid))
        if tail is not None:
            path = f"{path}/{tail}"
        if self.product == "api":
            path += ".json"
        return path if path.startswith("/") else self.config.account_path(path)

    def _item_path(self, parent_sid: str | None, sid: str) -> str:
        """Check the parent's SID (when nested) and then the record's; return its path.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        if self.parent_name:
            self._check_parent_sid(parent_sid)
        self._check_own_sid(sid)
        return self._path(parent_sid, path_segment("sid", sid))

    def _get_item(self, parent_sid: str | None, sid: str) -> Operation[R]:
        """Check the SIDs, then return the operation that fetches the record."""
        return self._fetch(self._item_path(parent_sid, sid))

    def _delete_item(self, parent_sid: str | None, sid: str) -> Operation[None]:
        """Check the SIDs, then return the operation that deletes the record."""
        return self._remove(self._item_path(parent_sid, sid))

    def _fetch(self, path: str, query: Params | None = None) -> Operation[R]:
        """Return the operation that GETs ``path`` and parses one record."""
        return fetch(self.config, path, self.model.from_json, product=self.product, query=query)

    def _post(self, path: str, form: Params) -> Operation[R]:
        """Return the operation that POSTs ``form`` to ``path`` and parses the record."""
        return post(self.config, path, form, self.model.from_json, product=self.product)

    def _remove(self, path: str) -> Operation[None]:
        """Return the operation that DELETEs ``path``; a 404 (already gone) is success."""
        return remove(self.config, path, product=self.product)

    def _first_page(
        self, query: dict[str, ParamValue], parent_sid: str | None = None
    ) -> Operation[Page[R]]:
        """Return the operation for the first page of the records (under ``parent_sid``)."""
        return self.lister.first(self._path(parent_sid), query)


class RecordOperations(ListingOperations[S, R]):
    """A listing whose records are fetched by their SID: adds ``get``."""

    __slots__ = ()

    def get(self: S, /, sid: str) -> Operation[R]:
        """Fetch one record by its SID.

        Args:
            sid: The record's SID (the resource's prefix + 32 hex digits).

        Returns:
            The operation that fetches and parses the record.

        Raises:
            InvalidArgument: ``sid`` is malformed or has another resource's prefix.
        """
        return self._get_item(None, sid)

    def _update_record(self, sid: str, form: Params) -> Operation[R]:
        """Check ``sid``, then return the operation that POSTs ``form`` to its record.

        Raises:
            InvalidArgument: ``sid`` is malformed or a parameter cannot be encoded.
        """
        return self._post(self._item_path(None, sid), form)


class DeletableOperations(RecordOperations[S, R]):
    """A listing whose records are fetched and deleted by their SID: adds ``delete``."""

    __slots__ = ()

    def delete(self: S, /, sid: str) -> Operation[None]:
        """Delete one record by its SID.

        A record that is already gone (404) is not an error, as in the Go library, so a
        retried delete stays safe.

        Args:
            sid: The record's SID (the resource's prefix + 32 hex digits).

        Returns:
            The operation that deletes the record.

        Raises:
            InvalidArgument: ``sid`` is malformed or has another resource's prefix.
        """
        return self._delete_item(None, sid)


class GrandchildOperations(ListingOperations[S, R]):
    """A listing two levels below the account: ``Parents/{}/Children/{}/Records``.

    Besides a nested listing's declaration (``parent_name``, ``parent_prefixes`` for the
    nearer parent, the second ``{}`` of ``path``), a subclass declares ``outer_name`` and
    ``outer_prefixes`` for the outer one (the first ``{}``). Both SIDs are checked before
    anything is built.
    """

    __slots__ = ()

    outer_name: str
    outer_prefixes: tuple[str, ...]

    def _nested_path(self, outer_sid: object, parent_sid: object, tail: str = "") -> str:
        """Check both parents' SIDs; return the records' path, or that of ``tail`` below it.

        ``tail`` is taken as written (encoded already).

        Raises:
            InvalidArgument: a parent's SID is malformed or has another resource's prefix.
        """
        outer = check_sid(self.outer_name, outer_sid, *self.outer_prefixes)
        parent = check_sid(self.parent_name, parent_sid, *self.parent_prefixes)
        path = self.path.format(
            path_segment(self.outer_name, outer), path_segment(self.parent_name, parent)
        )
        return self.config.account_path(f"{path}/{tail}.json" if tail else f"{path}.json")

    def _nested_item_path(self, outer_sid: object, parent_sid: object, sid: object) -> str:
        """Check the three SIDs, the parents' first; return the record's path.

        Raises:
            InvalidArgument: a SID is malformed or has another resource's prefix.
        """
        records = self._nested_path(outer_sid, parent_sid)
        self._check_own_sid(sid)
        return f"{records.removesuffix('.json')}/{path_segment(self.sid_name, str(sid))}.json"

    def _nested_first_page(
        self, outer_sid: object, parent_sid: object, query: dict[str, ParamValue]
    ) -> Operation[Page[R]]:
        """Check the parents' SIDs; return the operation for the first page of the records."""
        return self.lister.first(self._nested_path(outer_sid, parent_sid), query)
