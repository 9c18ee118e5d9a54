package org.roundtable.service.readmodels;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A failing read model on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roundtable.read-models.retry-first-delay=3s", "roundtable.read-models.retry-check=200ms"})
@ActiveProfiles("test")
@Import(FailingReadModel.WithFlakyReadModel.class)
class FailingReadModelOnH2Test extends FailingReadModel {
}
