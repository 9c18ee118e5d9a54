package org.roundtable.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the acting person and partner appear as the two headers
 * every command requires, not as a parameter of their own.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
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
                        .schema(new StringSchema().pattern(PartnerId.FORMAT)));
            }
            return operation;
        };
    }
}
