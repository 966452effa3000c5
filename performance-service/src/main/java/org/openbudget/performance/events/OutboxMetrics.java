package org.openbudget.performance.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.repository.OutboxRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox as Prometheus sees it (docs/observability.md): {@code openbudget_outbox_pending} events committed and
 * not yet acknowledged by Kafka, and {@code openbudget_outbox_oldest_age_seconds} how long the oldest has waited —
 * the alert that says events are stuck (a broker outage, a poison event holding its key). Read every 5 s, not per
 * scrape, so a scrape never touches the database.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    OutboxRepository outbox;

    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder("openbudget_outbox_pending", pending, AtomicLong::get)
                .description("events committed and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("openbudget_outbox_oldest_age_seconds", oldestAgeSeconds, AtomicLong::get)
                .description("age of the oldest event waiting in the outbox").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${outbox.metrics.interval:5s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void refresh() {
        Object[] backlog = outbox.backlog();
        pending.set(((Number) backlog[0]).longValue());
        Instant oldest = backlog[1] == null ? null : backlog[1] instanceof java.sql.Timestamp t ? t.toInstant()
                : backlog[1] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) backlog[1];
        oldestAgeSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds()));
    }
}
