"""Any Twilio endpoint, by method, product and path: the way in for what has no namespace.

``EndpointOperations(config).request("POST", "verify", "/v2/Services", FriendlyName="x")``
builds the operation, on any of the hosts Twilio's OpenAPI documents name
(``DEFAULT_HOSTS`` of ``core/config.py``: ``api``, ``verify``, ``lookups``,
``messaging``, ``content``, ``flex-api``, ...). ``{AccountSid}`` in a path is replaced by
the configured account. Parameters go in the query (GET, DELETE) or a form body (POST,
PUT, PATCH); ``json=`` sends a JSON body instead; ``headers=`` adds header parameters
(``If-Match``, ``X-Twilio-Webhook-Enabled``), to every page of a listing too. Results
are :class:`Resource` records (the JSON object in ``raw``); listings page like every
other listing, in both of Twilio's page shapes.
"""

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any

from twilio_sansio.core.config import DEFAULT_HOSTS, ClientConfig
from twilio_sansio.core.encoding import ParamValue, fit_for_url, requote_url
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Headers, Request, Response
from twilio_sansio.core.model import Record, Text
from twilio_sansio.core.operation import Operation, parse_deleted, record_parser
from twilio_sansio.core.paging import Lister, Page
from twilio_sansio.core.resources._build import ResourceOperations
from twilio_sansio.core.validation import check_page_size

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
JSON_CONTENT_TYPE = "application/json"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

RESERVED_HEADERS = frozenset(
    {
        # The client's own: its credentials, its identity, what it accepts and decodes.
        "authorization",
        "proxy-authorization",
        "cookie",
        "user-agent",
        "accept",
        "accept-encoding",
        # Framing and hop-by-hop headers, which the transport alone writes.
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "upgrade",
        "expect",
    }
)
"""Header names ``headers=`` refuses: the client and its transport write these."""

_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_MAX_HEADER_VALUE = 8192


class Resource(Record):
    """Any Twilio record: the JSON object in ``raw``, and its ``sid`` when it has one."""

    __slots__ = ()

    sid = Text()


def _check_path(config: ClientConfig, path: str) -> str:
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidArgument(f"path must be an absolute path starting with '/', not {path!r:.120}")
    path = path.replace("{AccountSid}", config.account_sid)
    if (
        not fit_for_url(path)
        or any(c in path for c in "?#")
        or "/../" in path + "/"
        or "/./" in path + "/"
        or path.startswith("//")
    ):
        raise InvalidArgument(
            f"path {path!r:.120} must not hold a query, fragment, spaces, control characters "
            "or dot segments; pass parameters as keywords"
        )
    if "{" in path or "}" in path:
        raise InvalidArgument(
            f"path {path!r:.120} still holds a {{parameter}}: fill it in (only {{AccountSid}} "
            "is filled for you)"
        )
    return requote_url(path)


def _check_product(product: str) -> str:
    if not isinstance(product, str) or product not in DEFAULT_HOSTS:
        raise InvalidArgument(
            f"unknown product {product!r:.60}: the first label of a Twilio host, one of "
            f"{', '.join(DEFAULT_HOSTS)}"
        )
    return product


def _check_method(method: str) -> str:
    verb = method.upper() if isinstance(method, str) else ""
    if verb not in METHODS:
        raise InvalidArgument(f"method must be one of {sorted(METHODS)}, not {method!r:.40}")
    return verb


def _is_json_type(value: str) -> bool:
    media = value.split(";", 1)[0].strip().lower()
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def check_headers(headers: Mapping[str, str] | None, *, json_body: bool) -> tuple[Headers, str]:
    """Check header parameters; return them and the body's content type (for a JSON body).

    Names must be HTTP tokens and values printable ASCII (no line break, no control
    character), each name once. Headers the client or its transport write (credentials,
    ``User-Agent``, ``Accept``, framing and hop-by-hop headers) are refused, so nothing
    overrides them. ``Content-Type`` is accepted only with a JSON body and only as a JSON
    media type (``application/scim+json``).

    Raises:
        InvalidArgument: a name or value is malformed, repeated or reserved.
    """
    content_type = JSON_CONTENT_TYPE
    if headers is None:
        return (), content_type
    if not isinstance(headers, Mapping):
        raise InvalidArgument(
            f"headers must be a mapping of name to value, not {type(headers).__name__}"
        )
    checked: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARS:
            raise InvalidArgument(f"header name {name!r:.60} is not an HTTP token")
        lower = name.lower()
        if lower in seen:
            raise InvalidArgument(f"header {name!r} is given twice")
        seen.add(lower)
        if lower in RESERVED_HEADERS:
            raise InvalidArgument(f"header {name!r} is the client's own; it cannot be overridden")
        if not isinstance(value, str):
            raise InvalidArgument(f"header {name!r} must be a string, not {type(value).__name__}")
        if (
            not value.isascii()
            or not all(" " <= c <= "~" for c in value)
            or value != value.strip()
            or len(value) > _MAX_HEADER_VALUE
        ):
            raise InvalidArgument(
                f"header {name!r} must be printable ASCII without surrounding spaces or "
                f"control characters, at most {_MAX_HEADER_VALUE} characters: {value!r:.60}"
            )
        if lower == "content-type":
            if not json_body or not _is_json_type(value):
                raise InvalidArgument(
                    "Content-Type can only name a JSON media type for a json= body; a form "
                    "body is always application/x-www-form-urlencoded"
                )
            content_type = value
            continue
        checked.append((lower, value))
    return tuple(checked), content_type


def encode_json(value: Any) -> bytes:
    """Encode a JSON body (UTF-8, compact); refuse what JSON cannot hold.

    Raises:
        InvalidArgument: ``value`` holds something JSON cannot represent (a set, NaN, an
            object key that is not a string), is nested too deeply or holds a lone
            surrogate.
    """
    try:
        text = _json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8")
    except (TypeError, ValueError, RecursionError, UnicodeEncodeError) as exc:
        reason = str(exc) if not isinstance(exc, RecursionError) else "nested too deeply"
        raise InvalidArgument(f"json= cannot be sent as JSON: {reason:.120}") from None


def _parse_result(request: Request, response: Response) -> Resource | None:
    if response.status == 204:
        return None
    return _parse_record(request, response)


_parse_record = record_parser(Resource.from_json)


class EndpointOperations(ResourceOperations):
    """Builds operations on any endpoint of any Twilio product the documents name."""

    __slots__ = ()

    def request(
        self,
        /,
        method: str,
        product: str,
        path: str,
        *,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        **params: ParamValue,
    ) -> Operation[Resource | None]:
        """Call one endpoint: any method, product and path Twilio serves.

        Parameters go in the query string for GET and DELETE and in a form body for
        POST, PUT and PATCH; ``json=`` sends a JSON body instead (not together with
        parameters).

        Args:
            method: ``GET``, ``POST``, ``PUT``, ``PATCH`` or ``DELETE``.
            product: The host's first label: ``"api"``, ``"verify"``, ``"lookups"``,
                ``"messaging"``, ``"flex-api"``, ... (every host of Twilio's documents).
            path: The path, for example ``/v2/Services/VA…/Verifications``;
                ``{AccountSid}`` is filled with the configured account.
            json: A JSON body (a dict or list) for POST, PUT or PATCH.
            headers: Header parameters by name (``{"If-Match": etag}``); ``Content-Type``
                only as a JSON media type with ``json=``.
            **params: Parameters by Twilio's names (``**{"Config.TimeStep": 30}`` for
                dotted names).

        Returns:
            The operation; its result is the record Twilio returned (``raw``,
            ``request_id``), or None for a 204 (no content) or a DELETE (a 404 on DELETE
            is not an error).

        Raises:
            InvalidArgument: the method, product, path, a header or a parameter is
                malformed, or both ``json`` and parameters are given.
        """
        verb = _check_method(method)
        product = _check_product(product)
        path = _check_path(self.config, path)
        extra, content_type = check_headers(headers, json_body=json is not None)
        if json is not None:
            if verb not in _BODY_METHODS:
                raise InvalidArgument(f"json= needs POST, PUT or PATCH, not {verb}")
            if params:
                raise InvalidArgument(
                    "pass a JSON body (json=) or form parameters (keywords), not both: "
                    f"{', '.join(sorted(params))[:120]}"
                )
            content = (content_type, encode_json(json))
            request = self.config.request(verb, product, path, content=content, extra_headers=extra)
        elif verb in _BODY_METHODS:
            request = self.config.request(verb, product, path, form=params, extra_headers=extra)
        else:
            request = self.config.request(verb, product, path, query=params, extra_headers=extra)
        if verb == "DELETE":
            return Operation(request, parse_deleted)
        return Operation(request, _parse_result)

    def get_page(
        self,
        /,
        product: str,
        path: str,
        key: str | None,
        *,
        page_size: int | None = None,
        headers: Mapping[str, str] | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Resource]]:
        """List any listing endpoint, one page per operation, in either page shape.

        API 2010 pages carry the records under ``key`` beside a relative
        ``next_page_uri``; the v1/v2 products' pages name their key in ``meta.key``
        (which wins) beside an absolute ``meta.next_page_url``.

        Args:
            product: The host's first label (``"api"``, ``"verify"``, ...).
            path: The listing's path (``{AccountSid}`` is filled in).
            key: The JSON key of the records (``"calls"``, ``"services"``); None is
                accepted where Twilio names it in ``meta.key`` (every product but
                ``api``).
            page_size: Records per page, 1 to 1000 (Twilio's default is 50).
            headers: Header parameters by name, checked as :meth:`request` checks them
                (no ``Content-Type``: a page has no body), sent with every page of the
                listing, the next pages too.
            **params: Filters by Twilio's names.

        Raises:
            InvalidArgument: the product, path, key, a header or a filter is malformed.
        """
        lister = _lister(self.config, product, key, headers)
        query: dict[str, ParamValue] = {"PageSize": check_page_size(page_size), **params}
        return lister.first(_check_path(self.config, path), query)

    def get_page_at(
        self,
        /,
        product: str,
        key: str | None,
        cursor: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> Operation[Page[Resource]]:
        """Fetch the page a saved cursor points to.

        Args:
            product: The host's first label (``"api"``, ``"verify"``, ...).
            key: The JSON key of the records, as for :meth:`get_page`.
            cursor: A next-page URI (or URL) from an earlier page (``page.cursor``).
            headers: Header parameters, as for :meth:`get_page`; sent with this page and
                the pages after it.

        Raises:
            InvalidArgument: the cursor is not on the product's host, or a header is
                malformed.
        """
        return _lister(self.config, product, key, headers).at(cursor)


def _lister(
    config: ClientConfig, product: str, key: str | None, headers: Mapping[str, str] | None
) -> Lister[Resource]:
    """The lister of a listing endpoint, with its checked header parameters.

    Raises:
        InvalidArgument: the product, key or a header is malformed.
    """
    product = _check_product(product)
    extra, _content_type = check_headers(headers, json_body=False)
    return Lister(config, product, _check_key(key, product), Resource.from_json, extra)


def _check_key(key: str | None, product: str) -> str:
    if key is None and product != "api":
        return ""  # meta.key names it
    if not isinstance(key, str) or not key:
        raise InvalidArgument("key must name the records' JSON key, such as 'calls'")
    return key
