"""Add-ons assigned to numbers and their extensions: requests, pages, models, bad input."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core._support import (
    ACCOUNT,
    ROOT,
    WHEN,
    WHEN_DT,
    assert_model_covers,
    assert_request,
    json_response,
    make_config,
    openapi_schemas,
    page_2010,
)
from twilio_sansio.core.errors import InvalidArgument
from twilio_sansio.core.resources.incoming_number_add_ons import (
    AssignedAddOn,
    AssignedAddOnExtension,
    IncomingNumberAddOnExtensionOperations,
    IncomingNumberAddOnOperations,
)

NUMBER = "PN" + "1" * 32
ADD_ON = "XE" + "2" * 32
EXTENSION = "XF" + "3" * 32
ADD_ONS = f"{ROOT}/2010-04-01/Accounts/{ACCOUNT}/IncomingPhoneNumbers/{NUMBER}/AssignedAddOns"
NOTHING: Any = None
EXTENSIONS = f"{ADD_ONS}/{ADD_ON}/Extensions"


def add_ons() -> IncomingNumberAddOnOperations:
    return IncomingNumberAddOnOperations(make_config())


def extensions() -> IncomingNumberAddOnExtensionOperations:
    return IncomingNumberAddOnExtensionOperations(make_config())


def test_create_assigns_the_installed_add_on() -> None:
    operation = add_ons().create(NUMBER, ADD_ON)
    assert_request(
        operation.request, "POST", f"{ADD_ONS}.json", f"InstalledAddOnSid={ADD_ON}".encode()
    )


def test_get_delete_and_the_listing_address_the_number_add_ons() -> None:
    assert_request(add_ons().get(NUMBER, ADD_ON).request, "GET", f"{ADD_ONS}/{ADD_ON}.json")
    delete = add_ons().delete(NUMBER, ADD_ON)
    assert_request(delete.request, "DELETE", f"{ADD_ONS}/{ADD_ON}.json")
    assert delete.parse(json_response({"code": 20404, "message": "gone"}, 404)) is None
    page = add_ons().get_page(NUMBER, page_size=20)
    assert_request(page.request, "GET", f"{ADD_ONS}.json?PageSize=20")


def test_extensions_are_fetched_and_listed_under_their_assignment() -> None:
    get = extensions().get(NUMBER, ADD_ON, EXTENSION)
    assert_request(get.request, "GET", f"{EXTENSIONS}/{EXTENSION}.json")
    page = extensions().get_page(NUMBER, ADD_ON, page_size=5, Page=1)
    assert_request(page.request, "GET", f"{EXTENSIONS}.json?PageSize=5&Page=1")


ADD_ON_JSON: dict[str, Any] = {
    "sid": ADD_ON,
    "account_sid": ACCOUNT,
    "resource_sid": NUMBER,
    "friendly_name": "Caller Name",
    "description": "Who calls",
    "configuration": {"bad_request_ratio": 0.5},
    "unique_name": "caller-name",
    "date_created": WHEN,
    "date_updated": WHEN,
    "uri": f"/2010-04-01/Accounts/{ACCOUNT}/IncomingPhoneNumbers/{NUMBER}/AssignedAddOns/x.json",
    "subresource_uris": {"extensions": "/Extensions.json"},
}
EXTENSION_JSON: dict[str, Any] = {
    "sid": EXTENSION,
    "account_sid": ACCOUNT,
    "resource_sid": NUMBER,
    "assigned_add_on_sid": ADD_ON,
    "friendly_name": "Caller Name for Lookups",
    "product_name": "Lookups",
    "unique_name": "lookups",
    "uri": "/x.json",
    "enabled": True,
}


def test_the_models_convert_twilios_fields() -> None:
    assigned = add_ons().get(NUMBER, ADD_ON).parse(json_response(ADD_ON_JSON))
    assert isinstance(assigned, AssignedAddOn)
    assert (assigned.resource_sid, assigned.date_created) == (NUMBER, WHEN_DT)
    assert assigned.configuration == {"bad_request_ratio": 0.5}
    assert assigned.subresource_uris == {"extensions": "/Extensions.json"}
    page = (
        extensions()
        .get_page(NUMBER, ADD_ON)
        .parse(json_response(page_2010("extensions", [EXTENSION_JSON], None)))
    )
    (extension,) = page.records
    assert isinstance(extension, AssignedAddOnExtension)
    assert (extension.enabled, extension.product_name) == (True, "Lookups")
    schemas = openapi_schemas()
    base = "api.v2010.account.incoming_phone_number.incoming_phone_number_assigned_add_on"
    assert_model_covers(schemas, base, AssignedAddOn)
    extension_schema = f"{base}.incoming_phone_number_assigned_add_on_extension"
    assert_model_covers(schemas, extension_schema, AssignedAddOnExtension)


@pytest.mark.parametrize(
    ("build", "named"),
    [
        (lambda: add_ons().create("PN1", ADD_ON), "number_sid"),
        (lambda: add_ons().create(NUMBER, EXTENSION), "installed_add_on_sid"),
        (lambda: add_ons().get(NUMBER, "XE1"), "sid"),
        (lambda: add_ons().delete(ADD_ON, ADD_ON), "number_sid"),
        (lambda: add_ons().get_page(NUMBER, page_size=0), "page_size"),
        (lambda: add_ons().get_page(NOTHING), "number_sid"),
        (lambda: extensions().get(ADD_ON, ADD_ON, EXTENSION), "number_sid"),
        (lambda: extensions().get(NUMBER, NUMBER, EXTENSION), "assigned_add_on_sid"),
        (lambda: extensions().get(NUMBER, ADD_ON, ADD_ON), "sid"),
        (lambda: extensions().get(NUMBER, ADD_ON, NOTHING), "sid"),
        (lambda: extensions().get_page(NUMBER, "XE/../x"), "assigned_add_on_sid"),
        (lambda: extensions().get_page(NUMBER, ADD_ON, page_size=1001), "page_size"),
    ],
)
def test_bad_input_is_refused_before_a_request(build: Any, named: str) -> None:
    with pytest.raises(InvalidArgument, match=named):
        build()
