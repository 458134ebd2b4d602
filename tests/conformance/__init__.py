"""Conformance with Twilio's own API description (the OpenAPI documents, and Prism)."""
