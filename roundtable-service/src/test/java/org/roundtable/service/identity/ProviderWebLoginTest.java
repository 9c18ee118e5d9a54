package org.roundtable.service.identity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.OidcProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web logs in through the OpenID Connect provider: authorization code with PKCE, the ID token's claims
 * giving the person, partner and roles, and a server session afterwards. Followed step by step, as a
 * browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProviderWebLoginTest {

    private static final OidcProvider PROVIDER = OidcProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry settings) {
        settings.add("roundtable.oidc.issuer-uri", PROVIDER::issuer);
        settings.add("spring.security.oauth2.client.provider.city.issuer-uri", PROVIDER::issuer);
        settings.add("spring.security.oauth2.client.registration.city.client-id", () -> "roundtable");
        settings.add("spring.security.oauth2.client.registration.city.client-secret", () -> "a client secret");
        settings.add("spring.security.oauth2.client.registration.city.scope", () -> "openid");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Test
    void an_administrator_logs_in_at_the_provider_with_pkce_and_the_session_opens_the_operators_endpoints() throws Exception {
        PROVIDER.logsInBrowsersAs("ines", "city", "ADMIN");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> toProvider = browser.send(get("http://localhost:" + port + "/oauth2/authorization/city"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.issuer() + "/auth").contains("code_challenge=").contains("code_challenge_method=S256");

        HttpResponse<String> back = browser.send(get(authorize), HttpResponse.BodyHandlers.ofString());
        String callback = back.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> loggedIn = browser.send(get(callback), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        HttpResponse<String> operators = browser.send(get("http://localhost:" + port + "/actuator/readmodels"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(operators.statusCode()).isEqualTo(200);
    }

    @Test
    void a_person_whose_partner_is_not_at_the_round_table_is_not_logged_in() throws Exception {
        PROVIDER.logsInBrowsersAs("ines", "no-such-partner", "ADMIN");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String authorize = browser.send(get("http://localhost:" + port + "/oauth2/authorization/city"),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow();
        String callback = browser.send(get(authorize), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElseThrow();
        HttpResponse<String> refused = browser.send(get(callback), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("error"));
        assertThat(browser.send(get("http://localhost:" + port + "/actuator/readmodels"),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(302, 401);
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }
}
