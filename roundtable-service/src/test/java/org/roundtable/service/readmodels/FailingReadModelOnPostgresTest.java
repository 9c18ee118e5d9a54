package org.roundtable.service.readmodels;

import org.roundtable.service.support.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A failing read model on PostgreSQL, where a refused statement aborts the whole transaction: only the
 * savepoint around each read model's handler lets the command and the other read models commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roundtable.read-models.retry-first-delay=3s", "roundtable.read-models.retry-check=200ms"})
@ActiveProfiles({"test", "postgres"})
@Import({FailingReadModel.WithFlakyReadModel.class, PostgresSchema.DropOnClose.class})
class FailingReadModelOnPostgresTest extends FailingReadModel {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }
}
