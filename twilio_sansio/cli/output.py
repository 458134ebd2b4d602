"""How records are written: a table, a JSON array, JSON lines or CSV; or one record.

Every writer takes records a page at a time and writes them at once, so that a listing
streams: nothing is held back but the current page. The JSON formats write Twilio's own
JSON object of each record (its ``raw``), and CSV its fields, with one change: times are
written in ISO 8601 in UTC (``2026-12-03T09:30:00Z``), as the table shows them, instead
of API 2010's RFC 2822 (``Thu, 03 Dec 2026 09:30:00 +0000``), which spreadsheets and
``jq`` cannot compare.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TextIO

if TYPE_CHECKING:
    from twilio_sansio.core.model import Record

ELLIPSIS = "…"
GAP = "  "


class Column(NamedTuple):
    """One column of a table.

    Attributes:
        header: Its title.
        value: Renders a record's cell.
        max_width: The widest the column may be; longer cells are cut with an ellipsis.
            None for a column of short values (a status, a region), which are never
            cut: a longer one on a later page shifts its row rather than lose letters.
    """

    header: str
    value: Callable[[Any], str]
    max_width: int | None = None


class View(NamedTuple):
    """How one kind of record is shown.

    Attributes:
        noun: What the records are called (``"messages"``), for progress.
        columns: The table's columns.
        fields: The JSON keys written as CSV columns.
        details: The JSON keys shown for a single record, in order.
        time_rule: The name of the record's time rule in
            :mod:`twilio_sansio.core.time_range` (``"call_time"``), which both the time
            column and ``--since``/``--until`` use; None when the records have no range.
    """

    noun: str
    columns: tuple[Column, ...]
    fields: tuple[str, ...]
    details: tuple[str, ...]
    time_rule: str | None = None


def keys(names: str) -> tuple[str, ...]:
    """Split a space-separated list of JSON keys."""
    return tuple(names.split())


def raw_column(header: str, key: str, max_width: int | None = None) -> Column:
    """A column showing a field of Twilio's JSON as it came (cut at ``max_width``, if any)."""
    return Column(header, lambda record: text_of(record.raw.get(key)), max_width)


def time_rule(name: str) -> Callable[[Any], datetime | None]:
    """Return the time rule ``name`` of :mod:`twilio_sansio.core.time_range`.

    It is looked up when first needed, so that building the parser imports no core module.
    """
    from twilio_sansio.core import time_range

    rule: Callable[[Any], datetime | None] = getattr(time_range, name)
    return rule


def time_column(header: str, rule: str) -> Column:
    """A column of a record's time by the range iterators' rule ``rule``, in UTC.

    Args:
        header: The column's title.
        rule: The rule's name in :mod:`twilio_sansio.core.time_range` (``"call_time"``:
            when the call started, else when it was created).
    """
    return Column(header, lambda record: when(time_rule(rule)(record)))


SID_COLUMN = raw_column("SID", "sid")
"""A record's SID (34 characters)."""

PARTY_COLUMNS = (
    raw_column("FROM", "from", 24),
    raw_column("TO", "to", 24),
    raw_column("STATUS", "status"),
)
"""Who a message or call is from and to, and its status."""


def text_of(value: object) -> str:
    """Render a JSON value for a cell: None is empty, objects are JSON, newlines are spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return " ".join(str(value).splitlines()) if isinstance(value, str) else str(value)


def when(moment: datetime | None) -> str:
    """Render a timestamp in UTC to the second, or nothing."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def iso_time(moment: datetime) -> str:
    """Render a timestamp in ISO 8601, in UTC to the second (``2026-12-03T09:30:00Z``)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_of(record: Record) -> dict[str, Any]:
    """Return Twilio's JSON object of ``record`` with its times in ISO 8601 (UTC).

    A field is a time when the record's model reads it as one (``date_sent``,
    ``start_time``...); one that does not parse is left as Twilio sent it.
    """
    converted = dict(record.raw)
    for key, value in converted.items():
        if not isinstance(value, str) or not value:
            continue
        try:
            typed = getattr(record, key, None)
        except ValueError:  # MalformedValue: left as sent
            continue
        if isinstance(typed, datetime):
            converted[key] = iso_time(typed)
    return converted


def fit(text: str, width: int) -> str:
    """Pad ``text`` to ``width``, or cut it to ``width`` ending with an ellipsis."""
    if len(text) > width:
        return text[: max(width - 1, 0)] + ELLIPSIS
    return text.ljust(width)


class Writer(Protocol):
    """Writes a listing: :meth:`begin`, :meth:`write` once per page, :meth:`end`."""

    def begin(self) -> None:
        """Write what comes before the records."""

    def write(self, records: Sequence[Record]) -> None:
        """Write one page of records."""

    def end(self) -> None:
        """Write what comes after the records."""


class TableWriter:
    """Aligned columns, sized from the first page that has records."""

    def __init__(self, out: TextIO, columns: Sequence[Column]) -> None:
        self.out = out
        self.columns = tuple(columns)
        self.widths: list[int] | None = None

    def begin(self) -> None:
        """Nothing: the header waits for the first records, to size the columns."""

    def write(self, records: Sequence[Record]) -> None:
        """Write the rows of a page (with the header, before the first ones)."""
        rows = [[column.value(record) for column in self.columns] for record in records]
        if not rows:
            return
        if self.widths is None:
            self._start(rows)
        for row in rows:
            self._line(row)

    def end(self) -> None:
        """Write the header alone when there were no records."""
        if self.widths is None:
            self._start([])

    def _start(self, sample: list[list[str]]) -> None:
        widths = []
        for i, column in enumerate(self.columns):
            widest = max([len(column.header)] + [len(row[i]) for row in sample])
            widths.append(widest if column.max_width is None else min(widest, column.max_width))
        self.widths = widths
        self._line([column.header for column in self.columns])

    def _line(self, cells: Sequence[str]) -> None:
        assert self.widths is not None
        line = GAP.join(
            fit(cell, width) if column.max_width is not None else cell.ljust(width)
            for cell, width, column in zip(cells, self.widths, self.columns, strict=True)
        )
        self.out.write(line.rstrip() + "\n")


class JsonWriter:
    """A JSON array of Twilio's objects, written one object at a time."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def begin(self) -> None:
        """Open the array."""
        self.out.write("[")

    def write(self, records: Sequence[Record]) -> None:
        """Write each record's JSON as an element."""
        for record in records:
            self.out.write(",\n" if self.count else "\n")
            self.out.write(json.dumps(json_of(record)))
            self.count += 1

    def end(self) -> None:
        """Close the array."""
        self.out.write("\n]\n" if self.count else "]\n")


class JsonLinesWriter:
    """One JSON object (Twilio's, as sent) per line."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def begin(self) -> None:
        """Nothing comes before the records."""

    def write(self, records: Sequence[Record]) -> None:
        """Write each record on its own line."""
        for record in records:
            self.out.write(json.dumps(json_of(record)) + "\n")

    def end(self) -> None:
        """Nothing comes after the records."""


class CsvWriter:
    """A header of JSON keys, then one row per record."""

    def __init__(self, out: TextIO, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        self.csv = csv.writer(out, lineterminator="\n")

    def begin(self) -> None:
        """Write the header."""
        self.csv.writerow(self.fields)

    def write(self, records: Sequence[Record]) -> None:
        """Write one row per record."""
        for record in records:
            fields = json_of(record)
            self.csv.writerow(_csv_cell(fields.get(field)) for field in self.fields)

    def end(self) -> None:
        """Nothing comes after the rows."""


def _csv_cell(value: object) -> str:
    if isinstance(value, str):
        return value
    return text_of(value)


def writer_for(format_name: str, view: View, out: TextIO) -> Writer:
    """Return the writer of ``format_name`` (``table``, ``json``, ``jsonl`` or ``csv``)."""
    if format_name == "json":
        return JsonWriter(out)
    if format_name == "jsonl":
        return JsonLinesWriter(out)
    if format_name == "csv":
        return CsvWriter(out, view.fields)
    return TableWriter(out, view.columns)


def show_record(record: Record, view: View, format_name: str, out: TextIO) -> None:
    """Write one record: its chosen fields as aligned ``key  value`` lines, or its JSON."""
    fields = json_of(record)
    if format_name == "json":
        out.write(json.dumps(fields, indent=2) + "\n")
    else:
        present = [key for key in view.details if fields.get(key) not in (None, "")]
        width = max((len(key) for key in present), default=0)
        for key in present:
            out.write(f"{key.ljust(width)}{GAP}{text_of(fields[key])}".rstrip() + "\n")
    out.flush()
