"""The version of twilio-sansio."""

__version__ = "0.1.0"
