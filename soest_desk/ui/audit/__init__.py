"""The Protokoll (audit trail) for the administration: "Verwaltung → Protokoll …"."""
