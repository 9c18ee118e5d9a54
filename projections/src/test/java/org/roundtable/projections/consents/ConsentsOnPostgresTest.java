package org.roundtable.projections.consents;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consents read model on a real PostgreSQL, in a schema of its own that is dropped afterwards, gives every
 * reader the same view as on H2, even when every event arrives twice. The server is the local one unless
 * ROUNDTABLE_TEST_DB_URL, _USER and _PASSWORD name another, as for the other PostgreSQL tests.
 */
class ConsentsOnPostgresTest {

    private final String schema = "rt_test_" + UUID.randomUUID().toString().replace("-", "");
    private final JdbcClient postgres = postgres(schema);
    private final JdbcClient h2 = TestDatabase.migrated(ConsentsOnPostgresTest.class);
    private final ConsentStory story = new ConsentStory();

    @AfterEach
    void dropSchemaAndDatabase() {
        postgres.sql("drop schema " + schema + " cascade").update();
        TestDatabase.shutdown(h2);
    }

    @Test
    void postgresql_gives_every_reader_the_same_consents_as_h2() throws Exception {
        List<Object> onPostgres = views(postgres);

        assertThat(onPostgres).isEqualTo(views(h2));
        assertThat(onPostgres).contains(java.util.Optional.empty());
    }

    private List<Object> views(JdbcClient jdbc) throws Exception {
        ConsentsProjection projection = (ConsentsProjection) ConsentsProjection.readModel(jdbc).projection();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (int twice = 0; twice < 2; twice++) {
            for (Recorded<? extends CaseEvent> recorded : story.all()) {
                handlers.handle(new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(),
                        recorded.sequence(), recorded.event(),
                        MetaData.with(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner()),
                        recorded.eventIdentifier(), recorded.at()));
            }
        }
        List<Object> views = new ArrayList<>();
        ConsentsProjectionTest.readers().forEach(sees -> views.add(projection.handle(new FindConsents(sees.reader(), story.caseId))));
        return views;
    }

    private static JdbcClient postgres(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUser(System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_USER", "postgres"));
        dataSource.setPassword(System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_PASSWORD", ""));
        dataSource.setCurrentSchema(schema);
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }
}
