package org.openbudget.publication.events;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a record this service will never apply to {@code publication.dead-letter}, with the headers SmallRye's
 * dead-letter queue writes ({@code dead-letter-reason}, {@code -cause}, {@code -topic}, {@code -partition},
 * {@code -offset}), and returns only once the broker has it: the consumer commits the batch's offsets after that,
 * so a record is either applied, dead-lettered or delivered again — never dropped.
 */
@ApplicationScoped
public class DeadLetters {

    @Inject
    @Channel("dead-letters")
    MutinyEmitter<String> emitter;

    public void send(ConsumerRecord<String, String> record, Throwable reason) throws InterruptedException {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        header(headers, "dead-letter-reason", reason.getMessage() == null ? reason.toString() : reason.getMessage());
        header(headers, "dead-letter-cause", reason.getClass().getName());
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build();
        long backoffMillis = 500;
        while (true) {
            try {
                emitter.sendMessageAndAwait(Message.of(record.value()).addMetadata(metadata));
                Log.warnf("dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        reason.getMessage());
                return;
            } catch (RuntimeException e) {
                // the broker is away: nothing is consumed meanwhile, so holding the partition loses nothing
                Log.warnf("dead-lettering %s-%d@%d failed, retrying in %d ms: %s", record.topic(), record.partition(),
                        record.offset(), backoffMillis, e.toString());
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, Duration.ofSeconds(10).toMillis());
            }
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
