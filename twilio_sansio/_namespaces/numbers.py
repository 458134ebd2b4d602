"""Phone numbers: the account's, their add-ons, and those for sale."""

from __future__ import annotations

from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records
from twilio_sansio.core.resources.available_numbers import AvailableNumberOperations
from twilio_sansio.core.resources.incoming_number_add_ons import (
    IncomingNumberAddOnExtensionOperations,
    IncomingNumberAddOnOperations,
)
from twilio_sansio.core.resources.incoming_numbers import IncomingNumberOperations

C = TypeVar("C")

__all__ = [
    "AvailableNumbersNamespace",
    "IncomingNumberAddOnExtensionsNamespace",
    "IncomingNumberAddOnsNamespace",
    "IncomingNumbersNamespace",
]


class IncomingNumbersNamespace(Namespace[IncomingNumberOperations, C]):
    """The account's phone numbers: buy, fetch, update, release and list."""

    buy_number = call(IncomingNumberOperations.buy_number)
    create = call(IncomingNumberOperations.create)
    create_local = call(IncomingNumberOperations.create_local)
    create_mobile = call(IncomingNumberOperations.create_mobile)
    create_toll_free = call(IncomingNumberOperations.create_toll_free)
    get = call(IncomingNumberOperations.get)
    update = call(IncomingNumberOperations.update)
    release = call(IncomingNumberOperations.release)
    delete = call(IncomingNumberOperations.delete)
    get_page = call(IncomingNumberOperations.get_page)
    get_local_page = call(IncomingNumberOperations.get_local_page)
    get_mobile_page = call(IncomingNumberOperations.get_mobile_page)
    get_toll_free_page = call(IncomingNumberOperations.get_toll_free_page)
    get_local_page_at = call(IncomingNumberOperations.get_local_page_at)
    get_mobile_page_at = call(IncomingNumberOperations.get_mobile_page_at)
    get_toll_free_page_at = call(IncomingNumberOperations.get_toll_free_page_at)
    get_local_page_iterator = pages(IncomingNumberOperations.get_local_page)
    get_mobile_page_iterator = pages(IncomingNumberOperations.get_mobile_page)
    get_toll_free_page_iterator = pages(IncomingNumberOperations.get_toll_free_page)
    iterate_local = records(IncomingNumberOperations.get_local_page)
    iterate_mobile = records(IncomingNumberOperations.get_mobile_page)
    iterate_toll_free = records(IncomingNumberOperations.get_toll_free_page)
    get_page_at = call(IncomingNumberOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberOperations.get_page)
    iterate = records(IncomingNumberOperations.get_page)


class IncomingNumberAddOnsNamespace(Namespace[IncomingNumberAddOnOperations, C]):
    """Add-ons assigned to one number (number SID first): assign, fetch, list, remove."""

    create = call(IncomingNumberAddOnOperations.create)
    get = call(IncomingNumberAddOnOperations.get)
    delete = call(IncomingNumberAddOnOperations.delete)
    get_page = call(IncomingNumberAddOnOperations.get_page)
    get_page_at = call(IncomingNumberAddOnOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberAddOnOperations.get_page)
    iterate = records(IncomingNumberAddOnOperations.get_page)


class IncomingNumberAddOnExtensionsNamespace(Namespace[IncomingNumberAddOnExtensionOperations, C]):
    """Extensions of an add-on assigned to a number (number, add-on SIDs first): fetch, list."""

    get = call(IncomingNumberAddOnExtensionOperations.get)
    get_page = call(IncomingNumberAddOnExtensionOperations.get_page)
    get_page_at = call(IncomingNumberAddOnExtensionOperations.get_page_at)
    get_page_iterator = pages(IncomingNumberAddOnExtensionOperations.get_page)
    iterate = records(IncomingNumberAddOnExtensionOperations.get_page)


class AvailableNumbersNamespace(Namespace[AvailableNumberOperations, C]):
    """Numbers for sale: search by country and type; the countries list."""

    get_country = call(AvailableNumberOperations.get_country)
    get_countries_page = call(AvailableNumberOperations.get_countries_page)
    get_countries_page_at = call(AvailableNumberOperations.get_countries_page_at)
    get_countries_page_iterator = pages(AvailableNumberOperations.get_countries_page)
    iterate_countries = records(AvailableNumberOperations.get_countries_page)
    get_page = call(AvailableNumberOperations.get_page)
    get_page_at = call(AvailableNumberOperations.get_page_at)
    get_page_iterator = pages(AvailableNumberOperations.get_page)
    iterate = records(AvailableNumberOperations.get_page)
