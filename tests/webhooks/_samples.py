"""Realistic webhook parameter sets, shaped like the examples in Twilio's documentation.

SIDs are made up (the right prefix and length); numbers are in 555 ranges.
"""

from __future__ import annotations

ACCOUNT = "AC" + "a" * 32
MESSAGE = "SM" + "b" * 32
MMS = "MM" + "c" * 32
SERVICE = "MG" + "d" * 32
CALL = "CA" + "e" * 32
DIALLED = "CA" + "f" * 32
RECORDING = "RE" + "1" * 32
TRANSCRIPTION = "TR" + "2" * 32
CONFERENCE = "CF" + "3" * 32
ALICE = "+14155550100"
OUR_NUMBER = "+14155550199"

INCOMING_SMS = {
    "ToCountry": "US",
    "ToState": "CA",
    "SmsMessageSid": MESSAGE,
    "NumMedia": "0",
    "ToCity": "SAN FRANCISCO",
    "FromZip": "94105",
    "SmsSid": MESSAGE,
    "FromState": "CA",
    "SmsStatus": "received",
    "FromCity": "SAN FRANCISCO",
    "Body": "Hello there",
    "FromCountry": "US",
    "To": OUR_NUMBER,
    "MessagingServiceSid": SERVICE,
    "ToZip": "94105",
    "NumSegments": "1",
    "MessageSid": MESSAGE,
    "AccountSid": ACCOUNT,
    "From": ALICE,
    "ApiVersion": "2010-04-01",
}

INCOMING_MMS = {
    **INCOMING_SMS,
    "MessageSid": MMS,
    "SmsMessageSid": MMS,
    "SmsSid": MMS,
    "Body": "",
    "NumMedia": "2",
    "MediaContentType0": "image/jpeg",
    "MediaUrl0": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages/{MMS}/Media/ME0",
    "MediaContentType1": "video/mp4",
    "MediaUrl1": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages/{MMS}/Media/ME1",
}

INCOMING_WHATSAPP_BUTTON = {
    "SmsMessageSid": MESSAGE,
    "NumMedia": "0",
    "ProfileName": "Alice",
    "MessageType": "button",
    "SmsSid": MESSAGE,
    "WaId": "14155550100",
    "SmsStatus": "received",
    "Body": "Yes, confirm",
    "ButtonText": "Yes, confirm",
    "To": "whatsapp:+14155550199",
    "ButtonPayload": "confirm-order-42",
    "NumSegments": "1",
    "ReferralNumMedia": "0",
    "MessageSid": MESSAGE,
    "AccountSid": ACCOUNT,
    "From": "whatsapp:+14155550100",
    "ApiVersion": "2010-04-01",
}

INCOMING_WHATSAPP_LOCATION = {
    **INCOMING_WHATSAPP_BUTTON,
    "MessageType": "location",
    "Body": "",
    "Latitude": "37.7879277",
    "Longitude": "-122.4074581",
    "Address": "375 Beale St, San Francisco, CA 94105",
    "Label": "Twilio HQ",
    "Forwarded": "true",
}
del INCOMING_WHATSAPP_LOCATION["ButtonText"], INCOMING_WHATSAPP_LOCATION["ButtonPayload"]


def message_status(status: str, **extra: str) -> dict[str, str]:
    """The status callback of the outbound message MESSAGE reaching ``status``."""
    return {
        "SmsSid": MESSAGE,
        "SmsStatus": status,
        "MessageStatus": status,
        "To": ALICE,
        "MessagingServiceSid": SERVICE,
        "MessageSid": MESSAGE,
        "AccountSid": ACCOUNT,
        "From": OUR_NUMBER,
        "ApiVersion": "2010-04-01",
        **extra,
    }


INCOMING_CALL = {
    "Called": OUR_NUMBER,
    "ToState": "CA",
    "CallerCountry": "US",
    "Direction": "inbound",
    "CallerState": "CA",
    "ToZip": "94105",
    "CallSid": CALL,
    "To": OUR_NUMBER,
    "CallerZip": "94105",
    "ToCountry": "US",
    "StirVerstat": "TN-Validation-Passed-A",
    "CallToken": "%7B%22parentCallInfoToken%22%3A%22eyJ...%22%7D",
    "CalledZip": "94105",
    "ApiVersion": "2010-04-01",
    "CalledCity": "SAN FRANCISCO",
    "CallStatus": "ringing",
    "From": ALICE,
    "AccountSid": ACCOUNT,
    "CalledCountry": "US",
    "CallerCity": "SAN FRANCISCO",
    "ToCity": "SAN FRANCISCO",
    "FromCountry": "US",
    "Caller": ALICE,
    "FromCity": "SAN FRANCISCO",
    "CalledState": "CA",
    "FromZip": "94105",
    "FromState": "CA",
}

CLIENT_CALL = {
    "AccountSid": ACCOUNT,
    "ApiVersion": "2010-04-01",
    "ApplicationSid": "AP" + "4" * 32,
    "CallSid": CALL,
    "CallStatus": "ringing",
    "Called": "",
    "Caller": "client:alice",
    "Direction": "inbound",
    "From": "client:alice",
    "To": "sip:bob@example.sip.twilio.com",
}

GATHER_DIGITS = {
    **INCOMING_CALL,
    "CallStatus": "in-progress",
    "Digits": "1234",
    "FinishedOnKey": "#",
}
GATHER_SPEECH = {
    **INCOMING_CALL,
    "CallStatus": "in-progress",
    "SpeechResult": "Check my order status.",
    "Confidence": "0.9217",
}
DIAL_ACTION = {
    **INCOMING_CALL,
    "CallStatus": "in-progress",
    "DialCallStatus": "completed",
    "DialCallSid": DIALLED,
    "DialCallDuration": "42",
    "DialBridged": "true",
}

CALL_COMPLETED = {
    **INCOMING_CALL,
    "CallStatus": "completed",
    "CallDuration": "42",
    "Duration": "1",
    "Timestamp": "Mon, 16 Aug 2010 03:45:01 +0000",
    "SequenceNumber": "3",
    "CallbackSource": "call-progress-events",
    "SipResponseCode": "200",
}

RECORDING_COMPLETED = {
    "RecordingSource": "RecordVerb",
    "RecordingSid": RECORDING,
    "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING}",
    "RecordingStatus": "completed",
    "RecordingChannels": "1",
    "ErrorCode": "0",
    "CallSid": CALL,
    "RecordingStartTime": "Mon, 22 Aug 2022 18:25:12 +0000",
    "AccountSid": ACCOUNT,
    "RecordingDuration": "13",
}

TRANSCRIPTION_COMPLETED = {
    "TranscriptionSid": TRANSCRIPTION,
    "TranscriptionText": "Please call me back about my order.",
    "TranscriptionStatus": "completed",
    "TranscriptionUrl": (
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Transcriptions/{TRANSCRIPTION}"
    ),
    "RecordingSid": RECORDING,
    "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Recordings/{RECORDING}",
    "CallSid": CALL,
    "AccountSid": ACCOUNT,
    "From": ALICE,
    "To": OUR_NUMBER,
    "CallStatus": "completed",
    "ApiVersion": "2010-04-01",
    "Direction": "inbound",
    "ForwardedFrom": "",
}

PARTICIPANT_JOINED = {
    "Coaching": "false",
    "FriendlyName": "standup",
    "SequenceNumber": "2",
    "ConferenceSid": CONFERENCE,
    "EndConferenceOnExit": "false",
    "CallSid": CALL,
    "StatusCallbackEvent": "participant-join",
    "Timestamp": "Fri, 24 Jan 2020 23:29:52 +0000",
    "StartConferenceOnEnter": "true",
    "Hold": "false",
    "AccountSid": ACCOUNT,
    "Muted": "false",
}

CONFERENCE_ENDED = {
    "FriendlyName": "standup",
    "SequenceNumber": "9",
    "ConferenceSid": CONFERENCE,
    "StatusCallbackEvent": "conference-end",
    "Timestamp": "Fri, 24 Jan 2020 23:41:07 +0000",
    "AccountSid": ACCOUNT,
    "ReasonConferenceEnded": "last-participant-left",
    "CallSidEndingConference": CALL,
    "Reason": "Participant left the conference",
}
