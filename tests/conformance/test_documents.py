"""Offline: every response example of the documents parses, and every model covers its schema.

For each supported operation (found by matching each case's request to the documents),
every example of its 2xx responses is fed to the operation's own parser and every field of
every record is read. The record schema behind the operation must be covered by the model:
each property is a field, and each value of each enum property is a member the model's
enum knows.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

import pytest

from tests.conformance import _oai
from tests.conformance._drive import offline_config
from tests.conformance._models import read_record
from tests.conformance.cases import CASES, Case
from twilio_sansio.core.enums import OpenStrEnum
from twilio_sansio.core.http import Response
from twilio_sansio.core.model import Record
from twilio_sansio.core.operation import Operation
from twilio_sansio.core.paging import Page
from twilio_sansio.core.resources.endpoints import EndpointOperations

JSON = (("content-type", "application/json"),)
NAMED = [case for case in CASES if case.operations is not EndpointOperations]


def _first_operation(case: Case) -> Operation[Any]:
    built = getattr(case.operations(offline_config()), case.method)(*case.args, **case.kwargs)
    if isinstance(built, Operation):
        return built
    operation = built.next_operation()
    assert isinstance(operation, Operation)
    return operation


def _doc_operation(operation: Operation[Any]) -> _oai.DocOperation:
    request = operation.request
    product = _oai.product_of_url(request.url)
    op = _oai.match(product, request.method, request.url)
    assert op is not None, request.url
    return op


def _records(result: Any) -> list[Record]:
    if isinstance(result, Page):
        return list(result.records)
    if isinstance(result, Record):
        return [result]
    return []


@pytest.mark.parametrize("case", NAMED, ids=[case.id for case in NAMED])
def test_every_example_parses_into_the_model(case: Case) -> None:
    operation = _first_operation(case)
    op = _doc_operation(operation)
    for status, _name, value in _oai.examples(op):
        response = Response(status, JSON, json.dumps(value).encode())
        for record in _records(operation.parse(response)):
            read_record(record)
    if op.method != "DELETE":
        assert list(_oai.examples(op)), f"{op.operation_id} has no example"


def _model_of(case: Case) -> type[Record] | None:
    operation = _first_operation(case)
    for status, _, value in _oai.examples(_doc_operation(operation)):
        records = _records(operation.parse(Response(status, JSON, json.dumps(value).encode())))
        if records:
            return type(records[0])
    return None


def _covered_schemas() -> dict[tuple[str, str], type[Record]]:
    """Each supported operation's record schema ``(product, schema name)`` and its model."""
    found: dict[tuple[str, str], type[Record]] = {}
    for case in NAMED:
        op = _doc_operation(_first_operation(case))
        schema = _oai.record_schema_name(op)
        model = _model_of(case)
        if schema is not None and model is not None:
            found[(op.product, schema)] = model
    return found


def _schema_problems(
    model: type[Record], schema_name: str, schemas: dict[str, Any], problems: list[str]
) -> None:
    """Check that ``model`` covers ``schema_name``: its properties, enums, nested objects."""
    properties: dict[str, Any] = schemas[schema_name].get("properties", {})
    by_key = {key: name for name, key in model.field_names().items()}
    for key, spec in properties.items():
        if key not in by_key:
            problems.append(f"{model.__name__} lacks {key!r} of {schema_name}")
            continue
        ref = spec.get("$ref")
        if not ref:
            continue
        target_name = ref.rsplit("/", 1)[1]
        target = schemas[target_name]
        if target.get("properties"):
            # A nested object (Lookup's data packages) is a model of its own.
            nested = getattr(model.from_json({key: {}}), by_key[key])
            if not isinstance(nested, Record):
                problems.append(f"{model.__name__}.{by_key[key]} reads {key!r} untyped")
            else:
                _schema_problems(type(nested), target_name, schemas, problems)
            continue
        for value in target.get("enum", []):
            member = getattr(model.from_json({key: value}), by_key[key])
            if not isinstance(member, Enum):
                problems.append(f"{model.__name__}.{by_key[key]} reads {key!r} as text")
                break
            if isinstance(member, OpenStrEnum) and not member.is_known:
                problems.append(f"{type(member).__name__} lacks {value!r} ({schema_name})")


def test_every_model_covers_its_schema_and_its_enums() -> None:
    problems: list[str] = []
    covered = _covered_schemas()
    assert covered
    for (product, schema_name), model in sorted(covered.items(), key=lambda item: item[0]):
        document = _oai.document(product)
        assert document is not None
        _schema_problems(model, schema_name, document["components"]["schemas"], problems)
    assert not problems, "\n".join(problems)


def test_line_type_reads_the_documents_own_lookup_examples() -> None:
    """``lookups.line_type`` has no Prism case (Prism answers the first example): here."""
    from twilio_sansio.core.resources.lookups.packages import LineType
    from twilio_sansio.core.resources.lookups.product import LookupOperations, NumberLookupError

    operation = LookupOperations(offline_config()).line_type("+14159929960")
    op = _doc_operation(operation)
    answers = {name: value for _, name, value in _oai.examples(op)}
    line_type = answers["fetchLineTypeIntelligence"]
    assert operation.parse(Response(200, JSON, json.dumps(line_type).encode())) == (
        LineType.NON_FIXED_VOIP
    )
    with pytest.raises(NumberLookupError) as info:
        operation.parse(Response(200, JSON, json.dumps(answers["fetchInvalid"]).encode()))
    assert info.value.validation_errors == ("TOO_LONG",)
