"""neighbourhood register

A neighbourhood report records the channel it came in by (Telefon, E-Mail, persönlich,
Polizei, Ortsbeirat), a category (Lärm, Müll, Parken, Konflikt, Lob, Veranstaltung,
Sonstiges) and its follow-up: what was done or agreed, and optionally a date to look at it
again (Wiedervorlage), not before the report's date.

Reports recorded before this version have no category and no channel: they get "other"
(Sonstiges: not classified) and "phone" (the usual way neighbours reach a site) so both
columns can be NOT NULL; staff can correct them in the register.

No trigger is defined on neighbourhood_reports, so SQLite's batch copy loses none.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNELS = "'phone', 'email', 'in_person', 'police', 'local_council'"
CATEGORIES = "'noise', 'waste', 'parking', 'conflict', 'praise', 'event', 'other'"


def upgrade() -> None:
    with op.batch_alter_table('neighbourhood_reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channel', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('category', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('follow_up', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('follow_up_on', sa.Date(), nullable=True))

    op.execute("UPDATE neighbourhood_reports SET channel = 'phone' WHERE channel IS NULL")
    op.execute("UPDATE neighbourhood_reports SET category = 'other' WHERE category IS NULL")

    with op.batch_alter_table('neighbourhood_reports', schema=None) as batch_op:
        batch_op.alter_column('channel', existing_type=sa.String(length=16), nullable=False)
        batch_op.alter_column('category', existing_type=sa.String(length=16), nullable=False)
        batch_op.create_check_constraint(
            batch_op.f('ck_neighbourhood_reports_channel_allowed'), f"channel IN ({CHANNELS})")
        batch_op.create_check_constraint(
            batch_op.f('ck_neighbourhood_reports_category_allowed'),
            f"category IN ({CATEGORIES})")
        batch_op.create_check_constraint(
            batch_op.f('ck_neighbourhood_reports_follow_up_not_before_report'),
            "follow_up_on IS NULL OR follow_up_on >= reported_on")


def downgrade() -> None:
    with op.batch_alter_table('neighbourhood_reports', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('ck_neighbourhood_reports_follow_up_not_before_report'), type_='check')
        batch_op.drop_constraint(
            batch_op.f('ck_neighbourhood_reports_category_allowed'), type_='check')
        batch_op.drop_constraint(
            batch_op.f('ck_neighbourhood_reports_channel_allowed'), type_='check')
        batch_op.drop_column('follow_up_on')
        batch_op.drop_column('follow_up')
        batch_op.drop_column('category')
        batch_op.drop_column('channel')
