package org.roundtable.service.identity;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.people.OpenAccount;
import org.roundtable.service.identity.secrets.Totp;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in through the real HTTP API: every demo person gets a token; a wrong password, an expired or a
 * revoked token and a missing second factor are refused with problem documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginTest extends ApiTest {

    private static final String STRONG = "a long and uncommon passphrase";

    @Autowired
    CommandGateway commands;
    @Autowired
    LocalAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"chris", "anna", "sofie", "youssef", "mila", "rita", "pieter", "ada"})
    void every_demo_person_logs_in_and_gets_a_token_for_their_partner_and_roles(String person) {
        Response login = login(person, "demo", null);

        assertThat(login.status()).isEqualTo(201);
        assertThat(login.text("token")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(login.text("tokenType")).isEqualTo("Bearer");
        assertThat(login.text("person")).isEqualTo(person);
        assertThat(login.json().path("roles").size()).isEqualTo(1);
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.getWithToken("/api/cases?purpose=a%20login%20check", login.text("token")).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_and_an_unknown_person_get_the_same_refusal() {
        Response wrong = login("anna", "not the password", null);
        Response unknown = login("nobody-here", "demo", null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("code")).isEqualTo("login-failed");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void a_token_is_stored_only_as_its_hash() {
        String token = login("anna", "demo", null).text("token");

        assertThat(jdbc.sql("select count(*) from access_token where token_hash = :token").param("token", token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = :hash")
                .param("hash", AccessTokens.hash(token)).query(Long.class).single()).isOne();
    }

    @Test
    void an_expired_token_is_refused() {
        String token = login("anna", "demo", null).text("token");
        jdbc.sql("update access_token set expires_at = :past where token_hash = :hash")
                .param("past", Instant.now().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                .param("hash", AccessTokens.hash(token)).update();

        Response refused = api.getWithToken("/api/cases", token);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("unauthenticated");
    }

    @Test
    void a_revoked_token_is_refused() {
        String token = login("sofie", "demo", null).text("token");

        assertThat(api.deleteWithToken("/api/tokens/current", token).status()).isEqualTo(204);

        assertThat(api.getWithToken("/api/cases", token).status()).isEqualTo(401);
    }

    @Test
    void a_chair_outside_the_demo_needs_the_one_time_code_of_their_authenticator() {
        PersonId person = PersonId.of("carla");
        commands.sendAndWait(new OpenAccount(person, PartnerId.of("city"), "Carla (chair)", Set.of(Role.CHAIR),
                Actor.of("setup", "city", Role.ADMIN)));
        accounts.setPassword(person, STRONG);
        String secret = secretOf(accounts.newSecondFactor(person));

        Response withoutCode = login("carla", STRONG, null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.text("code")).isEqualTo("second-factor-required");

        Response wrongCode = login("carla", STRONG, "000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000");
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.text("code")).isEqualTo("login-failed");

        String code = Totp.codeAt(secret, Instant.now());
        Response withCode = login("carla", STRONG, code);
        assertThat(withCode.status()).isEqualTo(201);
        assertThat(withCode.json().path("roles").get(0).asString()).isEqualTo("CHAIR");

        Response replayed = login("carla", STRONG, code);
        assertThat(replayed.status()).as("a one-time code works once").isEqualTo(401);
    }

    private Response login(String person, String password, String code) {
        String oneTimeCode = code == null ? "" : ", \"oneTimeCode\": \"" + code + "\"";
        return api.post("/api/tokens", null, null,
                "{\"username\": \"" + person + "\", \"password\": \"" + password + "\"" + oneTimeCode + "}");
    }

    private static String secretOf(String otpauthUri) {
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)").matcher(otpauthUri);
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }
}
