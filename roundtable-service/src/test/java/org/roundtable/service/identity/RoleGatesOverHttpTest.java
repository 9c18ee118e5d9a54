package org.roundtable.service.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Roles gate every case command through the real API: the chair screens, assigns, closes and reopens; a
 * partner's representative raises, shares, withdraws, consents and completes; both record the subject's consent
 * and informing; compliance reviewers, policy members and administrators change no case. A refused command is
 * 403 (404 to those who may not know of the case) and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleGatesOverHttpTest extends ApiTest {

    /** The demo people who hold neither role a command needs, besides the one role that would allow it. */
    private static final List<String> NOT_CHAIRS = List.of("anna", "rita", "pieter", "ada");
    private static final List<String> NOT_REPRESENTATIVES = List.of("chris", "rita", "pieter", "ada");

    String caseUri;
    String closedCaseUri;
    String item;
    String actionId;
    String relyingActionId;

    /** One open case and one closed case serve every refusal: a refused command changes neither. */
    @BeforeAll
    void openACase() {
        api = new Api(port);
        closedCaseUri = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(api.post(closedCaseUri + "/screening", "chris", "city", openCase("police")).status()).isEqualTo(204);
        assertThat(api.post(closedCaseUri + "/closure", "chris", "city", "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}").status()).isEqualTo(204);
        caseUri = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(api.post(caseUri + "/screening", "chris", "city", openCase("police", "school", "youth-work")).status())
                .isEqualTo(204);
        item = api.post(caseUri + "/information", "sofie", "school", information("AMBER")).text("informationId");
        actionId = api.post(caseUri + "/actions", "chris", "city", action("youth-work", LocalDate.now().plusDays(5)))
                .text("actionId");
        relyingActionId = api.post(caseUri + "/actions", "chris", "city",
                action("youth-work", LocalDate.now().plusDays(5), item)).text("actionId");
    }

    static Stream<Arguments> refusals() {
        Stream<Arguments> chairOnly = Stream.of("screen", "assign", "close", "reopen")
                .flatMap(command -> NOT_CHAIRS.stream().map(person -> refusal(command, person, "not-the-chair")));
        Stream<Arguments> representativesOnly = Stream.of("raise", "share", "withdraw", "consent", "complete")
                .flatMap(command -> NOT_REPRESENTATIVES.stream().map(person -> refusal(command, person, "not-a-representative")));
        Stream<Arguments> chairOrRepresentatives = Stream.of("subject-consent", "subject-informing")
                .flatMap(command -> Stream.of("rita", "pieter", "ada")
                        .map(person -> refusal(command, person, "not-a-representative")));
        return Stream.of(chairOnly, representativesOnly, chairOrRepresentatives).flatMap(each -> each);
    }

    /**
     * The role's refusal (403), except where the person may not know of the case at all: policy members and
     * administrators see no case, so a command on one answers as for an unknown case (404).
     */
    private static Arguments refusal(String command, String person, String code) {
        boolean seesNoCase = person.equals("pieter") || person.equals("ada");
        return seesNoCase && !command.equals("raise") ? Arguments.of(command, person, 404, "unknown-case")
                : Arguments.of(command, person, 403, code);
    }

    @ParameterizedTest(name = "{1} may not {0}: {2} {3}")
    @MethodSource("refusals")
    void a_command_the_persons_roles_do_not_allow_is_refused_and_writes_nothing(String command, String person,
                                                                                int status, String code) {
        long before = events();

        Response refused = give(command, person);

        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.text("code")).isEqualTo(code);
        assertThat(events()).isEqualTo(before);
    }

    private Response give(String command, String person) {
        String partner = switch (person) {
            case "anna" -> "police";
            default -> "city";
        };
        return switch (command) {
            case "raise" -> api.post("/api/cases", person, partner, concern());
            case "screen" -> api.post(caseUri + "/screening", person, partner, "{\"decision\": \"DISMISS\", \"reason\": \"x\"}");
            case "share" -> api.post(caseUri + "/information", person, partner, information("GREEN"));
            case "withdraw" -> api.post(caseUri + "/information/" + item + "/withdrawal", person, partner, null);
            case "assign" -> api.post(caseUri + "/actions", person, partner, action("school", LocalDate.now().plusDays(3)));
            case "consent" -> api.post(caseUri + "/actions/" + relyingActionId + "/consents/" + item, person, partner,
                    "{\"decision\": \"GRANTED\"}");
            case "complete" -> api.post(caseUri + "/actions/" + actionId + "/completion", person, partner, "{\"outcome\": \"done\"}");
            case "subject-consent" -> api.post(caseUri + "/subject/consent", person, partner,
                    "{\"decision\": \"GIVEN\", \"by\": \"SUBJECT\", \"on\": \"" + LocalDate.now() + "\"}");
            case "subject-informing" -> api.post(caseUri + "/subject/informing", person, partner,
                    "{\"outcome\": \"INFORMED\", \"on\": \"" + LocalDate.now() + "\"}");
            case "close" -> api.post(caseUri + "/closure", person, partner, "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}");
            case "reopen" -> api.post(closedCaseUri + "/reopening", person, partner, "{\"reason\": \"again\"}");
            default -> throw new IllegalArgumentException(command);
        };
    }

}
