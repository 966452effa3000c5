package org.openbudget.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.OutboxEvent;
import org.openbudget.budget.repository.OutboxRepository;

import java.time.Instant;
import java.util.UUID;

/** Writes an event into the outbox; must join the transaction of the change it describes. */
@ApplicationScoped
public class OutboxService {

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID eventId, String aggregateKey, String eventType, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = eventId;
        event.aggregateKey = aggregateKey;
        event.eventType = eventType;
        event.createdAt = Instant.now();
        io.opentelemetry.api.trace.SpanContext trace = io.opentelemetry.api.trace.Span.current().getSpanContext();
        event.traceparent = trace.isValid() ? "00-" + trace.getTraceId() + "-" + trace.getSpanId() + "-"
                + trace.getTraceFlags().asHex() : null;
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + eventType, e);
        }
        outbox.persist(event);
    }
}
