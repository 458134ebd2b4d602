"""Verify v2 (``https://verify.twilio.com``): services, verifications and their checks.

One module per resource (:mod:`.services` with its :mod:`.service_settings`,
:mod:`.verifications`, :mod:`.verification_checks`), the channels and the check of a
recipient against its channel (:mod:`.channels`), Verify's typed errors (:mod:`.errors`)
and the product's helpers, ``send_code`` and ``check_code`` (:mod:`.codes`).
"""
