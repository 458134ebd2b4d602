"""The closed sets of values Twilio documents for TwiML attributes, as ``Literal`` types.

Only sets Twilio documents as closed are ``Literal``s; open ones (voices, languages,
speech models, providers) stay ``str``. An attribute that takes several values
space-separated accepts a string as Twilio writes it or a list of the values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

HttpMethod = Literal["GET", "POST"]
"""How Twilio requests a callback or action URL."""

CallProgressEvent = Literal["initiated", "ringing", "answered", "completed"]
"""``statusCallbackEvent`` values of a dialed number, client, SIP or WhatsApp leg."""
CallProgressEvents = str | Sequence[CallProgressEvent]

ConferenceEvent = Literal[
    "start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"
]
"""``statusCallbackEvent`` values of ``<Conference>``."""
ConferenceEvents = str | Sequence[ConferenceEvent]

RecordingEvent = Literal["in-progress", "completed", "absent"]
"""``recordingStatusCallbackEvent`` values."""
RecordingEvents = str | Sequence[RecordingEvent]

Words = str | Sequence[str]
"""An open space-separated list (``hints``, ``debug``, ``events``)."""

DialRecording = Literal[
    "do-not-record",
    "record-from-answer",
    "record-from-ringing",
    "record-from-answer-dual",
    "record-from-ringing-dual",
]
ConferenceRecording = Literal["do-not-record", "record-from-start"]
Trim = Literal["trim-silence", "do-not-trim"]
RecordingTrack = Literal["both", "inbound", "outbound"]
RecordingChannels = Literal["mono", "dual"]
StreamTrack = Literal["inbound_track", "outbound_track", "both_tracks"]
MachineDetection = Literal["Enable", "DetectMessageEnd"]
Beep = Literal["true", "false", "onEnter", "onExit"]
JitterBufferSize = Literal["large", "medium", "small", "off"]
GatherInput = Literal["dtmf", "speech", "dtmf speech", "speech dtmf"]
RejectReason = Literal["rejected", "busy"]
Interruption = Literal["none", "dtmf", "speech", "any"]
"""What may interrupt ConversationRelay's speech (booleans are also accepted)."""

PaymentInput = Literal["dtmf"]
BankAccountType = Literal[
    "consumer-checking", "consumer-savings", "commercial-checking", "commercial-savings"
]
PaymentMethod = Literal["ach-debit", "credit-card"]
PaymentTokenType = Literal["one-time", "reusable", "payment-method"]
CardType = Literal[
    "visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"
]
CardTypes = str | Sequence[CardType]
PaymentPromptFor = Literal[
    "payment-card-number",
    "expiration-date",
    "security-code",
    "postal-code",
    "payment-processing",
    "bank-account-number",
    "bank-routing-number",
]
PaymentError = Literal[
    "timeout",
    "invalid-card-number",
    "invalid-card-type",
    "invalid-date",
    "invalid-security-code",
    "invalid-postal-code",
    "invalid-bank-routing-number",
    "invalid-bank-account-number",
    "input-matching-failed",
]
PaymentErrors = str | Sequence[PaymentError]

BreakStrength = Literal["none", "x-weak", "weak", "medium", "strong", "x-strong"]
EmphasisLevel = Literal["strong", "moderate", "reduced"]
PhonemeAlphabet = Literal[
    "ipa",
    "x-sampa",
    "x-amazon-jyutping",
    "x-amazon-pinyin",
    "x-amazon-pron-kana",
    "x-amazon-yomigana",
]
