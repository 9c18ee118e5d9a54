package org.roundtable.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the acting person and partner appear as the two headers
 * every command requires, not as a parameter of their own, beside the optional Idempotency-Key; value types
 * appear as the single JSON value each one is.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils config = SpringDocUtils.getConfig();
        config.addRequestWrapperToIgnore(Actor.class);
        // The value types are written as one JSON value each.
        config.replaceWithSchema(PartnerId.class, new StringSchema().pattern("^" + PartnerId.FORMAT + "$"));
        config.replaceWithSchema(PersonId.class, new StringSchema().minLength(1).maxLength(PersonId.MAX_LENGTH));
        config.replaceWithSchema(PersonalText.class,
                new StringSchema().minLength(1).maxLength(PersonalText.MAX_LENGTH).pattern("\\S"));
        config.replaceWithSchema(CaseNumber.class, new StringSchema().pattern("^\\d{4}-\\d{4,}$"));
        config.replaceWithSchema(CaseId.class, new UUIDSchema());
        config.replaceWithSchema(InformationId.class, new UUIDSchema());
        config.replaceWithSchema(ActionId.class, new UUIDSchema());
    }

    @Bean
    OpenAPI roundtableApi() {
        return new OpenAPI().info(new Info()
                .title("Roundtable")
                .version("0.1")
                .description("Cases of the partners' round table: concerns, screening, shared information, actions, "
                        + "closure, and the audit trail. Refusals are RFC 9457 problem documents whose `code` names the rule."));
    }

    @Bean
    OperationCustomizer actorHeaders() {
        return (operation, handler) -> {
            boolean command = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType().equals(Actor.class));
            if (command) {
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.PERSON).required(true)
                        .description("the person giving the command")
                        .schema(new StringSchema().maxLength(PersonId.MAX_LENGTH)));
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.PARTNER).required(true)
                        .description("the partner organisation the person acts for, by its code")
                        .schema(new StringSchema().pattern("^" + PartnerId.FORMAT + "$")));
                operation.addParametersItem(new HeaderParameter().name(Commands.IDEMPOTENCY_KEY).required(false)
                        .description("makes the command safe to repeat: the same key from the same person answers "
                                + "the first answer again and writes nothing; the same key with another request is 422")
                        .schema(new StringSchema().pattern("^[\\x21-\\x7e]{1,255}$")));
            }
            return operation;
        };
    }
}
