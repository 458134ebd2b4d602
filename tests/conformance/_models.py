"""Reading models completely: every field of a record, converted.

The documents' examples fill a few fields with placeholders (Monitor's ``"error_code":
"error_code"``). Where a model deliberately converts such a field (alert error codes are
numbers, as every other error code of this library), :data:`PLACEHOLDERS` names it with
the reason; only a value equal to the field's own JSON key is let through.
"""

from __future__ import annotations

from typing import Any

from twilio_sansio.core.model import Record
from twilio_sansio.core.resources.alerts import Alert
from twilio_sansio.core.values import MalformedValue

#: ``(model, attribute)`` whose document examples hold a placeholder the model cannot
#: convert, and why the model converts it anyway.
PLACEHOLDERS: dict[tuple[type[Record], str], str] = {
    (Alert, "error_code"): (
        'Monitor\'s examples say "error_code": "error_code"; Twilio sends numeric strings '
        '("11200") and the model reads them as int, like Message.error_code'
    ),
}


def read_record(record: Record) -> dict[str, Any]:
    """Read every documented field of ``record`` (raising ``MalformedValue`` as reading does).

    A field named in :data:`PLACEHOLDERS` whose raw value is its own JSON key reads as
    the placeholder text instead.
    """
    values: dict[str, Any] = {}
    for name, key in type(record).field_names().items():
        try:
            values[name] = getattr(record, name)
        except MalformedValue:
            if (type(record), name) not in PLACEHOLDERS or record.raw.get(key) != key:
                raise
            values[name] = record.raw[key]
    return values
