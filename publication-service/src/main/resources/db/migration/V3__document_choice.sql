-- Which documents a department-year publishes, when not the default (决算 once there are 决算 figures, else 预算):
-- e.g. none for a year held only for the prior-year figures the next year's 情况说明 quote.
CREATE TABLE document_choice (
    department_code VARCHAR(20)  NOT NULL,
    fiscal_year     INTEGER      NOT NULL,
    documents       VARCHAR(100) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);
