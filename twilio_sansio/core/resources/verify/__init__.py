"""Verify v2 (``https://verify.twilio.com``): services, verifications and their checks.

One module per resource (:mod:`.services`, :mod:`.verifications`,
:mod:`.verification_checks`), Verify's typed errors (:mod:`.errors`) and the product's
helpers, ``send_code`` and ``check_code`` (:mod:`.codes`).
"""
