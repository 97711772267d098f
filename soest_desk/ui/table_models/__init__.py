"""Qt table models for the lists (the ORM lives in `soest_desk.models`)."""

from soest_desk.ui.table_models.lazy_table_model import (
    IdRole,
    LazyTableModel,
    ListFetcher,
    ListLoadError,
    SortRole,
)

__all__ = ["IdRole", "LazyTableModel", "ListFetcher", "ListLoadError", "SortRole"]
