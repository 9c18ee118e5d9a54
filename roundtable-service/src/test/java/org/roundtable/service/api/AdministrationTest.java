package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.identity.secrets.Totp;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * An administrator manages the round table's partners and people through the API, and what they change counts
 * at once: a new person logs in and acts, a revoked role or a deactivated account stops the next request. No
 * one else may manage them, and a refused change writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministrationTest extends ApiTest {

    private static final String STRONG_PASSWORD = "blue kettle on a quiet tuesday";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Test
    void a_new_partner_s_new_representative_logs_in_and_raises_a_concern() {
        String partner = "probation-" + NAMES.incrementAndGet();
        String person = "bram-" + NAMES.incrementAndGet();

        Response registered = asAdministrator("/api/partners", """
                {"partnerId": "%s", "name": "Probation service", "sector": "SOCIAL_SERVICES"}""".formatted(partner));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.location()).isEqualTo("/api/partners/" + partner);
        assertThat(registered.text("partnerId")).isEqualTo(partner);
        expect(asAdministrator("/api/partners/" + partner + "/charter", "{\"charterVersion\": \"2026-1\"}"), 204);
        Response opened = openAccount(person, partner, "PARTNER", STRONG_PASSWORD);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.location()).isEqualTo("/api/people/" + person);
        assertThat(opened.text("username")).isEqualTo(person);
        expect(asAdministrator("/api/partners/" + partner + "/representatives", "{\"person\": \"" + person + "\"}"), 204);

        String token = logIn(person, STRONG_PASSWORD);
        Response raised = api.post("/api/cases", null, null, concern(), "Authorization", "Bearer " + token);

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode listed = api.getAs("/api/partners", "ada").json().valueStream()
                .filter(p -> p.path("partnerId").asString().equals(partner)).findFirst().orElseThrow();
        assertThat(listed.path("charterVersion").asString()).isEqualTo("2026-1");
        assertThat(listed.path("active").asBoolean()).isTrue();
        assertThat(listed.path("representatives").valueStream().map(JsonNode::asString).toList()).containsExactly(person);
        JsonNode them = api.getAs("/api/people/" + person, "ada").json();
        assertThat(them.path("partner").asString()).isEqualTo(partner);
        assertThat(them.path("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("PARTNER");
        assertThat(api.getAs("/api/people", "ada").json().findValuesAsString("username")).contains(person, "anna", "ada");
    }

    @Test
    void only_an_administrator_manages_partners_and_people_or_reads_them() {
        long before = events();

        Response register = api.post("/api/partners", "anna", "police", """
                {"partnerId": "probation-%d", "name": "Probation service", "sector": "SOCIAL_SERVICES"}"""
                .formatted(NAMES.incrementAndGet()));
        Response people = api.getAs("/api/people", "anna");
        Response partners = api.getAs("/api/partners", "chris");
        Response password = api.post("/api/people/sofie/password", "anna", "police", "{\"password\": \"" + STRONG_PASSWORD + "\"}");

        for (Response refused : new Response[] {register, people, partners, password}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.text("code")).isEqualTo("not-an-administrator");
        }
        assertThat(events()).isEqualTo(before);
        logIn("sofie", "demo");
    }

    @Test
    void a_weak_first_password_is_refused_and_no_account_is_opened() {
        String person = "bram-" + NAMES.incrementAndGet();
        long before = events();

        Response refused = openAccount(person, "police", "PARTNER", "password1234");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("weak-password");
        assertThat(events()).isEqualTo(before);
        assertThat(api.getAs("/api/people/" + person, "ada").text("code")).isEqualTo("unknown-person");
    }

    @Test
    void a_deactivated_person_s_token_stops_working_and_they_can_no_longer_log_in() {
        String person = newRepresentative();
        String token = logIn(person, STRONG_PASSWORD);
        expect(api.getWithToken("/api/cases", token), 200);

        expect(asAdministrator("/api/people/" + person + "/deactivation", null), 204);

        Response afterwards = api.getWithToken("/api/cases", token);
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.text("code")).isEqualTo("unauthenticated");
        assertThat(logInAnswer(person, STRONG_PASSWORD).text("code")).isEqualTo("login-failed");
        assertThat(api.getAs("/api/people/" + person, "ada").json().path("active").asBoolean()).isFalse();
    }

    @Test
    void a_revoked_role_refuses_the_very_next_command() {
        String person = newRepresentative();
        String token = logIn(person, STRONG_PASSWORD);
        expect(api.post("/api/cases", null, null, concern(), "Authorization", "Bearer " + token), 201);

        expect(asAdministrator("/api/people/" + person + "/roles/PARTNER/revocation", null), 204);

        Response refused = api.post("/api/cases", null, null, concern(), "Authorization", "Bearer " + token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("not-a-representative");
    }

    @Test
    void a_new_password_ends_the_person_s_sessions_and_only_it_opens_a_new_one() {
        String person = newRepresentative();
        String token = logIn(person, STRONG_PASSWORD);
        String newPassword = "seven lanterns over the river";

        expect(asAdministrator("/api/people/" + person + "/password", "{\"password\": \"" + newPassword + "\"}"), 204);

        assertThat(api.getWithToken("/api/cases", token).status()).isEqualTo(401);
        assertThat(logInAnswer(person, STRONG_PASSWORD).status()).isEqualTo(401);
        logIn(person, newPassword);
    }

    @Test
    void a_role_that_needs_a_second_factor_logs_in_with_the_codes_of_the_one_set_up() {
        String person = newRepresentative();
        expect(asAdministrator("/api/people/" + person + "/roles", "{\"role\": \"COMPLIANCE\"}"), 204);
        assertThat(logInAnswer(person, STRONG_PASSWORD).text("code")).isEqualTo("second-factor-required");

        Response secondFactor = asAdministrator("/api/people/" + person + "/second-factor", null);

        assertThat(secondFactor.status()).isEqualTo(200);
        assertThat(secondFactor.header("Cache-Control")).isEqualTo("no-store");
        String secret = UriComponentsBuilder.fromUriString(secondFactor.text("otpauthUri")).build()
                .getQueryParams().getFirst("secret");
        Response login = api.post("/api/tokens", null, null, """
                {"username": "%s", "password": "%s", "oneTimeCode": "%s"}"""
                .formatted(person, STRONG_PASSWORD, Totp.codeAt(secret, Instant.now())));
        assertThat(login.status()).as(login.body()).isEqualTo(201);
    }

    @Test
    void an_administrator_reads_whether_a_person_has_a_second_factor_set_up() {
        String person = newRepresentative();
        assertThat(api.getAs("/api/people/" + person, "ada").json().path("secondFactor").asBoolean()).isFalse();

        expect(asAdministrator("/api/people/" + person + "/second-factor", null), 200);

        assertThat(api.getAs("/api/people/" + person, "ada").json().path("secondFactor").asBoolean()).isTrue();
        assertThat(api.getAs("/api/people", "ada").json().valueStream()
                .filter(p -> p.path("username").asString().equals(person))
                .map(p -> p.path("secondFactor").asBoolean())).containsExactly(true);
    }

    @Test
    void a_partner_code_and_a_user_name_are_taken_once() {
        String person = newRepresentative();
        long before = events();

        Response partnerAgain = asAdministrator("/api/partners",
                "{\"partnerId\": \"police\", \"name\": \"Another police\", \"sector\": \"POLICE\"}");
        Response personAgain = openAccount(person, "school", "PARTNER", "an entirely different password");

        assertThat(partnerAgain.status()).isEqualTo(409);
        assertThat(partnerAgain.text("code")).isEqualTo("partner-already-registered");
        assertThat(personAgain.status()).isEqualTo(409);
        assertThat(personAgain.text("code")).isEqualTo("account-already-opened");
        assertThat(events()).isEqualTo(before);
        logIn(person, STRONG_PASSWORD);
    }

    @Test
    void a_command_for_a_partner_or_person_never_registered_is_not_found() {
        Response partner = asAdministrator("/api/partners/nobody-" + NAMES.incrementAndGet() + "/leaving", null);
        Response person = asAdministrator("/api/people/nobody-" + NAMES.incrementAndGet() + "/roles", "{\"role\": \"CHAIR\"}");
        Response password = asAdministrator("/api/people/nobody-" + NAMES.incrementAndGet() + "/password",
                "{\"password\": \"" + STRONG_PASSWORD + "\"}");

        assertThat(partner.text("code")).isEqualTo("unknown-partner");
        assertThat(person.text("code")).isEqualTo("unknown-person");
        assertThat(password.text("code")).isEqualTo("unknown-person");
        assertThat(api.getAs("/api/partners/nobody", "ada").status()).isEqualTo(404);
    }

    /** A new person of the police with the partner role and the strong password, as the administrator opens them. */
    private String newRepresentative() {
        String person = "bram-" + NAMES.incrementAndGet();
        expect(openAccount(person, "police", "PARTNER", STRONG_PASSWORD), 201);
        return person;
    }

    private Response openAccount(String person, String partner, String role, String password) {
        return asAdministrator("/api/people", """
                {"username": "%s", "partner": "%s", "displayName": "Bram", "roles": ["%s"], "password": "%s"}"""
                .formatted(person, partner, role, password));
    }

    private Response asAdministrator(String path, String json) {
        return api.post(path, "ada", "city", json);
    }

    private String logIn(String person, String password) {
        Response login = logInAnswer(person, password);
        assertThat(login.status()).as(login.body()).isEqualTo(201);
        return login.text("token");
    }

    private Response logInAnswer(String person, String password) {
        return api.post("/api/tokens", null, null, """
                {"username": "%s", "password": "%s"}""".formatted(person, password));
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
