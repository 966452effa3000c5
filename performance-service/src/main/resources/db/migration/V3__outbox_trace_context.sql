-- The W3C traceparent of the transaction that wrote the event, so the relay sends it as part of the same trace.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(60);
