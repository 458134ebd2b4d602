"""Messaging v1 (``messaging.twilio.com``): Messaging Services and their senders.

:mod:`.services` holds the services; :mod:`.phone_numbers`, :mod:`.short_codes` and
:mod:`.alpha_senders` the senders of one service (its SID first), on the shared base of
:mod:`._senders`; :mod:`.product` the product's operations object.
"""
