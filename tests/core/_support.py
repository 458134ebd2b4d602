"""What the core's tests share: a configuration, request and response checks, pages, and
Twilio's OpenAPI documents.

The defaults are those of the resource tests: an all-zero account with the token
``"token"`` on ``https://api.example.test``. Tests of other accounts pass theirs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from twilio_sansio.core.config import BaseUrls, ClientConfig, Credentials
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.http import Headers, Request, Response
from twilio_sansio.core.model import Record

ACCOUNT = "AC" + "0" * 32
TOKEN = "token"
ROOT = "https://api.example.test"
# ACCOUNT:TOKEN in Basic form, written out so that the encoding is checked too.
AUTH = "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0b2tlbg=="
USER_AGENT = "ua"
FORM = "application/x-www-form-urlencoded"
JSON_HEADERS: Headers = (("content-type", "application/json"),)
WHEN = "Tue, 02 Jan 2024 03:04:05 +0000"
WHEN_DT = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
API_2010 = "twilio_api_v2010.json"


def make_config(
    base_url: str | Mapping[str, str] | None = ROOT,
    *,
    account: str = ACCOUNT,
    token: str = TOKEN,
    credentials: Credentials | None = None,
    user_agent: str = USER_AGENT,
    default_region: str | None = None,
) -> ClientConfig:
    """A configuration for ``account`` (authenticated with ``token`` unless ``credentials``)."""
    return ClientConfig(
        account,
        credentials or Credentials.from_auth_token(account, token),
        BaseUrls.build(base_url),
        user_agent,
        default_region=default_region,
    )


def assert_request(
    request: Request,
    method: str,
    url: str,
    body: bytes = b"",
    *,
    auth: str = AUTH,
    user_agent: str = USER_AGENT,
) -> None:
    """Check a request byte for byte: a POST (or a body) carries the form's content type."""
    assert request.method == method
    assert request.url == url
    assert request.body == body
    headers = [("authorization", auth), ("user-agent", user_agent), ("accept", "application/json")]
    if method == "POST" or body:
        headers.append(("content-type", FORM))
    assert request.headers == tuple(headers)


def json_response(
    data: object, status: int = 200, headers: Headers | list[tuple[str, str]] = JSON_HEADERS
) -> Response:
    """A response whose body is ``data`` as JSON."""
    return Response(status, headers, json.dumps(data).encode())


def page_2010(
    key: str, records: list[Any], next_uri: str | None, *, uri: str = "/first"
) -> dict[str, Any]:
    """An API 2010 page (first of its listing, two records a page) of ``records``."""
    return {
        key: records,
        "page": 0,
        "page_size": 2,
        "start": 0,
        "end": len(records) - 1,
        "uri": uri,
        "first_page_uri": uri,
        "next_page_uri": next_uri,
        "previous_page_uri": None,
    }


def meta_page(
    key: str,
    records: list[Any],
    next_url: str | None,
    *,
    list_url: str,
    page: int = 0,
    page_size: int = 50,
) -> dict[str, Any]:
    """A newer API's page (``meta``) of ``records``, listed at ``list_url``."""
    meta = {
        "key": key,
        "page": page,
        "page_size": page_size,
        "first_page_url": f"{list_url}?PageSize={page_size}&Page=0",
        "previous_page_url": None,
        "next_page_url": next_url,
        "url": f"{list_url}?PageSize={page_size}&Page={page}",
    }
    return {key: records, "meta": meta}


def openapi_document(name: str = API_2010) -> dict[str, Any]:
    """Load one of Twilio's OpenAPI documents, or skip the test when they are not here.

    The folder is ``TWILIO_OAI_DIR`` if set, else ``../shared/twilio-oai`` beside the
    repository.
    """
    configured = os.environ.get("TWILIO_OAI_DIR")
    repo = Path(__file__).resolve().parents[2]
    folder = Path(configured) if configured else repo.parent / "shared" / "twilio-oai"
    path = folder / name
    if not path.is_file():
        pytest.skip("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def openapi_schemas(name: str = API_2010) -> dict[str, Any]:
    """The schemas (``components.schemas``) of one of Twilio's OpenAPI documents."""
    schemas: dict[str, Any] = openapi_document(name)["components"]["schemas"]
    return schemas


def assert_model_covers(schemas: dict[str, Any], schema: str, model: type[Record]) -> None:
    """Check that ``model`` reads every property of ``schema``."""
    properties = set(schemas[schema]["properties"])
    missing = properties - set(model.field_names().values())
    assert not missing, f"{model.__name__} lacks {sorted(missing)} of {schema}"


def assert_enum_covers(schemas: dict[str, Any], schema: str, enum: type[Enum]) -> None:
    """Check that ``enum`` declares every value of the enum ``schema``."""
    declared = {member.value for member in enum}
    missing = set(schemas[schema]["enum"]) - declared
    assert not missing, f"{enum.__name__} lacks {sorted(missing)} of {schema}"


def assert_choices_cover(
    schemas: dict[str, Any],
    schema: str,
    model: type[Record],
    enums: Mapping[str, type[OpenStrEnum]],
) -> None:
    """Check ``model`` against ``schema``: every property, and every enum value as known.

    ``enums`` maps each property that refers to an enum schema (``$ref``), and only those,
    to the enum its field reads.
    """
    assert_model_covers(schemas, schema, model)
    properties = schemas[schema]["properties"]
    assert {key for key, spec in properties.items() if "$ref" in spec} == set(enums)
    attribute = {key: name for name, key in model.field_names().items()}
    for key, enum in enums.items():
        for value in schemas[properties[key]["$ref"].rsplit("/", 1)[1]]["enum"]:
            member = getattr(model.from_json({key: value}), attribute[key])
            assert isinstance(member, enum), (key, value)
            assert member.is_known, (key, value)
