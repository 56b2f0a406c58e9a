"""Revision 0001: the initial schema (documents, reports, claims, evidence, tallies, events,
revisions, decisions, overrides).

Generated once from ``willay.store.schema`` with Alembic's autogenerate and frozen here:
later schema changes go into new revisions.

Revision ID: r0001
Revises:
Create Date: 2026-11-27
"""
# ruff: noqa: E501

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decisions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('report_key', sa.String(length=200), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.Column('candidate', sa.String(length=200), nullable=True),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_decisions_event_id'), 'decisions', ['event_id'], unique=False)
    op.create_index(op.f('ix_decisions_report_key'), 'decisions', ['report_key'], unique=False)
    op.create_table('documents',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('url_hash', sa.String(length=64), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_precision', sa.String(length=8), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('language_score', sa.Float(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('n_reports', sa.Integer(), nullable=False),
    sa.Column('n_tallies', sa.Integer(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_documents_content_hash'), 'documents', ['content_hash'], unique=False)
    op.create_index(op.f('ix_documents_ingested_at'), 'documents', ['ingested_at'], unique=False)
    op.create_index(op.f('ix_documents_url_hash'), 'documents', ['url_hash'], unique=False)
    op.create_table('events',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('block', sa.String(length=200), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('sub_event_type', sa.String(length=64), nullable=False),
    sa.Column('disorder_type', sa.String(length=64), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('actor1', sa.Text(), nullable=True),
    sa.Column('actor1_type', sa.Text(), nullable=True),
    sa.Column('actor2', sa.Text(), nullable=True),
    sa.Column('actor2_type', sa.Text(), nullable=True),
    sa.Column('fatalities_best', sa.BigInteger(), nullable=True),
    sa.Column('fatalities_low', sa.BigInteger(), nullable=True),
    sa.Column('fatalities_high', sa.BigInteger(), nullable=True),
    sa.Column('injured_best', sa.BigInteger(), nullable=True),
    sa.Column('arrested_best', sa.BigInteger(), nullable=True),
    sa.Column('crowd_size_best', sa.BigInteger(), nullable=True),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('n_reports', sa.Integer(), nullable=False),
    sa.Column('n_documents', sa.Integer(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_events_actor1', 'events', ['actor1'], unique=False)
    op.create_index('ix_events_actor2', 'events', ['actor2'], unique=False)
    op.create_index('ix_events_admin1_date', 'events', ['country', 'admin1', 'date_start'], unique=False)
    op.create_index(op.f('ix_events_block'), 'events', ['block'], unique=False)
    op.create_index('ix_events_confidence', 'events', ['confidence'], unique=False)
    op.create_index('ix_events_country_date', 'events', ['country', 'date_start'], unique=False)
    op.create_index('ix_events_date', 'events', ['date_start', 'date_end'], unique=False)
    op.create_index('ix_events_lat_lon', 'events', ['latitude', 'longitude'], unique=False)
    op.create_index('ix_events_sub_type_date', 'events', ['sub_event_type', 'date_start'], unique=False)
    op.create_index('ix_events_type_date', 'events', ['event_type', 'sub_event_type', 'date_start'], unique=False)
    op.create_table('overrides',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('a', sa.String(length=200), nullable=False),
    sa.Column('b', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_overrides_a'), 'overrides', ['a'], unique=False)
    op.create_index(op.f('ix_overrides_b'), 'overrides', ['b'], unique=False)
    op.create_table('revisions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_revisions_event_id'), 'revisions', ['event_id'], unique=False)
    op.create_table('evidence',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('report_key', sa.String(length=200), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_evidence_doc_id'), 'evidence', ['doc_id'], unique=False)
    op.create_index(op.f('ix_evidence_report_key'), 'evidence', ['report_key'], unique=False)
    op.create_table('reports',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('report_id', sa.Text(), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('sub_event_type', sa.String(length=64), nullable=False),
    sa.Column('disorder_type', sa.String(length=64), nullable=False),
    sa.Column('block', sa.String(length=200), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('actor1', sa.Text(), nullable=True),
    sa.Column('actor2', sa.Text(), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=True),
    sa.Column('pending', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_index('ix_reports_block_date', 'reports', ['block', 'date_start'], unique=False)
    op.create_index(op.f('ix_reports_doc_id'), 'reports', ['doc_id'], unique=False)
    op.create_index(op.f('ix_reports_event_id'), 'reports', ['event_id'], unique=False)
    op.create_index('ix_reports_pending', 'reports', ['pending'], unique=False)
    op.create_table('tallies',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=400), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=True),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('qualifier', sa.String(length=16), nullable=False),
    sa.Column('as_of', sa.String(length=32), nullable=True),
    sa.Column('as_of_date', sa.Date(), nullable=True),
    sa.Column('since', sa.String(length=32), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('reporter', sa.Text(), nullable=True),
    sa.Column('reporter_class', sa.String(length=16), nullable=True),
    sa.Column('via', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('ev_start', sa.Integer(), nullable=False),
    sa.Column('ev_end', sa.Integer(), nullable=False),
    sa.Column('ev_quote', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_tallies_country'), 'tallies', ['country'], unique=False)
    op.create_index(op.f('ix_tallies_doc_id'), 'tallies', ['doc_id'], unique=False)
    op.create_index(op.f('ix_tallies_series'), 'tallies', ['series'], unique=False)
    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('report_key', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=True),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('qualifier', sa.String(length=16), nullable=False),
    sa.Column('reporter', sa.Text(), nullable=True),
    sa.Column('reporter_class', sa.String(length=16), nullable=True),
    sa.Column('via', sa.Text(), nullable=True),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('ev_start', sa.Integer(), nullable=False),
    sa.Column('ev_end', sa.Integer(), nullable=False),
    sa.Column('ev_quote', sa.Text(), nullable=False),
    sa.Column('rep_start', sa.Integer(), nullable=True),
    sa.Column('rep_end', sa.Integer(), nullable=True),
    sa.Column('rep_quote', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['report_key'], ['reports.key'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_claims_doc_id'), 'claims', ['doc_id'], unique=False)
    op.create_index(op.f('ix_claims_report_key'), 'claims', ['report_key'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_claims_report_key'), table_name='claims')
    op.drop_index(op.f('ix_claims_doc_id'), table_name='claims')
    op.drop_table('claims')
    op.drop_index(op.f('ix_tallies_series'), table_name='tallies')
    op.drop_index(op.f('ix_tallies_doc_id'), table_name='tallies')
    op.drop_index(op.f('ix_tallies_country'), table_name='tallies')
    op.drop_table('tallies')
    op.drop_index('ix_reports_pending', table_name='reports')
    op.drop_index(op.f('ix_reports_event_id'), table_name='reports')
    op.drop_index(op.f('ix_reports_doc_id'), table_name='reports')
    op.drop_index('ix_reports_block_date', table_name='reports')
    op.drop_table('reports')
    op.drop_index(op.f('ix_evidence_report_key'), table_name='evidence')
    op.drop_index(op.f('ix_evidence_doc_id'), table_name='evidence')
    op.drop_table('evidence')
    op.drop_index(op.f('ix_revisions_event_id'), table_name='revisions')
    op.drop_table('revisions')
    op.drop_index(op.f('ix_overrides_b'), table_name='overrides')
    op.drop_index(op.f('ix_overrides_a'), table_name='overrides')
    op.drop_table('overrides')
    op.drop_index('ix_events_type_date', table_name='events')
    op.drop_index('ix_events_sub_type_date', table_name='events')
    op.drop_index('ix_events_lat_lon', table_name='events')
    op.drop_index('ix_events_date', table_name='events')
    op.drop_index('ix_events_country_date', table_name='events')
    op.drop_index('ix_events_confidence', table_name='events')
    op.drop_index(op.f('ix_events_block'), table_name='events')
    op.drop_index('ix_events_admin1_date', table_name='events')
    op.drop_index('ix_events_actor2', table_name='events')
    op.drop_index('ix_events_actor1', table_name='events')
    op.drop_table('events')
    op.drop_index(op.f('ix_documents_url_hash'), table_name='documents')
    op.drop_index(op.f('ix_documents_ingested_at'), table_name='documents')
    op.drop_index(op.f('ix_documents_content_hash'), table_name='documents')
    op.drop_table('documents')
    op.drop_index(op.f('ix_decisions_report_key'), table_name='decisions')
    op.drop_index(op.f('ix_decisions_event_id'), table_name='decisions')
    op.drop_table('decisions')
