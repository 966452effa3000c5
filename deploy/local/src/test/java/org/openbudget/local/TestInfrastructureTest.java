package org.openbudget.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared infrastructure is real: PostgreSQL answers SQL, and the broker keeps its data across a restart. */
class TestInfrastructureTest {

    @Test
    void postgresServesSeparateDatabases() throws Exception {
        for (String db : List.of("alpha", "beta")) {
            try (Connection c = DriverManager.getConnection(TestInfrastructure.jdbcUrl(db), LocalPostgres.USER, LocalPostgres.PASSWORD);
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database(), version()")) {
                assertTrue(rs.next());
                assertEquals(db, rs.getString(1));
                assertTrue(rs.getString(2).startsWith("PostgreSQL 16"), rs.getString(2));
            }
        }
    }

    @Test
    void brokerKeepsRecordsAcrossRestart() throws Exception {
        LocalKafka kafka = TestInfrastructure.kafka();
        String topic = "restart-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "k", "before-restart")).get();
        }
        kafka.stop();
        assertTrue(kafka.process().isEmpty(), "broker process must be gone");
        kafka.start(Duration.ofSeconds(60));

        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "g-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        assertEquals(List.of("before-restart"), values);
    }
}
