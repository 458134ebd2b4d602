"""Serialize a tree of TwiML elements: escaping and layout, nothing else.

The layout is the official SDK's, byte for byte where both are defined: no whitespace
between elements, attributes sorted by name, ``<Tag />`` for an empty element. Text and
attribute values are always escaped; a carriage return is written as a character reference
so that it survives parsing (a parser would turn a raw one into a line feed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#09;",
    }
)


class Node(Protocol):
    """What the serializer reads from an element."""

    @property
    def tag(self) -> str:
        """The element's name."""

    @property
    def attributes(self) -> Sequence[tuple[str, str]]:
        """Rendered ``(name, value)`` pairs."""

    @property
    def text(self) -> str | None:
        """The text before the children, if any."""

    @property
    def children(self) -> Sequence[Node]:
        """The child elements, in order."""


def serialize(root: Node, *, xml_declaration: bool = True) -> str:
    """Write ``root`` and everything under it as one XML document.

    Args:
        root: the top element.
        xml_declaration: start with ``<?xml version="1.0" encoding="UTF-8"?>``.

    Returns:
        The document, without a trailing newline.
    """
    parts = [XML_DECLARATION] if xml_declaration else []
    write = parts.append
    # An explicit stack instead of recursion: deeply nested SSML cannot overflow it.
    stack: list[Node | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            write(item)
            continue
        write(f"<{item.tag}")
        for name, value in sorted(item.attributes):
            write(f' {name}="{value.translate(_ATTRIBUTE_ESCAPES)}"')
        if not item.text and not item.children:
            write(" />")
            continue
        write(">")
        if item.text:
            write(item.text.translate(_TEXT_ESCAPES))
        stack.append(f"</{item.tag}>")
        stack.extend(reversed(item.children))
    return "".join(parts)
