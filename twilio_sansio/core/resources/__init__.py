"""One module per Twilio resource: its models and the builders of its operations."""
