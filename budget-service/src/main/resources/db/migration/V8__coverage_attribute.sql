-- A department-year may say what its lines stand for (COVERAGE/ledger: COMPLETE or QUOTED_FIGURES), see docs/attributes.md.
ALTER TABLE ledger_attribute DROP CONSTRAINT ledger_attribute_kind_check;
ALTER TABLE ledger_attribute ADD CONSTRAINT ledger_attribute_kind_check
    CHECK (kind IN ('PROJECT', 'EXPLANATION', 'STATISTIC', 'COVERAGE'));
