"""Sphinx directives for the resource reference pages, generated from the code itself.

- ``namespace-methods NAME``: a table of the methods of ``client.NAME``: the call, what
  it returns (the core builder returns an operation; the client sends it), and the first
  line of its docstring, linked to the builder's full entry on the same page.
- ``models MODULE...``: every model and enum the modules define: the class's entry, a
  table of its fields (attribute, Python type, the JSON key Twilio sends it under) and an
  enum's values.

Both read the classes the clients are built from (``namespace_classes()``, the namespace
bindings, ``Record._fields``), so a method or field added to the code appears here
without editing a page. A binding or field kind this file does not know is a build error
(the site builds with ``-W``), never a silently wrong table.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from enum import Enum
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from twilio_sansio import _binding as binding
from twilio_sansio._namespaces import namespace_classes
from twilio_sansio.core import model
from twilio_sansio.core.money import Price

_OPERATION = re.compile(r"^Operation\[(?P<inner>.*)\]$")
_PAGE = re.compile(r"^Operation\[Page\[(?P<inner>.*)\]\]$")
_JOB = re.compile(r"^Job\[(?P<inner>.*)\]$")
_RANGE = re.compile(r"^RangePages\[(?P<inner>.*)\]$")


def _returns(kind: type, annotation: str) -> str:
    """What the client method returns, from its binding kind and the builder's annotation."""
    patterns: dict[type, list[tuple[re.Pattern[str], str]]] = {
        binding.call: [(_OPERATION, "{code}")],
        binding.run: [(_JOB, "{code}")],
        binding.pages: [
            (_PAGE, "iterator of `Page[{inner}]`"),
            (_RANGE, "iterator of `Page[{inner}]`"),
        ],
        binding.records: [(_PAGE, "iterator of {code}"), (_RANGE, "iterator of {code}")],
    }
    if kind is binding.local:
        return f"{_code(annotation)} (sends nothing)"
    for pattern, shape in patterns[kind]:
        found = pattern.match(annotation)
        if found is not None:
            inner = found.group("inner")
            return shape.format(inner=inner, code=_code(inner))
    raise ValueError(f"unexpected return annotation {annotation!r} for {kind.__name__}")


def _code(text: str) -> str:
    return "nothing" if text == "None" else f"`{text}`"


def _call(owner: str, name: str, build: Callable[..., Any]) -> str:
    """``client.messages.get(sid)``: the required parameters, then ``…`` if there are more."""
    parameters = list(inspect.signature(build).parameters.values())[1:]
    required = [
        p.name
        for p in parameters
        if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    more = len(required) < len(parameters)
    shown = ", ".join(required + (["…"] if more else []))
    return f"client.{owner}.{name}({shown})"


def _first_line(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n", 1)[0].replace("\n", " ")


class NamespaceMethods(SphinxDirective):
    """The table of a namespace's methods (``client.NAME.method(...)``)."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Render the table as Markdown and parse it in place."""
        name = self.arguments[0]
        classes = namespace_classes().get(name)
        if classes is None:
            raise self.error(f"the client has no namespace {name!r}")
        namespace_cls, operations = classes
        target = f"{operations.__module__}.{operations.__qualname__}"
        rows = [
            "| Client call | Returns | What it does |",
            "| --- | --- | --- |",
        ]
        for attribute, value in vars(namespace_cls).items():
            kind = type(value)
            if not hasattr(value, "build"):
                continue
            if kind not in _KINDS:
                raise self.error(f"{name}.{attribute}: unknown binding {kind.__name__}")
            build = value.build
            annotation = inspect.signature(build).return_annotation
            call = _call(name, attribute, build)
            link = f"{{py:meth}}`{call} <{target}.{build.__name__}>`"
            does = _first_line(build.__doc__).replace("|", "\\|")
            if kind is binding.pages:
                does = f"Every page of `{build.__name__}`, each fetched when reached."
            elif kind is binding.records:
                does = f"Every record of `{build.__name__}`, a page fetched when needed."
            rows.append(f"| {link} | {_returns(kind, str(annotation))} | {does} |")
        return _parse(self, "\n".join(rows))


def _parse(directive: SphinxDirective, markdown: str) -> list[nodes.Node]:
    """Parse generated Markdown (MyST) in place of the directive."""
    container = nodes.container()
    lines = StringList(markdown.splitlines(), directive.get_source_info()[0])
    directive.state.nested_parse(lines, directive.content_offset, container)
    return list(container.children)


_KINDS = (
    binding.call,
    binding.run,
    binding.pages,
    binding.records,
    binding.local,
)


def _field_type(field: model.Field[Any]) -> str:
    """The Python type a field reads as (every field but a SID may also be None)."""
    if isinstance(field, model.Sid | model.Text):
        return "`str`"
    if isinstance(field, model.PriceField):
        return f"{{py:class}}`~{Price.__module__}.Price` (amount and `{field.unit_key}`)"
    convert = field.convert
    for cell in getattr(convert, "__closure__", None) or ():
        value = cell.cell_contents
        if isinstance(value, type) and issubclass(value, Enum | model.Record):
            shown = f"{{py:class}}`~{value.__module__}.{value.__qualname__}`"
            # Choices: a tuple of the enum's members.
            many = str(inspect.signature(convert).return_annotation).startswith("tuple")
            return f"tuple of {shown}" if many else shown
    # Every other converter is a function whose return annotation is ``X | None``.
    annotation = str(inspect.signature(convert).return_annotation)
    shown = annotation.removesuffix(" | None")
    if annotation == str(inspect.Signature.empty) or shown == annotation:
        raise ValueError(f"field {field.name!r}: unknown converter {convert!r}")
    return f"`{shown}`"


class Models(SphinxDirective):
    """Every model and enum defined in the given modules: class, fields, values."""

    required_arguments = 1
    optional_arguments = 10

    def run(self) -> list[nodes.Node]:
        """Render autodoc entries, field tables and enum values, parsed in place."""
        parts: list[str] = []
        for module_name in self.arguments:
            module = importlib.import_module(module_name)
            for name, value in vars(module).items():
                if not isinstance(value, type) or value.__module__ != module_name:
                    continue
                if name.startswith("_"):
                    continue
                if issubclass(value, model.Record):
                    parts.append(self._model(f"{module_name}.{name}", value))
                elif issubclass(value, Enum):
                    parts.append(_enum(f"{module_name}.{name}", value))
        if not parts:
            raise self.error(f"no model in {', '.join(self.arguments)}")
        return _parse(self, "\n\n".join(parts))

    def _model(self, target: str, cls: type[model.Record]) -> str:
        own = [
            name
            for name, value in vars(cls).items()
            if not name.startswith("_")
            and not isinstance(value, model.Field)
            and (callable(value) or isinstance(value, property | classmethod | staticmethod))
        ]
        options = f"   :members: {', '.join(own)}\n" if own else ""
        rows = [
            f"Fields of `{cls.__name__}` (every model also has `raw`, `to_dict()`, "
            f"`items()` and `from_json()`: {{py:class}}`~twilio_sansio.core.model.Record`):",
            "",
            "| Attribute | Type | JSON key |",
            "| --- | --- | --- |",
        ]
        for name, field in cls._fields.items():
            try:
                shown = _field_type(field)
            except ValueError as exc:
                raise self.error(f"{target}: {exc}") from None
            optional = "" if isinstance(field, model.Sid) else " or None"
            secret = " (redacted in `repr`)" if field.redact else ""
            rows.append(f"| `{name}` | {shown}{optional}{secret} | `{field.key}` |")
        return f"```{{eval-rst}}\n.. autoclass:: {target}\n{options}```\n\n" + "\n".join(rows)


def _enum(target: str, cls: type[Enum]) -> str:
    values = ", ".join(f"`{member.value}`" for member in cls)
    return (
        f"```{{eval-rst}}\n.. autoclass:: {target}\n```\n\n"
        f"Values of `{cls.__name__}`: {values}. A value Twilio adds later is kept as it comes."
    )


def _canonical(app: Sphinx, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve a name to where it is documented.

    ``twilio_sansio.Client`` (a re-export) resolves to ``twilio_sansio.client.Client``; a
    bare ``InvalidArgument`` in a docstring's ``Raises:`` resolves through the names the
    docstring's module imports, then through the package's exports.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    candidates = [target]
    if not target.startswith("twilio_sansio."):
        # The docstring's module, then each package above it, then the package's exports.
        module = node.get("py:module") or ""
        parts = module.split(".") if module else []
        candidates = [".".join([*parts[:n], target]) for n in range(len(parts), 0, -1)]
    domain = env.get_domain("py")
    # A type alias (``Job``) is documented as data but named as a class in signatures.
    kinds = (node["reftype"], "obj")
    for candidate in candidates:
        for name in (candidate, _defined_at(candidate)):
            for kind in kinds:
                if name is None or (name == target and kind == node["reftype"]):
                    continue
                found = domain.resolve_xref(
                    env, node["refdoc"], app.builder, kind, name, node, contnode
                )
                if found is not None:
                    return found
    return None


def _defined_at(dotted: str) -> str | None:
    """Where the object named ``dotted`` is defined (``module.qualname``), if importable."""
    module_name, _, name = dotted.rpartition(".")
    while module_name:
        try:
            value: Any = importlib.import_module(module_name)
        except (ImportError, ValueError):
            module_name, _, outer = module_name.rpartition(".")
            name = f"{outer}.{name}"
            continue
        for part in name.split("."):
            value = getattr(value, part, None)
            if value is None:
                return None
        module = getattr(value, "__module__", None)
        qualname = getattr(value, "__qualname__", None)
        if isinstance(module, str) and isinstance(qualname, str):
            return f"{module}.{qualname}"
        return None
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives and the resolver of re-exported names."""
    app.add_directive("namespace-methods", NamespaceMethods)
    app.add_directive("models", Models)
    app.connect("missing-reference", _canonical)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
