package org.roundtable.service.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.identity.secrets.Totp;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Api.Response;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A fresh installation without demo data gets its first administrator from configuration; a database that
 * holds the demo accounts never serves without demo data.
 */
class StartingUpTest {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void the_first_administrator_is_created_from_configuration_and_logs_in_with_the_second_factor() throws Exception {
        Path secondFactor = Files.createTempDirectory("roundtable-first-admin").resolve("second-factor.txt");
        String password = "an uncommon first passphrase";
        ConfigurableApplicationContext service = start(database(), "--roundtable.demo-data=false",
                "--roundtable.first-administrator.username=olga",
                "--roundtable.first-administrator.partner=city-hall",
                "--roundtable.first-administrator.partner-name=City hall",
                "--roundtable.first-administrator.password=" + password,
                "--roundtable.first-administrator.second-factor-file=" + secondFactor);
        Api api = new Api(port(service));

        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)").matcher(Files.readString(secondFactor));
        assertThat(secret.find()).isTrue();
        Response login = api.post("/api/tokens", null, null, "{\"username\": \"olga\", \"password\": \"" + password
                + "\", \"oneTimeCode\": \"" + Totp.codeAt(secret.group(1), Instant.now()) + "\"}");

        assertThat(login.status()).isEqualTo(201);
        assertThat(login.text("partner")).isEqualTo("city-hall");
        assertThat(login.json().path("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(api.post("/api/tokens", null, null, "{\"username\": \"chris\", \"password\": \"demo\"}").status())
                .as("no demo people without demo data").isEqualTo(401);
    }

    @Test
    void a_service_without_demo_data_refuses_to_start_on_a_database_that_holds_demo_accounts() {
        String database = database();
        start(database, "--roundtable.demo-data=true", "--roundtable.demo-cases=false").close();

        Throwable refused = catchThrowable(() -> start(database, "--roundtable.demo-data=false"));

        assertThat(refused).hasStackTraceContaining("demo accounts");
    }

    private static String database() {
        return "--spring.datasource.url=jdbc:h2:mem:starting-up-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private ConfigurableApplicationContext start(String database, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", database));
        all.addAll(List.of(arguments));
        ConfigurableApplicationContext service = new SpringApplicationBuilder(RoundtableApplication.class)
                .run(all.toArray(String[]::new));
        started.add(service);
        return service;
    }

    private static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
