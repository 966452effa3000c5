-- Lines and audit rows take ids from sequences in blocks of 50 so that Hibernate can batch their inserts
-- (an identity column forces one round trip per row; an import writes 100,000 of each).
ALTER TABLE ledger_line ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE ledger_line_seq INCREMENT BY 50 OWNED BY ledger_line.id;
SELECT setval('ledger_line_seq', COALESCE((SELECT max(id) FROM ledger_line), 0) + 50, false);

ALTER TABLE amendment ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE amendment_seq INCREMENT BY 50 OWNED BY amendment.id;
SELECT setval('amendment_seq', COALESCE((SELECT max(id) FROM amendment), 0) + 50, false);
