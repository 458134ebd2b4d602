"""Every host in Twilio's documents: the committed table, and a request built for each."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests import _openapi
from twilio_sansio import Client
from twilio_sansio.core import products
from twilio_sansio.core.config import DEFAULT_HOSTS, BaseUrls

from ._support import ACCOUNT

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS: dict[str, dict[str, Any]] = _openapi.committed_facts()["documents"]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_products", REPO / "tools" / "generate_products.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_what_the_tool_makes_of_the_committed_facts() -> None:
    committed = (REPO / "twilio_sansio" / "core" / "products.py").read_text(encoding="utf-8")
    assert committed == _tool().render(DOCUMENTS), "run tools/generate_products.py --facts"


def test_the_table_covers_every_document_and_host() -> None:
    named = {name for names in products.PRODUCT_DOCUMENTS.values() for name in names}
    assert named == set(DOCUMENTS)
    assert len(DOCUMENTS) == 55
    assert len(products.PRODUCTS) == 38
    assert set(DEFAULT_HOSTS) == products.PRODUCTS
    for product in ("api", "verify", "lookups", "messaging", "content", "flex-api"):
        assert DEFAULT_HOSTS[product] == f"{product}.twilio.com"


def test_the_tool_refuses_a_host_it_could_not_build_for_a_region() -> None:
    tool = _tool()
    with pytest.raises(ValueError, match=r"is not https://<product>\.twilio\.com"):
        tool.products({"x.json": {"servers": [{"url": "https://example.com"}], "paths": {}}})


def _servers() -> list[tuple[str, str, str]]:
    """Each document's server URLs, with a path of that document: (document, url, path)."""
    tool = _tool()
    found = []
    for name, document in sorted(DOCUMENTS.items()):
        path = next(iter(document["paths"]))
        for url in sorted(set(tool.server_urls(document))):
            found.append((name, url, path))
    return found


SERVERS = _servers()


def _filled(path: str) -> str:
    return re.sub(r"\{(?!AccountSid\})[^}]+\}", "XX1", path)


def test_every_document_is_walked() -> None:
    assert {name for name, _, _ in SERVERS} == set(DOCUMENTS)


@pytest.mark.parametrize(("document", "server", "path"), SERVERS, ids=[s[0] for s in SERVERS])
def test_a_request_is_built_for_every_documented_host(
    document: str, server: str, path: str
) -> None:
    product = urlsplit(server).hostname.split(".")[0]  # type: ignore[union-attr]
    with (
        Client(ACCOUNT, "token") as client,
        Client(ACCOUNT, "t", region="ie1", edge="dublin") as ie,
    ):
        request = client.endpoints.operations.request("GET", product, _filled(path)).request
        assert request.url.startswith(server.rstrip("/") + "/")
        url = ie.endpoints.operations.request("POST", product, _filled(path)).request.url
        assert urlsplit(url).hostname == f"{product}.dublin.ie1.twilio.com"


def test_a_base_url_mapping_takes_any_product() -> None:
    urls = BaseUrls.build(
        {"verify": "https://verify-proxy.example.com/v", "flex-api": "http://127.0.0.1:9"}
    )
    assert urls.root("verify") == "https://verify-proxy.example.com/v"
    assert urls.root("flex-api") == "http://127.0.0.1:9"
    assert urls.root("lookups") == "https://lookups.twilio.com"
    one = BaseUrls.build("https://proxy.example.com/t")
    assert all(one.root(product) == "https://proxy.example.com/t" for product in DEFAULT_HOSTS)
