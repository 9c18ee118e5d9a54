package org.roundtable.service.api;

import org.roundtable.service.support.HeldDecisions;
import org.roundtable.service.support.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Decisions at the table on the real PostgreSQL, in a schema of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@Import({PostgresSchema.DropOnClose.class, HeldDecisions.class})
class DecisionsAtTheTableOnPostgresTest extends DecisionsAtTheTableStory {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }
}
