package org.roundtable.service.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.Reader;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The OpenAPI description at {@code /v3/api-docs}, generated from the code: every operation but logging in
 * needs a bearer token; commands take an optional Idempotency-Key; value types appear as the single JSON value
 * each one is, with the rules their own code checks; {@link ApiContract} adds what
 * springdoc cannot read from the code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** A text with at least one character that is not white space (the pattern matches the whole value). */
    static final String NOT_BLANK = "^[\\s\\S]*\\S[\\s\\S]*$";

    static final String CASES = "Cases";
    static final String INFORMATION = "Information";
    static final String ACTIONS = "Actions";
    static final String LOGINS = "Logins";
    static final String ADMINISTRATION = "Administration";
    static final String REPORTS = "Reports";
    static final String SESSIONS = "Sessions";
    static final String BEARER = "bearer";

    static {
        SpringDocUtils config = SpringDocUtils.getConfig();
        config.addRequestWrapperToIgnore(Actor.class, Reader.class);
        config.replaceWithSchema(PartnerId.class, partnerCode());
        config.replaceWithSchema(PersonId.class, personName());
        config.replaceWithSchema(PersonalText.class, new StringSchema().minLength(1).maxLength(PersonalText.MAX_LENGTH)
                .pattern(NOT_BLANK).description("free text about people: not blank, at most " + PersonalText.MAX_LENGTH
                        + " characters"));
        config.replaceWithSchema(CaseNumber.class, new StringSchema().pattern("^\\d{4}-\\d{4,}$")
                .description("the number people use for a case: the year and a serial number").example("2026-0042"));
        config.replaceWithSchema(CaseId.class, new UUIDSchema());
        config.replaceWithSchema(InformationId.class, new UUIDSchema());
        config.replaceWithSchema(ActionId.class, new UUIDSchema());
        config.replaceWithSchema(org.roundtable.core.sessions.SessionId.class, new UUIDSchema());
        config.replaceWithSchema(org.roundtable.core.sessions.AgendaItemId.class, new UUIDSchema());
        config.replaceWithSchema(YearMonth.class, new StringSchema().pattern("^\\d{4}-(0[1-9]|1[0-2])$")
                .description("a month: the year and the month's number").example("2026-03"));
    }

    private static StringSchema partnerCode() {
        return (StringSchema) new StringSchema().pattern("^" + PartnerId.FORMAT + "$")
                .description("a partner organisation, by its code").example("police");
    }

    private static StringSchema personName() {
        return (StringSchema) new StringSchema().minLength(1).maxLength(PersonId.MAX_LENGTH).pattern(NOT_BLANK)
                .description("a person, by the user name they log in with").example("anna");
    }

    @Bean
    OpenAPI roundtableApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Roundtable")
                        .version("0.1")
                        .description("""
                                Cases of a city's partners' round table: concerns about young people at risk of \
                                radicalisation, their screening, the information partners share (and keep owning), \
                                the actions they agree, closure, and the audit trail; and, for its administrators, \
                                the partners and the people who act for them.

                                Every command answers once it is committed, and what a client reads next shows it. \
                                Refusals are RFC 9457 problem documents (`application/problem+json`) whose `code` \
                                names the rule; a refused command has written nothing. Commands take an \
                                `Idempotency-Key` header that makes them safe to repeat.""")
                        .contact(new Contact().name("Roundtable maintainers"))
                        .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .servers(List.of(new Server().url("/").description("this service")))
                .tags(List.of(
                        new Tag().name(CASES).description("Raising a concern, screening it, closing and reopening the case; "
                                + "the subject's consent and whether they were informed; the case list, one case, "
                                + "and its audit trail."),
                        new Tag().name(INFORMATION).description("What partners share in a case, and its withdrawal by its owner."),
                        new Tag().name(ACTIONS).description("What a participating partner agrees to do in a case, the consent "
                                + "of the owners of the information it relies on, and its completion."),
                        new Tag().name(REPORTS).description("Figures about the round table's work: anonymised statistics "
                                + "for policy members, and what each partner gives and takes, for the chair."),
                        new Tag().name(SESSIONS).description("The round table's sessions: the chair schedules them, "
                                + "sets the agenda (from the one the round table proposes), records attendance, the "
                                + "confidentiality statement's agreement and notes per item, closes them and corrects "
                                + "their final minutes; each reader sees a session as far as its need-to-know allows."),
                        new Tag().name(LOGINS).description("Bearer tokens for local accounts: log in, log out."),
                        new Tag().name(ADMINISTRATION).description("For administrators only: the partners of the round "
                                + "table (registration, charter, representatives, leaving) and the people who act for "
                                + "them (accounts, roles, passwords, second factors, deactivation).")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token from `POST /api/tokens`, or a JWT of the configured OpenID Connect provider.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer apiContract() {
        return new ApiContract();
    }

    /** Commands take an Idempotency-Key; who gives them is the authenticated person. */
    @Bean
    OperationCustomizer idempotencyKey() {
        return (operation, handler) -> {
            boolean command = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType().equals(Actor.class));
            if (command) {
                operation.addParametersItem(new HeaderParameter().name(Commands.IDEMPOTENCY_KEY).required(false)
                        .description("makes the command safe to repeat: the same key from the same person answers "
                                + "the first answer again and writes nothing; the same key with another request is 422")
                        .schema(new StringSchema().pattern("^[\\x21-\\x7e]{1,255}$").example("5b0e9a8c-2f64-4f57-9a1e-0c3d1c7f2b11")));
            }
            return operation;
        };
    }
}
