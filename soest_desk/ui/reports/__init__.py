"""The report export dialog ("Datei → Bericht exportieren …") and its Qt-free helpers."""
