"""Parsed XML as comparable values: what "the same document" means in these tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

Tree = tuple[str, dict[str, str], str, list[Any]]


def tree(element: ET.Element) -> Tree:
    """An element as ``(tag, attributes, text, children)``; no text reads as empty."""
    return (element.tag, dict(element.attrib), element.text or "", [tree(c) for c in element])


def parse(document: str) -> Tree:
    """Parse a whole document (declaration included) into a comparable tree."""
    return tree(ET.fromstring(document.encode("utf-8")))
