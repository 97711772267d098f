"""Amounts as office staff type them: German first, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from soest_desk.services.errors import DomainError
from soest_desk.services.ticket_costs import _decimal

LIMIT = Decimal("1000000")


@pytest.mark.parametrize(("typed", "amount"), [
    ("12,90", "12.90"), ("12.90", "12.90"), ("1.500", "1500.00"), ("1.234,50", "1234.50"),
    ("1,234.50", "1234.50"), ("1 234,50 €", "1234.50"), ("0,5", "0.50"), ("7", "7.00"),
    ("12.345.678,9", None), (Decimal("3.456"), "3.46"),
])
def test_amounts(typed, amount):
    if amount is None:  # over the limit
        with pytest.raises(DomainError, match="höchstens"):
            _decimal(typed, "Betrag", LIMIT)
        return
    assert _decimal(typed, "Betrag", LIMIT) == Decimal(amount)


@pytest.mark.parametrize("typed", ["zwölf", "1,2,3", "1.2.3,4,5", "--5", "NaN", "Infinity",
                                   "1e5", "0", "-3", "   "])
def test_what_is_not_an_amount_is_refused(typed):
    with pytest.raises(DomainError, match="Betrag"):
        _decimal(typed, "Betrag", LIMIT)
