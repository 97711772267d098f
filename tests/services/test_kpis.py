"""The KPIs are gathered in one module, and each says what it counts."""

from __future__ import annotations

import inspect

from soest_desk.services import kpis


def test_every_kpi_is_exported_and_defined_in_its_docstring():
    assert len(kpis.__all__) == 13
    for name in kpis.__all__:
        function = getattr(kpis, name)
        assert callable(function), name
        doc = inspect.getdoc(function) or ""
        if "module docstring" in doc:  # defined once for the module's figures
            doc = inspect.getdoc(inspect.getmodule(function)) or ""
        assert len(doc.splitlines()) >= 3, f"{name}: the definition belongs in the docstring"
        assert name in (kpis.__doc__ or ""), f"{name} is missing from the index of kpis"
