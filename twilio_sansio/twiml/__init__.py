"""TwiML builders: the documents that tell Twilio what to do with a call or a message.

Pure data to text (no I/O), and not imported by ``import twilio_sansio``. The names and
keyword arguments are the official SDK's, so moving over is an import change::

    from twilio_sansio.twiml import MessagingResponse, VoiceResponse

    response = VoiceResponse()
    response.say("Hello", voice="Polly.Joanna")
    print(response)  # <?xml version="1.0" encoding="UTF-8"?><Response><Say ...

Every verb and noun is in :mod:`twilio_sansio.twiml.voice_response` and
:mod:`twilio_sansio.twiml.messaging_response`, as in the official package.
"""

from __future__ import annotations

from twilio_sansio.twiml._element import TwiML
from twilio_sansio.twiml.messaging_response import MessagingResponse
from twilio_sansio.twiml.voice_response import VoiceResponse

__all__ = ["MessagingResponse", "TwiML", "VoiceResponse"]
