"""The domain: plain functions taking a Session and the acting user. No Qt here."""
