"""Media of a message (API 2010): the model, its operations, and the media-URL job.

A media record's ``uri`` names its JSON (``…/Media/ME….json``); the same path without
``.json`` is the content, which Twilio answers with a redirect to where the bytes live.
:func:`media_urls_job` finds those final URLs for every media of a message at once,
without downloading any content.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

from twilio_sansio.core.config import ClientConfig
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import UnexpectedResponseError, error_from_response
from twilio_sansio.core.model import Record, Sid, Text, Timestamp
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Lister, Page, PageChain, follow, pages_job
from twilio_sansio.core.resources._listing import ListingOperations, dated_query
from twilio_sansio.core.steps import Job, exchange, gather
from twilio_sansio.core.validation import check_page_size

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RANGE = (("range", "bytes=0-0"),)
"""Asked of media content: one byte is enough to learn where the content lives."""
MEDIA_PAGE_SIZE = 1000
MAX_MEDIA_PAGES = 10
"""The most pages of a message's media :func:`media_urls_job` reads before refusing."""
MAX_MEDIA = 100
"""The most media :func:`media_urls_job` resolves; Twilio allows 10 media per message."""


class Media(Record):
    """One media item (``ME…``) attached to a message."""

    __slots__ = ()

    sid = Sid()
    account_sid = Text()
    parent_sid = Text()
    content_type = Text()
    date_created = Timestamp()
    date_updated = Timestamp()
    uri = Text()


class MediaOperations(ListingOperations["MediaOperations", Media]):
    """Builds the operations on a message's media."""

    __slots__ = ()

    model = Media
    list_key = "media_list"
    path = "Messages/{}/Media"
    sid_name = "media_sid"
    sid_prefixes = ("ME",)
    parent_name = "message_sid"
    parent_prefixes = ("SM", "MM")

    def get(self, /, message_sid: str, media_sid: str) -> Operation[Media]:
        """Fetch one media record of a message.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._get_item(message_sid, media_sid)

    def delete(self, /, message_sid: str, media_sid: str) -> Operation[None]:
        """Delete one media item; one already gone (404) is not an error.

        Raises:
            InvalidArgument: a SID is malformed.
        """
        return self._delete_item(message_sid, media_sid)

    def get_page(
        self,
        /,
        message_sid: str,
        *,
        date_created: date | datetime | None = None,
        date_created_after: date | datetime | None = None,
        date_created_before: date | datetime | None = None,
        page_size: int | None = None,
        **params: ParamValue,
    ) -> Operation[Page[Media]]:
        """List the media of a message, one page per operation.

        Raises:
            InvalidArgument: the SID or a filter is malformed.
        """
        self._check_parent_sid(message_sid)
        query: dict[str, ParamValue] = {
            **dated_query("DateCreated", date_created, date_created_after, date_created_before),
            "PageSize": check_page_size(page_size),
            **params,
        }
        return self._first_page(query, message_sid)


def media_urls_job(config: ClientConfig, message_sid: str) -> Job[list[str]]:
    """List a message's media, then find every media's content URL concurrently.

    The result keeps media order and is ``[]`` for a message without media. Each content
    URL is resolved by :func:`content_url_job`; the first failure cancels the rest. The
    listing is bounded: a repeated next URI raises
    :class:`~twilio_sansio.core.paging.PageLoopError`, and a listing of more than
    :data:`MAX_MEDIA_PAGES` pages or :data:`MAX_MEDIA` media raises
    :class:`~twilio_sansio.core.errors.UnexpectedResponseError` before any content URL is
    asked for.
    """
    operations = MediaOperations(config)
    first = operations.get_page(message_sid, page_size=MEDIA_PAGE_SIZE)
    pages = yield from pages_job(PageChain(first), max_pages=MAX_MEDIA_PAGES, max_records=MAX_MEDIA)
    lister = operations.lister
    jobs = [content_url_job(config, lister, item) for page in pages for item in page]
    return (yield from gather(jobs))


def content_url_job(config: ClientConfig, lister: Lister[Media], media: Media) -> Job[str]:
    """Find where one media's content lives, without downloading it.

    GET the content URL (the media ``uri`` without ``.json``) with the caller's credentials,
    asking for a single byte in case the API host serves the content itself. Follow
    ``Location`` while it stays on the API host, at most five hops; return the first URL
    off that host (never requested, so credentials never go there), or the content URL
    itself when the API host answers 200.

    Raises:
        APIError: Twilio answered with an error.
        UnexpectedResponseError: the media has no URI, a redirect has no Location, or
            there are more than five redirects.
    """
    uri = media.uri
    if not uri:
        raise UnexpectedResponseError(200, repr(media)[:200], "a media record without a uri")
    content = uri.removesuffix(".json")
    url = lister.resolve(content)
    if url is None:
        raise UnexpectedResponseError(200, content[:200], "a media uri on another host")
    last_status = 0
    for _hop in range(MAX_REDIRECTS + 1):
        request = follow(config, url, status=last_status or 200, extra_headers=RANGE)
        response = yield from exchange(request)
        last_status = response.status
        if response.status in (200, 206):
            return url
        if response.status not in REDIRECT_STATUSES:
            raise error_from_response(
                response.status, response.header("content-type"), response.body, "GET", url
            )
        location = response.header("location")
        if not location:
            raise UnexpectedResponseError(response.status, "", "a redirect without Location")
        try:
            target = urljoin(url, location)
        except ValueError:  # "https://[oops": a malformed IPv6 host
            raise UnexpectedResponseError(
                response.status, location[:200], "a redirect to a malformed URL", "GET", url
            ) from None
        on_host = lister.resolve(target)
        if on_host is None or urlsplit(target).scheme not in ("http", "https"):
            return target
        url = on_host
    raise UnexpectedResponseError(
        last_status, url[:200], f"more than {MAX_REDIRECTS} redirects for media content", "GET", url
    )
