package org.roundtable.service.identity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.OidcProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * With an OpenID Connect provider configured, the API accepts its JWTs: the person, partner and roles come
 * from the token's claims, checked against the provider's published keys; a forged, expired or foreign
 * token is refused, and the local tokens keep working beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProviderTokenTest {

    private static final OidcProvider PROVIDER = OidcProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry settings) {
        settings.add("roundtable.oidc.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Test
    void a_representative_logged_in_at_the_provider_raises_a_concern_in_their_own_name() {
        Api api = new Api(port);
        String token = PROVIDER.token("pat", "police", "PARTNER");

        Response raised = api.postWithToken("/api/cases", token, concern());

        assertThat(raised.status()).isEqualTo(201);
        Response trail = api.get("/api/cases/" + raised.text("caseId") + "/audit");
        assertThat(trail.json().get("changes").get(0).path("actorPerson").asString()).isEqualTo("pat");
        assertThat(trail.json().get("changes").get(0).path("actorPartner").asString()).isEqualTo("police");
    }

    @Test
    void the_roles_in_the_token_gate_commands_as_local_roles_do() {
        Response refused = new Api(port).postWithToken("/api/cases", PROVIDER.token("pieter2", "city", "POLICY", "SUPERUSER"),
                concern());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("not-a-representative");
    }

    @Test
    void a_forged_an_expired_and_a_foreign_partners_token_are_refused() {
        Api api = new Api(port);

        assertThat(api.getWithToken("/api/cases", PROVIDER.forgedToken("pat", "police", "PARTNER")).status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/cases", PROVIDER.expiredToken("pat", "police", "PARTNER")).status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/cases", PROVIDER.token("pat", "no-such-partner", "PARTNER")).status()).isEqualTo(401);
    }

    @Test
    void local_tokens_work_beside_the_providers() {
        assertThat(new Api(port).get("/api/cases").status()).isEqualTo(200);
    }
}
