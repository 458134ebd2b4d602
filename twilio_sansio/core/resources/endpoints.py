"""Any Twilio endpoint, by method, product and path: the way in for what has no namespace.

``EndpointOperations(config).request("POST", "api", "/2010-04-01/Accounts/{AccountSid}/
Calls/CA…/Streams.json", Url="wss://…")`` builds the operation; ``{AccountSid}`` in a path
is replaced by the configured account. Results are :class:`Resource` records (the JSON
object in ``raw``); listings page like every other listing.
"""

from __future__ import annotations

from twilio_sansio.core.config import DEFAULT_HOSTS, ClientConfig
from twilio_sansio.core.encoding import ParamValue, fit_for_url, requote_url
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record, Text
from twilio_sansio.core.operation import Operation, parse_deleted, record_parser
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import ResourceOperations
from twilio_sansio.core.validation import check_page_size

METHODS = frozenset({"GET", "POST", "DELETE"})


class Resource(Record):
    """Any Twilio record: the JSON object in ``raw``, and its ``sid`` when it has one."""

    __slots__ = ()

    sid = Text()


def _check_path(config: ClientConfig, path: str) -> str:
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidArgument(f"path must be an absolute path starting with '/', not {path!r}")
    path = path.replace("{AccountSid}", config.account_sid)
    if (
        not fit_for_url(path)
        or any(c in path for c in "?#")
        or "/../" in path + "/"
        or "/./" in path + "/"
    ):
        raise InvalidArgument(
            f"path {path!r} must not hold a query, fragment, spaces, control characters "
            "or dot segments; pass parameters as keywords"
        )
    return requote_url(path)


def _check_product(product: str) -> str:
    if not isinstance(product, str) or product not in DEFAULT_HOSTS:
        raise InvalidArgument(f"unknown product {product!r} ({', '.join(sorted(DEFAULT_HOSTS))})")
    return product


class EndpointOperations(ResourceOperations):
    """Builds operations on any endpoint of a supported product."""

    __slots__ = ()

    def request(
        self, /, method: str, product: str, path: str, **params: ParamValue
    ) -> Operation[Resource | None]:
        """Call one endpoint; parameters go in the query (GET, DELETE) or form (POST).

        Args:
            method: ``GET``, ``POST`` or ``DELETE``.
            product: ``"api"`` or ``"monitor"``.
            path: The path, for example ``/2010-04-01/Accounts/{AccountSid}/Calls.json``.
            **params: Parameters by Twilio's names.

        Returns:
            The operation; its result is the record Twilio returned, or None for a
            DELETE (a 404 on DELETE is not an error).

        Raises:
            InvalidArgument: the method, product, path or a parameter is malformed.
        """
        verb = method.upper() if isinstance(method, str) else ""
        if verb not in METHODS:
            raise InvalidArgument(f"method must be one of {sorted(METHODS)}, not {method!r}")
        path = _check_path(self.config, path)
        product = _check_product(product)
        if verb == "POST":
            request = self.config.request(verb, product, path, form=params)
        else:
            request = self.config.request(verb, product, path, query=params)
        if verb == "DELETE":
            return Operation(request, parse_deleted)
        return Operation(request, record_parser(Resource.from_json))

    def get_page(
        self,
        /,
        product: str,
        path: str,
        key: str,
        *,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Resource]]:
        """List any listing endpoint, one page per operation.

        Args:
            product: ``"api"`` or ``"monitor"``.
            path: The listing's path.
            key: The JSON key of the records in API 2010 pages (newer APIs name it in
                ``meta.key``, which wins).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            **params: Filters by Twilio's names.

        Raises:
            InvalidArgument: the product, path, key or a filter is malformed.
        """
        if not isinstance(key, str) or not key:
            raise InvalidArgument("key must name the records' JSON key, such as 'calls'")
        lister = Lister(self.config, _check_product(product), key, Resource.from_json)
        query: dict[str, ParamValue] = {"PageSize": check_page_size(page_size), **params}
        return lister.first(_check_path(self.config, path), query)

    def get_page_at(self, /, product: str, key: str, cursor: str) -> Operation[Page[Resource]]:
        """Fetch the page a saved cursor points to.

        Raises:
            InvalidArgument: the cursor is not on the product's host.
        """
        return Lister(self.config, _check_product(product), key, Resource.from_json).at(cursor)
