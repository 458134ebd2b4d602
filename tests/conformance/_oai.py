"""Twilio's OpenAPI documents as the referee: operations, path templates, response schemas.

The documents are read from ``TWILIO_OAI_DIR`` (default ``../shared/twilio-oai`` beside the
repository). Under pytest they are always there: without Twilio's own, the session writes
the committed facts of them out in their place (``tests/_openapi.py``). Outside pytest
(``tools/coverage_page.py``) every helper here returns None (or nothing) when they are
absent, so callers decide what to do.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests import _openapi

#: The document describing each product the library covers.
DOCUMENTS = {
    "api": "twilio_api_v2010.json",
    "monitor": "twilio_monitor_v1.json",
    "verify": "twilio_verify_v2.json",
    "lookups": "twilio_lookups_v2.json",
    "messaging": "twilio_messaging_v1.json",
}

_ACCOUNT = "/2010-04-01/Accounts/{AccountSid}/"
_ACCOUNT_RESOURCES = (
    "Applications",
    "AvailablePhoneNumbers",
    "Calls",
    "Conferences",
    "IncomingPhoneNumbers",
    "Keys",
    "Messages",
    "OutgoingCallerIds",
    "Queues",
    "Recordings",
    "Transcriptions",
)
#: The path templates of the resources the library covers: every operation of the
#: documents under them is listed on the coverage page, supported or not.
COVERED_PATHS = {
    "api": re.compile(
        r"^/2010-04-01/Accounts(\.json|/\{Sid\}\.json)$"
        rf"|^{re.escape(_ACCOUNT)}({'|'.join(_ACCOUNT_RESOURCES)})[./]"
    ),
    "monitor": re.compile(r"^/v1/Alerts(/|$)"),
    "verify": re.compile(
        r"^/v2/Services(/\{Sid\})?$"
        r"|^/v2/Services/\{ServiceSid\}/(Verifications(/\{Sid\})?|VerificationCheck)$"
    ),
    "lookups": re.compile(r"^/v2/PhoneNumbers/\{PhoneNumber\}$"),
    "messaging": re.compile(
        r"^/v1/Services(/\{Sid\})?$|^/v1/Services/\{ServiceSid\}/(PhoneNumbers|ShortCodes|AlphaSenders)"
    ),
}
METHODS = ("get", "post", "delete")


def oai_folder() -> Path | None:
    """The folder of Twilio's OpenAPI documents (or their facts), or None without them."""
    folder = _openapi.configured_folder()
    if all((folder / name).is_file() for name in DOCUMENTS.values()):
        return folder
    return None


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def document(product: str) -> dict[str, Any] | None:
    """The OpenAPI document of ``product`` (``"api"``, ``"monitor"``), or None when absent."""
    folder = oai_folder()
    if folder is None:
        return None
    return _load(folder / DOCUMENTS[product])


@dataclass(frozen=True)
class DocOperation:
    """One operation of a document: a method on a path template.

    Attributes:
        product: ``"api"`` or ``"monitor"``.
        method: The HTTP method, upper case.
        path: The path template (``/2010-04-01/Accounts/{AccountSid}/Messages.json``).
        operation_id: The document's ``operationId``.
        spec: The operation object.
    """

    product: str
    method: str
    path: str
    operation_id: str
    spec: dict[str, Any]

    @property
    def pattern(self) -> re.Pattern[str]:
        """A regular expression matching concrete paths of this template."""
        parts = re.split(r"(\{[^}]+\})", self.path)
        body = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
        return re.compile(f"^{body}$")

    @property
    def literal_length(self) -> int:
        """How much of the template is literal text (more literal text matches first)."""
        return len(re.sub(r"\{[^}]+\}", "", self.path))


def operations(product: str, *, covered_only: bool = True) -> list[DocOperation]:
    """The operations of ``product``'s document, under the covered paths unless told."""
    spec = document(product)
    if spec is None:
        return []
    found = []
    for path, item in spec["paths"].items():
        if covered_only and not COVERED_PATHS[product].search(path):
            continue
        for method in METHODS:
            if method in item:
                op = item[method]
                found.append(DocOperation(product, method.upper(), path, op["operationId"], op))
    return found


@functools.cache
def _by_specificity(product: str) -> tuple[DocOperation, ...]:
    every = operations(product, covered_only=False)
    return tuple(sorted(every, key=lambda op: -op.literal_length))


def match(product: str, method: str, url_or_path: str) -> DocOperation | None:
    """The document operation a request's method and path (or URL) match, or None.

    A literal segment wins over a parameter (``IncomingPhoneNumbers/Local.json`` is not
    the number ``Local``).
    """
    path = urlsplit(url_or_path).path
    for op in _by_specificity(product):
        if op.method == method.upper() and op.pattern.match(path):
            return op
    return None


def product_of(url: str, roots: dict[str, str]) -> str | None:
    """The product whose root (``{"api": "http://127.0.0.1:1"}``) ``url`` is under."""
    for product, root in roots.items():
        if url.startswith(root.rstrip("/") + "/"):
            return product
    return None


def resolve(spec: dict[str, Any], node: Any, _seen: frozenset[str] = frozenset()) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points to (recursively)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in _seen:
                return {}
            target: Any = spec
            for part in ref[2:].split("/"):
                target = target[part]
            return resolve(spec, target, _seen | {ref})
        return {key: resolve(spec, value, _seen) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(spec, value, _seen) for value in node]
    return node


def json_response(op: DocOperation, status: int) -> dict[str, Any] | None:
    """The ``application/json`` media object of ``op``'s response ``status``, if declared."""
    response = op.spec.get("responses", {}).get(str(status))
    if response is None:
        return None
    media: dict[str, Any] | None = response.get("content", {}).get("application/json")
    return media


def success_statuses(op: DocOperation) -> list[int]:
    """The 2xx statuses ``op`` declares; its 3xx ones when it declares no 2xx.

    An operation whose answer is a redirect (a recording add-on payload's ``Data``: 307
    with ``redirect_to``) succeeds with that redirect.
    """
    codes = [int(code) for code in op.spec.get("responses", {}) if code[:1] in "23"]
    successes = [code for code in codes if code < 300]
    return sorted(successes or codes)


def response_schema(op: DocOperation, status: int) -> dict[str, Any] | None:
    """The resolved JSON schema of ``op``'s response ``status``, if the document has one."""
    media = json_response(op, status)
    spec = document(op.product)
    if media is None or "schema" not in media or spec is None:
        return None
    schema: dict[str, Any] = resolve(spec, media["schema"])
    return schema


def record_schema_name(op: DocOperation) -> str | None:
    """The ``components.schemas`` name of the record ``op`` returns (a page's items too)."""
    for status in success_statuses(op):
        media = json_response(op, status)
        if media is None or "schema" not in media:
            continue
        schema = media["schema"]
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[1]
        for value in schema.get("properties", {}).values():
            items = value.get("items", {}) if value.get("type") == "array" else {}
            if "$ref" in items:
                return str(items["$ref"]).rsplit("/", 1)[1]
    return None


def examples(op: DocOperation) -> Iterator[tuple[int, str, Any]]:
    """Every response example of ``op``'s 2xx responses: ``(status, name, value)``."""
    for status in success_statuses(op):
        media = json_response(op, status) or {}
        for name, example in (media.get("examples") or {}).items():
            yield status, name, example.get("value")


#: Twilio's error body (``{code, message, more_info, status}``), as the v2010 document
#: does not declare one; ``code`` and ``status`` are integers, the others strings.
TWILIO_ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code", "message", "status"],
    "properties": {
        "code": {"type": "integer"},
        "message": {"type": "string"},
        "more_info": {"type": "string"},
        "status": {"type": "integer"},
    },
}


def schema_errors(schema: dict[str, Any], value: Any) -> list[str]:
    """Where ``value`` breaks the OpenAPI 3.0 ``schema`` (``format`` is not enforced).

    Twilio's ``uri`` values are relative, so a ``format: uri`` check would reject every
    record; only types, enums, required properties, nullability and the like are checked.
    """
    from openapi_schema_validator import OAS30Validator

    validator = OAS30Validator(schema)
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(body)'}: {error.message}"
        for error in validator.iter_errors(value)
    ]


def product_of_path(path: str) -> str | None:
    """The product whose document a path belongs to (``/2010-04-01/…`` → ``"api"``).

    Beyond API 2010, a path belongs to the product whose covered operations it matches
    (``/v1/Alerts`` → ``"monitor"``, ``/v2/PhoneNumbers/+1…`` → ``"lookups"``).
    """
    if path.startswith("/2010-04-01/"):
        return "api"
    for product in DOCUMENTS:
        if product != "api" and any(op.pattern.match(path) for op in operations(product)):
            return product
    return None


def product_of_url(url: str) -> str:
    """The product a request on Twilio's own hosts goes to: the host's first label."""
    host = urlsplit(url).hostname or ""
    return host.split(".", 1)[0]


def _generic(path: Iterator[Any] | Any) -> str:
    """A JSON path with list indices as ``*`` (``conferences/*/reason_conference_ended``)."""
    return "/".join("*" if isinstance(part, int) else str(part) for part in path)


def _shape(value: Any) -> str:
    """What kind of JSON value this is, telling the empty string apart."""
    if value == "" and isinstance(value, str):
        return "empty string"
    return "null" if value is None else type(value).__name__


def _errors(schema: dict[str, Any], value: Any) -> list[Any]:
    from openapi_schema_validator import OAS30Validator

    return list(OAS30Validator(schema).iter_errors(value))


def _record_path(op: DocOperation, parts: list[Any]) -> str:
    """An error's JSON path relative to the record (a page's ``key/N/`` is dropped)."""
    media = json_response(op, success_statuses(op)[0]) if success_statuses(op) else None
    is_page = media is not None and "$ref" not in media.get("schema", {})
    if is_page and len(parts) >= 2 and isinstance(parts[1], int):
        parts = parts[2:]
    return _generic(parts)


@functools.cache
def example_defects(product: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Where the document's own examples break their record schemas, by schema name.

    Each defect is ``(JSON path in the record, shape of the value)``. The examples show
    a ``latitude`` as a string (``"19.720000"``) where the schema says number, unset
    application SIDs as ``""`` where the schema gives a SID pattern, an ongoing
    conference's ``reason_conference_ended`` as null where the enum is not nullable.
    The examples are what Twilio sends; a response of the same record schema with the
    same shape at the same place is not faulted.
    """
    found: dict[str, set[tuple[str, str]]] = {}
    for op in operations(product):
        name = record_schema_name(op)
        if name is None:
            continue
        for status, _, value in examples(op):
            schema = response_schema(op, status)
            if schema is not None:
                for error in _errors(schema, value):
                    defect = (_record_path(op, list(error.absolute_path)), _shape(error.instance))
                    found.setdefault(name, set()).add(defect)
    return {name: frozenset(defects) for name, defects in found.items()}


def response_problems(method: str, url: str, status: int, body: bytes) -> list[str]:
    """Where a response breaks the documents (empty when the documents are absent).

    A 2xx JSON response must have a status the operation declares and match its schema,
    but for the places where the document's own examples break it the same way
    (:func:`example_defects`); an error response must be Twilio's error body. Bodies that
    are not JSON (media, a 204's empty body) and paths of no document are not judged.
    """
    path = urlsplit(url).path
    product = product_of_path(path)
    if product is None or document(product) is None or not body:
        return []
    try:
        value = json.loads(body)
    except ValueError:
        return []
    where = f"{method} {path} -> {status}"
    if status >= 400:
        return [f"{where}: {e}" for e in schema_errors(TWILIO_ERROR_SCHEMA, value)]
    op = match(product, method, path)
    if op is None or not 200 <= status < 400:
        return []
    declared = success_statuses(op)
    if status >= 300 and status not in declared:
        return []
    if status not in declared:
        return [f"{where}: {op.operation_id} declares {declared}"]
    schema = response_schema(op, status)
    if schema is None:
        return []
    excused = example_defects(product).get(record_schema_name(op) or "", frozenset())
    return [
        f"{where} ({op.operation_id}): {_generic(e.absolute_path) or '(body)'}: {e.message}"
        for e in _errors(schema, value)
        if (_record_path(op, list(e.absolute_path)), _shape(e.instance)) not in excused
    ]
