package org.roundtable.service.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of the running service through its HTTP API: the port, a client that holds every exchange to the API
 * description ({@link Api}), and the store to look into.
 */
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** How many events the store holds: a refused request leaves it as it was. */
    protected long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    /** Waits, with a deadline, until the moment has passed on this machine's clock (the service's too). */
    protected static void waitUntil(Instant moment) {
        Instant deadline = moment.plusSeconds(10);
        while (!Instant.now().isAfter(moment)) {
            assertThat(Instant.now()).as("waiting for " + moment).isBefore(deadline);
            Thread.onSpinWait();
        }
    }
}
