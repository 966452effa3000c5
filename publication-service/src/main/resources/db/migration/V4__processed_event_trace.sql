-- The trace an event was applied in (W3C trace id; null when it came without one), for following a change end to end.
ALTER TABLE processed_event ADD COLUMN trace_id VARCHAR(32);
