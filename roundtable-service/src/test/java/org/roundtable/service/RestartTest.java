package org.roundtable.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.service.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/** The default H2 file database keeps everything across a restart: events, read models, case numbers. */
class RestartTest {

    @TempDir
    Path data;

    @Test
    void a_restarted_service_still_knows_every_case() {
        String url = "jdbc:h2:file:" + data.resolve("roundtable")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String caseId;
        String firstNumber;
        try (ConfigurableApplicationContext service = start(url)) {
            Api api = api(service);
            Api.Response raised = api.post("/api/cases", "anna", "police", concern());
            caseId = raised.text("caseId");
            firstNumber = raised.text("caseNumber");
            assertThat(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school"))
                    .status()).isEqualTo(204);
        }

        try (ConfigurableApplicationContext service = start(url)) {
            Api api = api(service);
            assertThat(api.get("/api/cases/" + caseId).text("status")).isEqualTo("OPEN");
            assertThat(api.get("/api/cases/" + caseId + "/audit").json().get("changes").size())
                    .as("raised, opened and its first review planned").isEqualTo(3);
            assertThat(api.get("/api/cases").json().size()).isEqualTo(1);
            String secondNumber = api.post("/api/cases", "anna", "police", concern()).text("caseNumber");
            assertThat(secondNumber).isNotEqualTo(firstNumber);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(RoundtableApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url);
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
