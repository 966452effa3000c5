-- Expenditure lines become ledger lines of any flow: 支出, 收入, 年初/年末结转和结余, 使用非财政拨款结余, 结余分配.
ALTER TABLE expenditure_line RENAME TO ledger_line;
ALTER TABLE ledger_line ADD COLUMN flow VARCHAR(30) NOT NULL DEFAULT 'EXPENDITURE'
    CHECK (flow IN ('EXPENDITURE', 'INCOME', 'OPENING_BALANCE', 'CLOSING_BALANCE', 'NON_FISCAL_SURPLUS_USED',
                    'SURPLUS_DISTRIBUTION'));
ALTER TABLE ledger_line ALTER COLUMN flow DROP DEFAULT;
ALTER TABLE ledger_line ALTER COLUMN function_code DROP NOT NULL;
ALTER TABLE ledger_line ALTER COLUMN economic_code DROP NOT NULL;
ALTER TABLE ledger_line ALTER COLUMN expenditure_type DROP NOT NULL;
ALTER TABLE ledger_line ADD CONSTRAINT ledger_line_dimensions_of_flow CHECK (
    CASE flow
        WHEN 'EXPENDITURE' THEN function_code IS NOT NULL AND economic_code IS NOT NULL AND expenditure_type IS NOT NULL
        WHEN 'INCOME' THEN function_code IS NOT NULL AND economic_code IS NULL AND expenditure_type IS NULL
        ELSE economic_code IS NULL AND expenditure_type IS NULL
    END);
DROP INDEX expenditure_line_grain;
CREATE UNIQUE INDEX ledger_line_grain ON ledger_line (ledger_id, flow, COALESCE(function_code, ''),
    COALESCE(economic_code, ''), funding_source, COALESCE(expenditure_type, ''), COALESCE(project_code, ''));
