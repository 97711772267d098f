"""The Sozialarbeit tab: case list with filters, case detail, notes, flat search."""
