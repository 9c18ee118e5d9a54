package org.roundtable.service.identity;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Api.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Repeated failed logins lock an account for a while, even against the right password; then it opens again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roundtable.logins.max-failed-attempts=3", "roundtable.logins.lockout=3s"})
@ActiveProfiles("test")
class LockOutTest {

    @LocalServerPort
    int port;

    @Test
    void three_failures_lock_the_account_and_the_lock_ends_by_itself() {
        Api api = new Api(port);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(login(api, "wrong password").status()).isEqualTo(401);
        }

        Response locked = login(api, "demo");
        assertThat(locked.status()).as("the right password, while locked").isEqualTo(401);
        assertThat(locked.text("code")).isEqualTo("login-failed");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(login(api, "demo").status()).isEqualTo(201));
    }

    @Test
    void a_success_resets_the_count_of_failures() {
        Api api = new Api(port);
        assertThat(login(api, "wrong password", "sofie").status()).isEqualTo(401);
        assertThat(login(api, "wrong password", "sofie").status()).isEqualTo(401);
        assertThat(login(api, "demo", "sofie").status()).isEqualTo(201);
        assertThat(login(api, "wrong password", "sofie").status()).isEqualTo(401);
        assertThat(login(api, "wrong password", "sofie").status()).isEqualTo(401);

        assertThat(login(api, "demo", "sofie").status()).isEqualTo(201);
    }

    private static Response login(Api api, String password) {
        return login(api, password, "youssef");
    }

    private static Response login(Api api, String password, String person) {
        return api.post("/api/tokens", null, null, "{\"username\": \"" + person + "\", \"password\": \"" + password + "\"}");
    }
}
