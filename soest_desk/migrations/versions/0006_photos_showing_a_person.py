"""photos showing a person

A ticket photo may show a resident (a face in the picture). `attachments.shows_person_id`
links the photo to that person, so the disclosure (GDPR Art. 15) lists it and the retention
run and the erasure (Art. 17) delete it. Removing the person sets it to NULL.

On SQLite the batch mode copies `attachments`; no table refers to it and no trigger is
defined on it, so the copy loses nothing (foreign keys are off while migrations run).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shows_person_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_attachments_shows_person_id_persons'), 'persons',
            ['shows_person_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(
            batch_op.f('ix_attachments_shows_person_id'), ['shows_person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_shows_person_id'))
        batch_op.drop_constraint(
            batch_op.f('fk_attachments_shows_person_id_persons'), type_='foreignkey')
        batch_op.drop_column('shows_person_id')
