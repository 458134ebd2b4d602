"""The account: subaccounts, API keys, caller IDs, applications, Monitor alerts, any endpoint."""

from __future__ import annotations

from typing import TypeVar

from twilio_sansio._binding import Namespace, call, pages, records
from twilio_sansio.core.resources.accounts import AccountOperations
from twilio_sansio.core.resources.alerts import AlertOperations
from twilio_sansio.core.resources.applications import ApplicationOperations
from twilio_sansio.core.resources.endpoints import EndpointOperations
from twilio_sansio.core.resources.keys import KeyOperations
from twilio_sansio.core.resources.outgoing_caller_ids import OutgoingCallerIdOperations

C = TypeVar("C")

__all__ = [
    "AccountsNamespace",
    "AlertsNamespace",
    "ApplicationsNamespace",
    "EndpointsNamespace",
    "KeysNamespace",
    "OutgoingCallerIdsNamespace",
]


class AccountsNamespace(Namespace[AccountOperations, C]):
    """The account and its subaccounts: fetch, create, rename, suspend, close, list."""

    get = call(AccountOperations.get)
    create = call(AccountOperations.create)
    update = call(AccountOperations.update)
    suspend = call(AccountOperations.suspend)
    reactivate = call(AccountOperations.reactivate)
    close = call(AccountOperations.close)
    get_page = call(AccountOperations.get_page)
    get_page_at = call(AccountOperations.get_page_at)
    get_page_iterator = pages(AccountOperations.get_page)
    iterate = records(AccountOperations.get_page)


class AlertsNamespace(Namespace[AlertOperations, C]):
    """Monitor alerts (errors and warnings Twilio logged): fetch and list."""

    get = call(AlertOperations.get)
    get_page = call(AlertOperations.get_page)
    get_page_at = call(AlertOperations.get_page_at)
    get_page_iterator = pages(AlertOperations.get_page)
    iterate = records(AlertOperations.get_page)
    get_page_iterator_in_range = pages(AlertOperations.get_page_in_range)
    iterate_in_range = records(AlertOperations.get_page_in_range)


class KeysNamespace(Namespace[KeyOperations, C]):
    """API keys: create (the only time the secret is shown), fetch, update, delete, list."""

    create = call(KeyOperations.create)
    get = call(KeyOperations.get)
    update = call(KeyOperations.update)
    delete = call(KeyOperations.delete)
    get_page = call(KeyOperations.get_page)
    get_page_at = call(KeyOperations.get_page_at)
    get_page_iterator = pages(KeyOperations.get_page)
    iterate = records(KeyOperations.get_page)


class OutgoingCallerIdsNamespace(Namespace[OutgoingCallerIdOperations, C]):
    """Verified caller IDs: request validation, fetch, update, delete, list."""

    create = call(OutgoingCallerIdOperations.create)
    get = call(OutgoingCallerIdOperations.get)
    update = call(OutgoingCallerIdOperations.update)
    delete = call(OutgoingCallerIdOperations.delete)
    get_page = call(OutgoingCallerIdOperations.get_page)
    get_page_at = call(OutgoingCallerIdOperations.get_page_at)
    get_page_iterator = pages(OutgoingCallerIdOperations.get_page)
    iterate = records(OutgoingCallerIdOperations.get_page)


class ApplicationsNamespace(Namespace[ApplicationOperations, C]):
    """TwiML applications: create, fetch, update, delete, list."""

    create = call(ApplicationOperations.create)
    get = call(ApplicationOperations.get)
    update = call(ApplicationOperations.update)
    delete = call(ApplicationOperations.delete)
    get_page = call(ApplicationOperations.get_page)
    get_page_at = call(ApplicationOperations.get_page_at)
    get_page_iterator = pages(ApplicationOperations.get_page)
    iterate = records(ApplicationOperations.get_page)


class EndpointsNamespace(Namespace[EndpointOperations, C]):
    """Any Twilio endpoint by method, product and path, for what has no namespace yet.

    Every host Twilio's OpenAPI documents name (``api``, ``verify``, ``lookups``,
    ``content``, ``flex-api``, ...); GET, POST, PUT, PATCH and DELETE; form, query or
    JSON bodies and header parameters; both page shapes.
    """

    request = call(EndpointOperations.request)
    get_page = call(EndpointOperations.get_page)
    get_page_at = call(EndpointOperations.get_page_at)
    get_page_iterator = pages(EndpointOperations.get_page)
    iterate = records(EndpointOperations.get_page)
