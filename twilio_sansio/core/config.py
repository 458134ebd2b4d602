"""Who is calling and where: credentials, base URLs per product, and request building.

:class:`ClientConfig` is the one value every operation builder receives. It turns
``(method, product, path, params)`` into a complete :class:`~twilio_sansio.core.http.Request`
with the credentials, the user agent and the encoded body.
"""

from __future__ import annotations

import base64
import ipaddress
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

from twilio_sansio.core._value import Value, replace, type_field
from twilio_sansio.core.encoding import Params, encode_form, encode_query
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.http import Headers, Request, lower_case_request
from twilio_sansio.core.products import PRODUCTS
from twilio_sansio.core.validation import check_sid

API_2010 = "/2010-04-01"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class Credentials(Value):
    """HTTP Basic credentials: an account SID and auth token, or an API key and secret.

    The secret never appears in ``repr()``, and credentials cannot be pickled (a pickle
    would carry the secret in clear); ``copy.copy`` and ``copy.deepcopy`` return them
    as they are, since they never change.

    Attributes:
        username: The account SID (``AC…``) or API key SID (``SK…``).
        password: The auth token or API key secret.
    """

    __slots__ = ("authorization", "password", "username")
    __match_args__ = ("username", "password")
    _init_fields = _eq_fields = __match_args__
    _repr_fields = ("username",)

    username: str
    password: str
    authorization: str

    def __init__(self, username: str, password: str) -> None:
        _check_credential("username", username)
        _check_credential("password", password)
        raw = f"{username}:{password}".encode()
        object.__setattr__(self, "username", username)
        object.__setattr__(self, "password", password)
        object.__setattr__(self, "authorization", "Basic " + base64.b64encode(raw).decode("ascii"))

    @classmethod
    def from_auth_token(cls, account_sid: str, auth_token: str) -> Credentials:
        """Credentials of an account SID and its auth token.

        Raises:
            InvalidArgument: the SID is not ``AC`` + 32 hex digits or the token is empty.
        """
        check_sid("account_sid", account_sid, "AC")
        _check_secret("auth_token", auth_token)
        return cls(account_sid, auth_token)

    @classmethod
    def from_api_key(cls, api_key_sid: str, api_key_secret: str) -> Credentials:
        """Credentials of an API key SID and its secret.

        Raises:
            InvalidArgument: the SID is not ``SK`` + 32 hex digits or the secret is empty.
        """
        check_sid("api_key_sid", api_key_sid, "SK")
        _check_secret("api_key_secret", api_key_secret)
        return cls(api_key_sid, api_key_secret)

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(type(self).__name__)

    def __copy__(self) -> Credentials:
        return self

    def __deepcopy__(self, memo: object) -> Credentials:
        return self


def refuse_pickling(name: str) -> NoReturn:
    """Raise the ``TypeError`` pickle expects from an object holding credentials.

    Raises:
        TypeError: always.
    """
    raise TypeError(
        f"{name} cannot be pickled: it holds credentials, which a pickle would store in "
        "clear; build it again in the other process (from the environment, for example)"
    )


def _check_secret(name: str, value: object) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidArgument(f"{name} must be a non-empty string")
    if any(c in value for c in "\r\n\x00"):
        raise InvalidArgument(f"{name} contains a line break or NUL character")
    _check_credential(name, value)


def _check_credential(name: str, value: object) -> None:
    """Refuse a credential that HTTP Basic cannot carry: not text, or not UTF-8 encodable."""
    if not isinstance(value, str):
        raise InvalidArgument(f"the {name} must be a string, not {type(value).__name__}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgument(f"the {name} holds a lone surrogate") from None


DEFAULT_HOSTS: Mapping[str, str] = {
    product: f"{product}.twilio.com" for product in sorted(PRODUCTS)
}
"""Every Twilio product's host, as Twilio's OpenAPI documents name them (``core/products.py``)."""


def _twilio_host(product: str, region: str | None, edge: str | None) -> str:
    if edge is not None and region is None:
        region = "us1"  # Twilio's documented default when only an edge is named
    parts = [product, edge, region, "twilio.com"]
    return ".".join(p for p in parts if p)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_base_url(url: str, allow_insecure_http: bool) -> str:
    if not isinstance(url, str):
        raise InvalidArgument(f"base_url must be a string, not {type(url).__name__}")
    if any(c.isspace() or not c.isprintable() for c in url):
        raise InvalidArgument(f"base_url must not hold spaces or control characters: {url!r}")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InvalidArgument(f"base_url is not a valid URL: {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidArgument(f"base_url must be an http(s) URL with a host, not {url!r}")
    if parts.query or parts.fragment or "@" in parts.netloc:
        # "https://@host" has an empty user name: still user information, refused too.
        raise InvalidArgument("base_url must not hold a query, fragment or credentials")
    if not url.isascii():
        # An internationalised host or path would reach the wire in some encoding the
        # transport picks; the caller must choose (punycode for the host, %-escapes).
        raise InvalidArgument(
            f"base_url must be ASCII (write an internationalised host in its xn-- form): {url!r}"
        )
    if parts.scheme == "http" and not (allow_insecure_http or _is_loopback(parts.hostname)):
        raise InvalidArgument(
            f"base_url {url!r} would send credentials in clear text; use https, a loopback "
            "host, or allow_insecure_http=True"
        )
    return url.rstrip("/")


def _check_label(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.isascii() or not value.replace("-", "").isalnum():
        raise InvalidArgument(f"{name} must be a DNS label such as 'ie1', not {value!r}")
    return value.lower()


class BaseUrls(Value):
    """Where each Twilio product is reached.

    Build it with :meth:`build`. Each product (``"api"``, ``"verify"``, ``"flex-api"``, ...:
    every host of ``DEFAULT_HOSTS``) has a root URL without a trailing slash; a path
    prefix in a configured URL is kept.
    """

    __slots__ = ("_plain_roots", "_twilio_roots", "default_root", "edge", "region", "roots")
    __match_args__ = ("roots", "default_root", "region", "edge")
    _init_fields = _eq_fields = _repr_fields = __match_args__

    roots: Mapping[str, str]
    default_root: str | None
    region: str | None
    edge: str | None
    if TYPE_CHECKING:  # derived from the fields, not constructor arguments
        _twilio_roots: dict[str, str] = type_field(init=False)
        _plain_roots: tuple[str, ...] | None = type_field(init=False)

    def __init__(
        self,
        roots: Mapping[str, str] | None = None,
        default_root: str | None = None,
        region: str | None = None,
        edge: str | None = None,
    ) -> None:
        object.__setattr__(self, "roots", {} if roots is None else roots)
        object.__setattr__(self, "default_root", default_root)
        object.__setattr__(self, "region", region)
        object.__setattr__(self, "edge", edge)
        self._derive()

    def _derive(self) -> None:
        # What every request would otherwise recompute from the fields, worked out once:
        # the root of each Twilio product, and the configured roots a URL can be checked
        # against by a prefix test (see confine).
        region, edge = self.region, self.edge
        twilio_roots = {
            product: "https://" + _twilio_host(product, region, edge) for product in DEFAULT_HOSTS
        }
        object.__setattr__(self, "_twilio_roots", twilio_roots)
        configured = self._configured_roots()
        plain = tuple(root + "/" for root in configured if _plain_root(root))
        # None: no configured root at all, so confine only resolves dot segments.
        object.__setattr__(self, "_plain_roots", plain if configured else None)

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        self._derive()  # a pickle from before the derived slots existed lacks them

    @classmethod
    def build(
        cls,
        base_url: str | Mapping[str, str] | None = None,
        *,
        region: str | None = None,
        edge: str | None = None,
        allow_insecure_http: bool = False,
    ) -> BaseUrls:
        """Resolve the ``base_url``, ``region`` and ``edge`` options of a client.

        Args:
            base_url: One URL for every product, or a mapping of product name (any of
                ``DEFAULT_HOSTS``) to URL (products left out go to Twilio), or None
                for Twilio itself.
            region: A Twilio region such as ``"ie1"``; not combinable with ``base_url``.
            edge: A Twilio edge location such as ``"dublin"``; not combinable with
                ``base_url``.
            allow_insecure_http: Allow ``http://`` URLs on hosts other than loopback.

        Raises:
            InvalidArgument: the URLs are malformed or insecure, or both a base URL and a
                region or edge are given.
        """
        region, edge = _check_label("region", region), _check_label("edge", edge)
        if base_url is not None and (region or edge):
            raise InvalidArgument("base_url cannot be combined with region or edge")
        if base_url is None:
            return cls(region=region, edge=edge)
        if isinstance(base_url, str):
            return cls(default_root=_check_base_url(base_url, allow_insecure_http))
        if not isinstance(base_url, Mapping):
            raise InvalidArgument("base_url must be a string or a mapping of product to URL")
        roots = {}
        for product, url in base_url.items():
            if product not in DEFAULT_HOSTS:
                known = ", ".join(sorted(DEFAULT_HOSTS))
                raise InvalidArgument(f"base_url names unknown product {product!r} ({known})")
            roots[product] = _check_base_url(url, allow_insecure_http)
        return cls(roots=roots)

    def root(self, product: str) -> str:
        """Return the root URL of ``product``, for example ``https://api.twilio.com``."""
        configured = self.roots.get(product) or self.default_root
        if configured is not None:
            return configured
        known = self._twilio_roots.get(product)
        return (
            known
            if known is not None
            else "https://" + _twilio_host(product, self.region, self.edge)
        )

    def trusted_netlocs(self, product: str) -> frozenset[str]:
        """Hosts (with port) whose absolute URLs may be re-rooted onto ``product``'s root.

        These are the configured host and Twilio's own host for the product; an absolute
        paging URL elsewhere is refused, so credentials never leave for another host.
        """
        own = urlsplit(self.root(product)).netloc.lower()
        twilio = _twilio_host(product, self.region, self.edge)
        return frozenset({own, twilio, f"{twilio}:443"})

    def confine(self, url: str) -> str:
        """Return ``url`` with its dot segments resolved, if it stays inside a base URL.

        ``..`` and ``.`` path segments (also written ``%2e``) are resolved as RFC 3986
        says, so a server or proxy that resolves them cannot be sent elsewhere than the
        URL shows. A URL on the host of a configured base URL with a path prefix must
        stay under that prefix: ``/twilio-proxy/../../admin`` never leaves with the
        caller's credentials.

        Raises:
            InvalidArgument: the resolved path leaves every configured path prefix on
                the URL's host.
        """
        # The usual case, a URL built on a root: if no dot segment can hide in it, it is
        # inside that root as it stands. urlsplit drops tabs and line breaks, which could
        # join a dot segment, and refuses some hosts (non-ASCII ones, "[::1"): such URLs
        # go the long way.
        if (
            url.isascii()
            and "/." not in url
            and "/%2" not in url
            and "\t" not in url
            and "\n" not in url
            and "\r" not in url
        ):
            plain_roots = self._plain_roots
            if plain_roots is None:
                # No prefix to stay under: only a malformed host ("[::1") is refused.
                if "[" not in url and "]" not in url:
                    return url
                return self._confine_in_general(url)
            for root in plain_roots:
                if url.startswith(root):
                    return url
        return self._confine_in_general(url)

    def _confine_in_general(self, url: str) -> str:
        """Do what :meth:`confine` does for any URL, with no shortcut."""
        try:
            parts = urlsplit(url)
        except ValueError:
            raise InvalidArgument(f"not a valid URL: {url!r:.120}") from None
        path = _resolve_dot_segments(parts.path)
        origin = (parts.scheme.lower(), parts.netloc.lower())
        prefixes = [
            root_parts.path
            for root_parts in map(urlsplit, self._configured_roots())
            if (root_parts.scheme.lower(), root_parts.netloc.lower()) == origin
        ]
        if prefixes and not any(_within(path, prefix) for prefix in prefixes):
            raise InvalidArgument(
                f"refusing {url!r:.120}: its path leaves the base URL's path prefix "
                f"{prefixes[0]!r}, and credentials go nowhere else on that host"
            )
        return url if path == parts.path else parts._replace(path=path).geturl()

    def _configured_roots(self) -> list[str]:
        roots = list(self.roots.values())
        if self.default_root is not None:
            roots.append(self.default_root)
        return roots


def _plain_root(root: str) -> bool:
    """Whether ``root + "/" + rest`` splits into this root's origin and prefix + ``/rest``.

    That holds for a root of printable ASCII whose path has no dot segment and that ends
    before any query or fragment: then :meth:`BaseUrls.confine` may take a URL that
    starts with it, and has no dot segment of its own, as it is.
    """
    if not (root.isascii() and root.isprintable()) or "?" in root or "#" in root:
        return False
    try:
        path = urlsplit(root).path
    except ValueError:
        return False
    return _resolve_dot_segments(path) == path


def _within(path: str, prefix: str) -> bool:
    return not prefix or path == prefix or path.startswith(prefix + "/")


def _resolve_dot_segments(path: str) -> str:
    """Resolve ``.`` and ``..`` segments (RFC 3986 section 5.2.4); ``%2e`` is a dot."""
    if "/." not in path and "/%2" not in path:  # no segment starts with a dot (".json" may end one)
        return path
    segments = path.split("/")
    last = len(segments) - 1
    kept: list[str] = []
    for index, segment in enumerate(segments):
        plain = segment.replace("%2e", ".").replace("%2E", ".")
        if plain in (".", ".."):
            if plain == ".." and len(kept) > 1:
                kept.pop()
            if index == last:
                kept.append("")  # "/a/b/.." is the directory "/a/"
            continue
        kept.append(segment)
    return "/".join(kept)


def user_agent(library_version: str, python_version: str, platform: str) -> str:
    """Return the User-Agent header: ``twilio-sansio/<v> python/<v> (<platform>)``."""
    return f"twilio-sansio/{library_version} python/{python_version} ({platform})"


class ClientConfig(Value):
    """Everything an operation builder needs to know about the caller.

    Attributes:
        account_sid: The account whose resources are addressed (``AC…``); for a
            subaccount view, the subaccount's SID while the credentials stay the parent's.
        credentials: The HTTP Basic credentials sent with every request.
        urls: Where each product is reached.
        user_agent: The User-Agent header value.
        default_region: The region (``"US"``, ``"GB"``, ...) used to read phone numbers
            written without a ``+country`` prefix; None requires the prefix.

    Like its :class:`Credentials`, a configuration cannot be pickled.
    """

    __slots__ = (
        "_common_headers",
        "account_sid",
        "credentials",
        "default_region",
        "urls",
        "user_agent",
    )
    __match_args__ = ("account_sid", "credentials", "urls", "user_agent", "default_region")
    _init_fields = _eq_fields = __match_args__

    account_sid: str
    credentials: Credentials
    urls: BaseUrls
    user_agent: str
    default_region: str | None
    if TYPE_CHECKING:  # derived from the fields, not a constructor argument
        _common_headers: Headers = type_field(init=False)

    def __init__(
        self,
        account_sid: str,
        credentials: Credentials,
        urls: BaseUrls | None = None,
        user_agent: str = "twilio-sansio",
        default_region: str | None = None,
    ) -> None:
        check_sid("account_sid", account_sid, "AC")
        # It becomes a header value as it is: printable ASCII only, so no line break.
        if not isinstance(user_agent, str) or not (
            user_agent.isascii() and user_agent.isprintable()
        ):
            raise InvalidArgument(
                f"user_agent must be printable ASCII text, not {user_agent!r:.60}"
            )
        if default_region is not None and not (
            isinstance(default_region, str)
            and len(default_region) == 2
            and default_region.isascii()
            and default_region.isalpha()
        ):
            raise InvalidArgument(
                "default_region must be a two-letter ISO 3166 code like 'US', "
                f"not {default_region!r:.40}"
            )
        _set = object.__setattr__
        _set(self, "account_sid", account_sid)
        _set(self, "credentials", credentials)
        _set(self, "urls", BaseUrls() if urls is None else urls)
        _set(self, "user_agent", user_agent)
        _set(self, "default_region", default_region)
        # The headers every request carries, built once rather than per request.
        _set(
            self,
            "_common_headers",
            (
                ("authorization", credentials.authorization),
                ("user-agent", user_agent),
                ("accept", "application/json"),
            ),
        )

    def with_account(self, account_sid: str) -> ClientConfig:
        """Return a copy addressing ``account_sid`` (a subaccount) with the same credentials.

        Raises:
            InvalidArgument: ``account_sid`` is not ``AC`` + 32 hex digits.
        """
        return replace(self, account_sid=account_sid)

    def account_path(self, *segments: str) -> str:
        """Return the API 2010 path ``/2010-04-01/Accounts/<sid>/<segments…>``.

        The caller is responsible for encoding the segments (see
        :func:`~twilio_sansio.core.encoding.path_segment`); the last one carries the
        ``.json`` suffix.
        """
        return "/".join((API_2010, "Accounts", self.account_sid, *segments))

    def request(
        self,
        method: str,
        product: str,
        path: str,
        *,
        query: Params | None = None,
        form: Params | None = None,
        content: tuple[str, bytes] | None = None,
        extra_headers: Headers = (),
    ) -> Request:
        """Build a complete request for ``path`` on ``product``.

        Args:
            method: ``GET``, ``POST``, ``PUT``, ``PATCH`` or ``DELETE``.
            product: The Twilio product (``"api"``, ``"verify"``, ...).
            path: The absolute path, already encoded.
            query: Parameters for the query string.
            form: Parameters for a form-encoded body.
            content: A body already encoded, as ``(content type, bytes)``; not with
                ``form``.
            extra_headers: More headers, already checked by the caller.

        Raises:
            InvalidArgument: a parameter cannot be encoded.
        """
        url = self.urls.root(product) + path
        if query:
            encoded = encode_query(query)
            if encoded:
                url = f"{url}?{encoded}"
        return self.request_for_url(
            method, url, form=form, content=content, extra_headers=extra_headers
        )

    def request_for_url(
        self,
        method: str,
        url: str,
        *,
        form: Params | None = None,
        content: tuple[str, bytes] | None = None,
        extra_headers: Headers = (),
    ) -> Request:
        """Build a complete request for an absolute ``url`` already checked by the caller.

        Its dot segments are resolved, and it must stay under the path prefix of a base
        URL on its host (see :meth:`BaseUrls.confine`).

        A ``form`` is encoded as ``application/x-www-form-urlencoded``; ``content`` is a
        body already encoded, ``(content type, bytes)``.

        Raises:
            InvalidArgument: the URL leaves a configured base URL's path prefix, a
                form parameter cannot be encoded, or both ``form`` and ``content`` are
                given.
        """
        url = self.urls.confine(url)
        headers = self._common_headers
        if extra_headers:
            headers += tuple([(name.lower(), value) for name, value in extra_headers])
        body = b""
        if form is not None and content is not None:
            raise InvalidArgument("a request has a form body or another body, not both")
        if form is not None:
            body = encode_form(form)
            headers += (("content-type", FORM_CONTENT_TYPE),)
        elif content is not None:
            content_type, body = content
            headers += (("content-type", content_type),)
        return lower_case_request(method, url, headers, body)

    def __repr__(self) -> str:
        return f"ClientConfig(account_sid={self.account_sid!r}, user={self.credentials.username!r})"

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(type(self).__name__)

    def __copy__(self) -> ClientConfig:
        return self

    def __deepcopy__(self, memo: object) -> ClientConfig:
        return self
