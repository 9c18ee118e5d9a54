package org.roundtable.service.idempotency;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys are kept for their retention and then forgotten. */
class IdempotentRequestsTest {

    private final JdbcClient jdbc = database();
    private Instant now = Instant.parse("2026-03-03T09:00:00Z");
    private final IdempotentRequests requests = new IdempotentRequests(jdbc, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, Duration.ofHours(24));

    @AfterEach
    void dropDatabase() {
        jdbc.sql("shutdown").update();
    }

    @Test
    void expired_keys_are_deleted_and_kept_ones_stay() {
        insert("old", now.minus(Duration.ofHours(30)));
        insert("recent", now.minus(Duration.ofHours(2)));

        assertThat(requests.deleteExpired()).isEqualTo(1);

        assertThat(jdbc.sql("select idempotency_key from idempotent_request").query(String.class).list())
                .containsExactly("recent");
    }

    private void insert(String key, Instant created) {
        jdbc.sql("""
                        insert into idempotent_request (actor_person, actor_partner, idempotency_key, fingerprint,
                            status, created_at, expires_at)
                        values ('anna', 'police', :key, 'f', 201, :created, :expires)""")
                .param("key", key)
                .param("created", created.atOffset(ZoneOffset.UTC))
                .param("expires", created.plus(Duration.ofHours(24)).atOffset(ZoneOffset.UTC))
                .update();
    }

    private static JdbcClient database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:idempotency-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }
}
