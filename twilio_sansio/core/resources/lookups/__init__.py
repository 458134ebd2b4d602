"""Lookup v2 (``lookups.twilio.com``): what Twilio knows about a phone number.

:mod:`.phone_numbers` fetches a number's record with the data packages asked for;
:mod:`.product` holds the product's helpers (the line type of a number in one call).
"""
