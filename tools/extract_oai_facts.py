"""Extract from Twilio's OpenAPI documents the facts the tests need; commit them as test data.

The tests check the client, its models and the fake Twilio against Twilio's OpenAPI
documents (the 55 files of twilio/twilio-oai's ``spec/json``). A fresh clone has no copy
of them, so this tool keeps, of every document, only what the tests read:

- ``servers`` (the host) of the document and of each path;
- every path, its methods and each operation's ``operationId``;
- each parameter's name, where it goes (``in``: path, query, header), whether it is
  required and its schema; request bodies by media type (form or JSON) with their schemas;
- each response status with its media types, schemas and examples (``example``,
  ``examples``); ``components`` (schemas, parameters, responses, examples) the same way;
- of a schema: types, formats, enums, patterns, bounds, nullability, required
  properties, defaults and ``example`` values, and the structure below it.

Descriptions, summaries, titles, tags, contact and terms, security schemes, headers and
every ``x-`` extension are left out. What is kept has the OpenAPI shape, so the tests read
the facts and the real documents with the same code. The output records where the
documents came from: the source repository's commit (from the folder's ``README.md``, or
its git HEAD) and a SHA-256 of the documents' bytes.

Usage::

    python tools/extract_oai_facts.py            # write tests/data/twilio_oai_facts.json.gz
    python tools/extract_oai_facts.py --check    # exit 1 if the committed facts are stale

The documents are read from ``--documents``, else ``TWILIO_OAI_DIR``, else
``../shared/twilio-oai`` beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FACTS = REPO / "tests" / "data" / "twilio_oai_facts.json.gz"
LICENSE_COPY = REPO / "tests" / "data" / "twilio_oai_LICENSE"
FORMAT = 1
"""The version of the facts' layout; a reader refuses any other."""

SOURCE_REPOSITORY = "twilio/twilio-oai"
METHODS = ("get", "put", "post", "delete", "patch")

_Node = dict[str, Any]
_Keep = Callable[[Any], Any]

# Schema keywords that say what a value may be; anything else (description, title,
# x-twilio, ...) is prose or a code generator's hint.
_SCHEMA_VALUES = (
    "$ref", "type", "format", "enum", "pattern", "nullable", "required", "default",
    "example", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
    "minProperties", "maxProperties", "readOnly", "writeOnly", "deprecated", "discriminator",
)  # fmt: skip


def default_documents_folder() -> Path:
    """``TWILIO_OAI_DIR`` if set, else ``../shared/twilio-oai`` beside the repository."""
    configured = os.environ.get("TWILIO_OAI_DIR")
    return Path(configured) if configured else REPO.parent / "shared" / "twilio-oai"


def _pick(node: Mapping[str, Any], keep: Mapping[str, _Keep]) -> _Node:
    """The keys of ``node`` named in ``keep``, in the document's order, each kept its way."""
    return {key: keep[key](value) for key, value in node.items() if key in keep}


def _verbatim(value: Any) -> Any:
    return value


def _each(keep: _Keep) -> _Keep:
    """Keep every value of a mapping (keyed by names, not keywords) with ``keep``."""
    return lambda mapping: {name: keep(value) for name, value in mapping.items()}


def _every(keep: _Keep) -> _Keep:
    """Keep every item of a list with ``keep``."""
    return lambda items: [keep(item) for item in items]


def schema(node: Any) -> Any:
    """A schema's validation keywords and the schemas below it."""
    if not isinstance(node, dict):
        return node  # ``additionalProperties: true``
    keep: dict[str, _Keep] = dict.fromkeys(_SCHEMA_VALUES, _verbatim)
    keep |= {
        "properties": _each(schema),
        "items": schema,
        "additionalProperties": schema,
        "not": schema,
        "oneOf": _every(schema),
        "anyOf": _every(schema),
        "allOf": _every(schema),
    }
    return _pick(node, keep)


def _example(node: _Node) -> _Node:
    return _pick(node, {"$ref": _verbatim, "value": _verbatim})


def media(node: _Node) -> _Node:
    """A media type object: its schema and examples."""
    return _pick(node, {"schema": schema, "example": _verbatim, "examples": _each(_example)})


def parameter(node: _Node) -> _Node:
    """A parameter: name, where it goes, whether required, its schema and serialization."""
    keep = dict.fromkeys(("$ref", "name", "in", "required", "style", "explode"), _verbatim)
    return _pick(node, keep | {"schema": schema})


def request_body(node: _Node) -> _Node:
    """A request body: whether required, and its schema per media type."""
    return _pick(node, {"$ref": _verbatim, "required": _verbatim, "content": _each(media)})


def response(node: _Node) -> _Node:
    """A response: its schema and examples per media type (headers are left out)."""
    return _pick(node, {"$ref": _verbatim, "content": _each(media)})


def _servers(servers: list[_Node]) -> list[_Node]:
    return [_pick(server, {"url": _verbatim, "variables": _verbatim}) for server in servers]


def operation(node: _Node) -> _Node:
    """An operation: its id, parameters, request body, responses (and servers, if any)."""
    return _pick(
        node,
        {
            "operationId": _verbatim,
            "deprecated": _verbatim,
            "servers": _servers,
            "parameters": _every(parameter),
            "requestBody": request_body,
            "responses": _each(response),
        },
    )


def path_item(node: _Node) -> _Node:
    """A path: its servers, shared parameters and operations."""
    keep: dict[str, _Keep] = {"servers": _servers, "parameters": _every(parameter)}
    return _pick(node, keep | dict.fromkeys(METHODS, operation))


def document_facts(document: _Node) -> _Node:
    """The facts of one OpenAPI document, in the document's own shape."""
    components = {
        "schemas": _each(schema),
        "parameters": _each(parameter),
        "requestBodies": _each(request_body),
        "responses": _each(response),
        "examples": _each(_example),
    }
    return _pick(
        document,
        {
            "openapi": _verbatim,
            "info": lambda info: _pick(info, {"version": _verbatim}),
            "servers": _servers,
            "paths": _each(path_item),
            "components": lambda found: _pick(found, components),
        },
    )


def document_paths(folder: Path) -> list[Path]:
    """The OpenAPI documents in ``folder`` (``*.json``), by name."""
    return sorted(folder.glob("*.json"))


def documents_digest(paths: list[Path]) -> str:
    """A SHA-256 over each document's name and bytes, in name order."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def source_commit(folder: Path) -> str | None:
    """The twilio-oai commit the documents were copied from, if the folder says.

    A git checkout answers with its HEAD; a copy names the commit in its ``README.md``.
    """
    if (folder / ".git").exists():
        head = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        )
        if head.returncode == 0:
            return head.stdout.strip()
    readme = folder / "README.md"
    if readme.is_file():
        found = re.search(r"commit\s+`?([0-9a-f]{40})\b", readme.read_text(encoding="utf-8"))
        if found:
            return found.group(1)
    return None


def extract(folder: Path) -> _Node:
    """The facts of every document in ``folder``, with where they came from.

    Raises:
        FileNotFoundError: ``folder`` holds no ``*.json`` document.
    """
    paths = document_paths(folder)
    if not paths:
        raise FileNotFoundError(f"no OpenAPI documents (*.json) in {folder}")
    return {
        "format": FORMAT,
        "source": {
            "repository": SOURCE_REPOSITORY,
            "commit": source_commit(folder),
            "documents_sha256": documents_digest(paths),
        },
        "documents": {
            path.name: document_facts(json.loads(path.read_text(encoding="utf-8")))
            for path in paths
        },
    }


def encode(facts: _Node) -> bytes:
    """The facts as compact JSON, gzipped reproducibly (no timestamp in the header)."""
    text = json.dumps(facts, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def decode(data: bytes) -> _Node:
    """Facts written by :func:`encode`."""
    facts: _Node = json.loads(gzip.decompress(data))
    return facts


def main(argv: list[str]) -> int:
    """Write the facts (and the documents' license beside them), or check them."""
    parser = argparse.ArgumentParser(
        prog="python tools/extract_oai_facts.py",
        description="Extract the facts the tests need from Twilio's OpenAPI documents.",
    )
    parser.add_argument("--documents", type=Path, default=None, help="the documents' folder")
    parser.add_argument("--output", type=Path, default=FACTS, help=f"default: {FACTS}")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the output is stale"
    )
    args = parser.parse_args(argv)
    folder = args.documents or default_documents_folder()
    facts = extract(folder)
    output: Path = args.output
    if args.check:
        current = decode(output.read_bytes()) if output.is_file() else None
        if current != facts:
            print(f"{output} is stale: run python tools/extract_oai_facts.py")
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(encode(facts))
    if (folder / "LICENSE").is_file() and output == FACTS:
        # MIT: the examples are copied, so the license travels with them.
        LICENSE_COPY.write_bytes((folder / "LICENSE").read_bytes())
    print(f"wrote {output} ({output.stat().st_size:,} bytes) from {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
