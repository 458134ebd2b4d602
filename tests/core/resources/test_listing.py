"""The listing base: what a resource declares becomes its paths, checks and builders."""

from __future__ import annotations

import inspect

import pytest

from tests.core._support import ACCOUNT, ROOT, json_response, make_config
from twilio_sansio.core.encoding import ParamValue
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.model import Record, Sid, Text
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources._listing import (
    DeletableOperations,
    ListingOperations,
    RecordOperations,
    page_query,
)

THING = "TH" + "a" * 32
PARENT = "PA" + "b" * 32
ACCOUNT_ROOT = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}"


class Thing(Record):
    __slots__ = ()

    sid = Sid()
    name = Text()


class ThingOperations(DeletableOperations["ThingOperations", Thing]):
    __slots__ = ()

    model = Thing
    list_key = "things"
    path = "Things"
    sid_name = "thing_sid"
    sid_prefixes = ("TH",)

    def get_page(
        self, /, *, page_size: int | None = None, **params: ParamValue
    ) -> Operation[Page[Thing]]:
        return self._first_page(page_query(page_size, params))


class PartOperations(ListingOperations["PartOperations", Thing]):
    __slots__ = ()

    model = Thing
    list_key = "parts"
    path = "Parents/{}/Parts"
    sid_prefixes = ("TH",)
    parent_name = "parent_sid"
    parent_prefixes = ("PA",)

    def first(self, parent_sid: str | None) -> str:
        return self._first_page({}, parent_sid).request.url

    def item(self, parent_sid: str, sid: str) -> str:
        return self._get_item(parent_sid, sid).request.url


class MonitorThingOperations(RecordOperations["MonitorThingOperations", Thing]):
    __slots__ = ()

    model = Thing
    list_key = "things"
    path = "/v1/Things"
    product = "monitor"
    sid_prefixes = ("TH",)


def test_a_declared_resource_gets_get_delete_and_page_at_on_its_own_path() -> None:
    things = ThingOperations(make_config())
    assert things.get(THING).request.url == f"{ACCOUNT_ROOT}/Things/{THING}.json"
    deleted = things.delete(THING)
    assert (deleted.request.method, deleted.request.url) == (
        "DELETE",
        f"{ACCOUNT_ROOT}/Things/{THING}.json",
    )
    assert deleted.parse(json_response({"code": 20404}, 404)) is None
    cursor = "/2010-04-01/Accounts/x/Things.json?Page=1"
    assert things.get_page_at(cursor).request.url == ROOT + cursor


def test_a_declared_resource_parses_its_model_from_its_list_key() -> None:
    things = ThingOperations(make_config())
    first = things.get_page(page_size=5)
    assert first.request.url == f"{ACCOUNT_ROOT}/Things.json?PageSize=5"
    page = first.parse(json_response({"things": [{"sid": THING}]}))
    assert [type(t) for t in page.records] == [Thing]
    assert things.get(THING).parse(json_response({"sid": THING, "name": "x"})).name == "x"


def test_a_sid_is_checked_under_its_declared_name_and_prefixes() -> None:
    with pytest.raises(InvalidArgument, match="thing_sid must be TH"):
        ThingOperations(make_config()).get("XX" + "a" * 32)


def test_a_nested_resource_checks_and_encodes_its_parent_first() -> None:
    parts = PartOperations(make_config())
    assert parts.first(PARENT) == f"{ACCOUNT_ROOT}/Parents/{PARENT}/Parts.json"
    assert parts.item(PARENT, THING) == f"{ACCOUNT_ROOT}/Parents/{PARENT}/Parts/{THING}.json"
    with pytest.raises(InvalidArgument, match="parent_sid"):
        parts.item("bad", "also bad")
    with pytest.raises(InvalidArgument, match="parent_sid"):
        parts.first(None)


def test_an_absolute_path_is_on_its_products_host_without_json() -> None:
    operation = MonitorThingOperations(make_config(None)).get(THING)
    assert operation.request.url == f"https://monitor.twilio.com/v1/Things/{THING}"


def test_the_shared_builders_keep_their_signatures_and_docstrings() -> None:
    assert list(inspect.signature(ThingOperations.get).parameters) == ["self", "sid"]
    assert list(inspect.signature(ThingOperations.get_page_at).parameters) == ["self", "cursor"]
    assert "404" in (ThingOperations.delete.__doc__ or "")
    assert not hasattr(MonitorThingOperations, "delete")
    assert not hasattr(PartOperations, "get")
