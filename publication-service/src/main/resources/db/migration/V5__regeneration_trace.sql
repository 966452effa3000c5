-- The trace of the newest change that made a department-year due, continued by its regeneration; and the trace a
-- version was made in, so an amendment can be followed to the version it produced.
ALTER TABLE department_year ADD COLUMN traceparent VARCHAR(60);
ALTER TABLE publication_version ADD COLUMN trace_id VARCHAR(32);
