"""What every part of the benchmark suite agrees on: accounts, SIDs and Twilio-shaped bodies.

The server pre-renders these bodies once; every contender receives the same bytes. Each
listing workload has its own account, so that the URL alone says how many records a
listing holds and no contender has to send anything unusual to select it.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

AUTH_TOKEN = "0123456789abcdef0123456789abcdef"

#: The account every fetch, send and media workload uses (and W2's 200 pages of 50).
ACCOUNT = "AC" + "b" * 28 + "0001"
#: Accounts whose message listings hold 10,000 and 100,000 records (W6).
ACCOUNT_10K = "AC" + "b" * 28 + "0010"
ACCOUNT_100K = "AC" + "b" * 28 + "0100"
#: Each listing's records and page size: W2 lists 200 pages of 50, W6 pages of 1000.
LISTINGS = {ACCOUNT: (10_000, 50), ACCOUNT_10K: (10_000, 1000), ACCOUNT_100K: (100_000, 1000)}

MESSAGE_SID = "SM" + "5f1d8e2a9b3c4d7e8f90a1b2c3d4e5f6"
MEDIA_MESSAGE_SID = "MM" + "5f1d8e2a9b3c4d7e8f90a1b2c3d4e5f6"
MEDIA_COUNT = 10
#: How long the server waits before answering each media content request (W4).
MEDIA_DELAY = 0.100
MEDIA_CDN = "https://media-cdn.example.invalid/bench"

FROM = "+14105551234"
TO = "+14105556789"
BODY = "Sent from the benchmark \u2713"

API = "/2010-04-01"


def basic_auth(account: str = ACCOUNT) -> str:
    """Return the Authorization header value for ``account``."""
    raw = f"{account}:{AUTH_TOKEN}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def account_path(account: str = ACCOUNT) -> str:
    """Return ``/2010-04-01/Accounts/{account}``."""
    return f"{API}/Accounts/{account}"


def message_path(sid: str = MESSAGE_SID, account: str = ACCOUNT) -> str:
    """Return the path of one message's JSON."""
    return f"{account_path(account)}/Messages/{sid}.json"


def list_path(account: str = ACCOUNT) -> str:
    """Return the path of the message listing of ``account``."""
    return f"{account_path(account)}/Messages.json"


def media_list_path() -> str:
    """Return the path of the media listing of the media message."""
    return f"{account_path()}/Messages/{MEDIA_MESSAGE_SID}/Media.json"


def media_sid(index: int) -> str:
    """Return the SID of the ``index``-th media of the media message."""
    return f"ME{index:032x}"


_EPOCH = datetime(2026, 11, 26, 18, 4, 11, tzinfo=UTC)


def message(
    index: int = 0,
    *,
    sid: str | None = None,
    account: str = ACCOUNT,
    status: str = "delivered",
    num_media: int = 0,
) -> dict[str, Any]:
    """Return a message record as Twilio's API 2010 sends it."""
    sid = sid or f"SM{index:032x}"
    moment = _EPOCH - timedelta(seconds=17 * index)
    path = message_path(sid, account).removesuffix(".json")
    return {
        "account_sid": account,
        "api_version": "2010-04-01",
        "body": f"{BODY} #{index}",
        "date_created": format_datetime(moment),
        "date_sent": format_datetime(moment + timedelta(seconds=1)),
        "date_updated": format_datetime(moment + timedelta(seconds=2)),
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": FROM,
        "messaging_service_sid": None,
        "num_media": str(num_media),
        "num_segments": "1",
        "price": f"-0.{7500 + index % 100:05d}",
        "price_unit": "USD",
        "sid": sid,
        "status": status,
        "subresource_uris": {
            "media": f"{path}/Media.json",
            "feedback": f"{path}/Feedback.json",
        },
        "to": TO,
        "uri": f"{path}.json",
    }


def page_uri(account: str, size: int, page: int, after: str | None) -> str:
    """Return a page's URI as Twilio writes it (``next_page_uri`` carries a PageToken)."""
    uri = f"{list_path(account)}?PageSize={size}&Page={page}"
    return uri if after is None else f"{uri}&PageToken=PA{after}"


def render_pages(account: str) -> list[bytes]:
    """Return every page of ``account``'s listing, as JSON bytes.

    Records are rendered once as JSON text and spliced into each page, which keeps the
    start-up cost of 110,000 records near a second.
    """
    total, size = LISTINGS[account]
    record_json = [json.dumps(message(i, account=account)) for i in range(total)]
    pages: list[bytes] = []
    count = (total + size - 1) // size
    for page in range(count):
        first = page * size
        last = min(first + size, total)
        sids_before = f"SM{first - 1:032x}" if page else None
        following = page_uri(account, size, page + 1, f"SM{last - 1:032x}")
        envelope = {
            "end": last - 1,
            "first_page_uri": page_uri(account, size, 0, None),
            "next_page_uri": following if page + 1 < count else None,
            "page": page,
            "page_size": size,
            "previous_page_uri": (page_uri(account, size, page - 1, None) if sids_before else None),
            "start": first,
            "uri": page_uri(account, size, page, sids_before),
        }
        head = json.dumps(envelope)[:-1]
        records = ", ".join(record_json[first:last])
        pages.append(f'{head}, "messages": [{records}]}}'.encode())
    return pages


def media_list() -> dict[str, Any]:
    """Return the media listing of the media message (one page of MEDIA_COUNT items)."""
    parent = f"{account_path()}/Messages/{MEDIA_MESSAGE_SID}"
    items = [
        {
            "account_sid": ACCOUNT,
            "content_type": "image/jpeg",
            "date_created": format_datetime(_EPOCH),
            "date_updated": format_datetime(_EPOCH),
            "parent_sid": MEDIA_MESSAGE_SID,
            "sid": media_sid(i),
            "uri": f"{parent}/Media/{media_sid(i)}.json",
        }
        for i in range(MEDIA_COUNT)
    ]
    uri = f"{parent}/Media.json?PageSize=1000&Page=0"
    return {
        "end": MEDIA_COUNT - 1,
        "first_page_uri": uri,
        "media_list": items,
        "next_page_uri": None,
        "page": 0,
        "page_size": 1000,
        "previous_page_uri": None,
        "start": 0,
        "uri": uri,
    }
