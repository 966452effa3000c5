-- A document prints the same figure in several places (表3 and 表5, a table and a sentence of 情况说明): each place
-- is a source of its own, so that two sources may declare the same cell differently — that is the contradiction.
-- Shanghai's budget tables print 元: a declared table says which unit its figures are in.
ALTER TABLE declared_cell DROP CONSTRAINT declared_cell_ledger_id_table_id_row_key_column_id_key;
ALTER TABLE declared_cell ADD CONSTRAINT declared_cell_per_source UNIQUE (ledger_id, table_id, source, row_key, column_id);
ALTER TABLE declared_cell ADD COLUMN unit VARCHAR(10) NOT NULL DEFAULT 'WAN_YUAN';
