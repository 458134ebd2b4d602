"""Generate docs/reference/coverage.md: the operations of Twilio's documents supported here.

Every operation of Twilio's OpenAPI documents under the paths of the resources the library
covers is listed (method, path, operationId), supported or not, with the client methods
that reach it. "Supported" means a namespace method builds that request; the conformance
cases (tests/conformance/cases.py) decide it, by matching each case's request against the
documents' path templates, so the page cannot claim what the tests do not send.

Usage: ``python tools/coverage_page.py`` (write the page) or ``--check`` (exit 1 when the
committed page is stale). The documents are read from ``TWILIO_OAI_DIR`` (default
``../shared/twilio-oai``).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "docs" / "reference" / "coverage.md"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests import _openapi  # noqa: E402
from tests.conformance import _oai  # noqa: E402
from tests.conformance._drive import bound_methods, first_request, namespace_of  # noqa: E402
from tests.conformance.cases import CASES, EXCLUDED  # noqa: E402
from twilio_sansio.core.products import PRODUCT_DOCUMENTS  # noqa: E402
from twilio_sansio.core.resources.endpoints import (  # noqa: E402
    RESERVED_HEADERS,
    EndpointOperations,
)

TITLES = {
    "api": "API 2010 (api.twilio.com)",
    "monitor": "Monitor v1 (monitor.twilio.com)",
    "verify": "Verify v2 (verify.twilio.com)",
    "lookups": "Lookup v2 (lookups.twilio.com)",
    "messaging": "Messaging v1 (messaging.twilio.com)",
}


def client_methods() -> dict[tuple[str, str, str], list[str]]:
    """Map each document operation ``(product, method, path)`` to the client methods reaching it."""
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for case in CASES:
        if case.operations is EndpointOperations:
            continue
        request = first_request(case)
        product = urlsplit(request.url).hostname.split(".")[0]  # type: ignore[union-attr]
        op = _oai.match(product, request.method, request.url)
        if op is None:
            raise SystemExit(f"{case.id}: {request.method} {request.url} is in no document")
        attribute, _ = namespace_of(case.operations)
        for name in bound_methods(case.operations, case.method):
            qualified = f"{attribute}.{name}"
            if qualified not in found[(product, op.method, op.path)]:
                found[(product, op.method, op.path)].append(qualified)
    return found


HTTP_METHODS = ("get", "post", "put", "patch", "delete")
BEARER_ONLY = ("twilio_iam_organizations.json", "/Organizations/")
"""Where the documents ask for OAuth 2 bearer tokens (scheme ``oAuth2ClientCredentials``).

The extracted facts leave security schemes out, so the tool names the place here: every
operation under ``/Organizations/`` of the Organizations document (``preview-iam``).
"""


def _host_rows() -> tuple[list[str], list[str], int]:
    """Per-host table rows, the notes on what cannot be sent, and the reachable count."""
    folder = _openapi.configured_folder()
    rows: list[str] = []
    total = json_bodies = with_headers = bearer = 0
    methods: dict[str, int] = defaultdict(int)
    reserved: dict[str, int] = defaultdict(int)
    query_beside_body = 0
    for product, names in PRODUCT_DOCUMENTS.items():
        ops = json_ops = header_ops = 0
        for name in names:
            document = _oai._load(folder / name)
            for path, item in document["paths"].items():
                for method in HTTP_METHODS:
                    if method not in item:
                        continue
                    op = item[method]
                    ops += 1
                    methods[method.upper()] += 1
                    media = op.get("requestBody", {}).get("content", {})
                    json_ops += any("json" in kind for kind in media)
                    params = _oai.resolve(document, op.get("parameters", []))
                    headers = [p["name"] for p in params if p.get("in") == "header"]
                    header_ops += bool(headers)
                    for header in headers:
                        if header.lower() in RESERVED_HEADERS:
                            reserved[header] += 1
                    if media and any(p.get("in") == "query" for p in params):
                        query_beside_body += 1
                    if (name, path[: len(BEARER_ONLY[1])]) == BEARER_ONLY:
                        bearer += 1
        total, json_bodies, with_headers = (
            total + ops,
            json_bodies + json_ops,
            with_headers + header_ops,
        )
        files = ", ".join(f"`{name}`" for name in names)
        rows.append(f"| `{product}.twilio.com` | {files} | {ops} | {json_ops} | {header_ops} |")
    verbs = ", ".join(f"{verb} {count}" for verb, count in sorted(methods.items()))
    notes = [
        f"**{len(PRODUCT_DOCUMENTS)} hosts, {sum(map(len, PRODUCT_DOCUMENTS.values()))} "
        f"documents, {total} operations** ({verbs}); {json_bodies} take a JSON body, "
        f"{with_headers} take header parameters. "
        f"**{total - bearer} of {total} can be sent** with `endpoints.request`.",
        "",
        "What the client still cannot send, and why:",
        "",
        f"- {bearer} operations of `{BEARER_ONLY[0]}` (`preview-iam`, under "
        f"`{BEARER_ONLY[1]}`) authenticate with OAuth 2 bearer tokens; the client sends "
        "HTTP Basic credentials only, and refuses an `Authorization` header parameter.",
    ]
    for header, count in sorted(reserved.items()):
        notes.append(
            f"- The optional `{header}` header parameter of {count} operations: it would "
            "replace the client's own credentials, so `headers=` refuses it; the "
            "operations are sent without it."
        )
    if query_beside_body:
        notes.append(
            f"- {query_beside_body} operation(s) with query parameters beside a request "
            "body: `endpoints.request` sends the parameters of POST, PUT and PATCH in the "
            "body, so such an optional query parameter is left out."
        )
    return rows, notes, total - bearer


def render() -> str:
    """The page, as Markdown."""
    if _oai.oai_folder() is None:
        raise SystemExit("Twilio's OpenAPI documents are not available: set TWILIO_OAI_DIR")
    reached = client_methods()
    host_rows, host_notes, _reachable = _host_rows()
    sections: list[str] = []
    total = supported = 0
    counts: list[str] = []
    for product in _oai.DOCUMENTS:
        document = _oai.document(product)
        assert document is not None
        ops = sorted(_oai.operations(product), key=lambda op: (op.path, op.method))
        done = sum(1 for op in ops if (product, op.method, op.path) in reached)
        total, supported = total + len(ops), supported + done
        version = document.get("info", {}).get("version", "?")
        counts.append(
            f"| {TITLES[product]} | `{_oai.DOCUMENTS[product]}` ({version}) | {done} | {len(ops)} |"
        )
        rows = [
            f"## {TITLES[product]}",
            "",
            "| Method | Path | operationId | Supported | Client methods |",
            "| --- | --- | --- | --- | --- |",
        ]
        for op in ops:
            methods = reached.get((product, op.method, op.path), [])
            status = "yes" if methods else "no"
            shown = ", ".join(f"`{m}`" for m in methods) or "-"
            rows.append(f"| {op.method} | `{op.path}` | {op.operation_id} | {status} | {shown} |")
        sections.append("\n".join(rows))
    defects = "\n".join(
        f"- `{schema}`: " + ", ".join(f"`{path}` as {shape}" for path, shape in sorted(found))
        for product in _oai.DOCUMENTS
        for schema, found in sorted(_oai.example_defects(product).items())
    )
    excluded = "\n".join(
        f"- `{cls.__name__}.{method}`: {reason}"
        for (cls, method), reason in sorted(EXCLUDED.items(), key=lambda item: item[1])
    )
    return (
        "# Coverage of Twilio's API description\n\n"
        "<!-- Generated by tools/coverage_page.py from Twilio's OpenAPI documents; "
        "do not edit. -->\n\n"
        "Every operation of Twilio's OpenAPI documents under the paths of the resources "
        "this library covers, and the client methods that send it. Each supported "
        "operation is sent through `Client` and `AsyncClient` to Stoplight Prism serving "
        "the document (`nox -s conformance`), which rejects any request that breaks it.\n\n"
        f"**{supported} of {total} operations supported.**\n\n"
        "| Document | File (version) | Supported | Operations |\n"
        "| --- | --- | --- | --- |\n"
        + "\n".join(counts)
        + "\n\nAny other operation is reachable through `client.endpoints.request(method, "
        "product, path, *, json=None, headers=None, **params)` and "
        "`client.endpoints.get_page(...)`: see [every product host](#every-product-host).\n\n"
        + "\n\n".join(sections)
        + "\n\n## Every product host\n\n"
        "`client.endpoints` reaches every host Twilio's OpenAPI documents name in "
        "`servers` (`twilio_sansio/core/products.py`, generated by "
        "`tools/generate_products.py`). "
        + "\n".join(host_notes)
        + "\n\n| Host | Documents | Operations | JSON bodies | Header parameters |\n"
        "| --- | --- | --- | --- | --- |\n"
        + "\n".join(host_rows)
        + "\n\n## Not sent to Prism\n\n"
        + excluded
        + "\n\n## Where the documents' examples break their own schemas\n\n"
        "The models read these as the examples show them (which is what Twilio sends), "
        "and the fake Twilio's answers are not faulted for them:\n\n" + defects + "\n"
    )


def main(argv: list[str]) -> int:
    """Write the page, or with ``--check`` report whether the committed one is current."""
    parser = argparse.ArgumentParser(
        prog="python tools/coverage_page.py",
        description=f"Write {PAGE.relative_to(REPO)} from Twilio's OpenAPI documents "
        "(TWILIO_OAI_DIR, default ../shared/twilio-oai) and the conformance cases.",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the committed page is stale"
    )
    check = parser.parse_args(argv).check
    text = render()
    if check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE.relative_to(REPO)} is stale: run python tools/coverage_page.py")
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
