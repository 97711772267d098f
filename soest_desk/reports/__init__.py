"""Printable and exportable reports (PDF with reportlab, Excel with openpyxl). No Qt here:
a writer takes a session, the acting user and a path, and returns plain values."""
