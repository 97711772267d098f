"""Text for the built-in PDF fonts: German prints as it is, the rest folds to something
printable instead of reportlab's black boxes."""

from __future__ import annotations

from datetime import UTC, datetime

from reportlab.pdfbase.pdfmetrics import stringWidth

from soest_desk.reports.pdf_text import clip, fit_width, fold, markup, one_line, when


def test_german_and_winansi_characters_stay():
    text = "ä ö ü Ä Ö Ü ß € – — „ “ ‚ ‘ … • × ½ Ø"
    assert fold(text) == text


def test_other_characters_fold_to_letters_or_a_question_mark():
    assert fold("Ayşe Ḥaddād ʿUmar") == "Ayse Haddad 'Umar"
    assert fold("Олена") == "?????"
    assert fold("A → B") == "A -> B"
    assert fold("a\tb\r\nc\x00d\u200be") == "a b\ncde"


def test_markup_escapes_and_puts_arrows_in_the_symbol_font():
    assert markup(" <b>Tür</b> & Co\nZeile 2 ") == "&lt;b&gt;Tür&lt;/b&gt; &amp; Co<br/>Zeile 2"
    assert markup("A → B") == 'A <font name="Symbol">→</font> B'
    assert markup(None) == ""


def test_one_line_joins_lines_and_spaces():
    assert one_line("  Erste\n\nZweite   Zeile ") == "Erste Zweite Zeile"


def test_clip_cuts_at_a_word_with_an_ellipsis():
    assert clip("kurz", 10) == "kurz"
    assert clip("Heizung im Zimmer kalt", 15) == "Heizung im…"
    assert clip("x" * 30, 10) == "x" * 9 + "…"


def test_fit_width_shortens_to_the_width():
    line = "Sehr lange Zeile " * 20
    fitted = fit_width(line, "Helvetica", 8, 200)
    assert fitted.endswith("…") and stringWidth(fitted, "Helvetica", 8) <= 200
    assert fit_width("kurz", "Helvetica", 8, 200) == "kurz"


def test_times_are_shown_in_soest_and_a_deadline_as_its_day():
    assert when(datetime(2025, 7, 1, 10, 5, tzinfo=UTC)) == "01.07.2025, 12:05 Uhr"  # summer
    assert when(datetime(2025, 1, 3, 10, 5, tzinfo=UTC), weekday=True) == "Fr 03.01.2025, 11:05 Uhr"
    end_of_friday = datetime(2025, 1, 3, 22, 59, 59, 999999, tzinfo=UTC)  # 23:59:59 in Soest
    assert when(end_of_friday, weekday=True) == "Fr 03.01.2025"
    assert when(None) == "–"
