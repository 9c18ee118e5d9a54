package org.roundtable.service.api;

import org.roundtable.service.support.HeldDecisions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Decisions at the table on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(HeldDecisions.class)
class DecisionsAtTheTableOnH2Test extends DecisionsAtTheTableStory {
}
