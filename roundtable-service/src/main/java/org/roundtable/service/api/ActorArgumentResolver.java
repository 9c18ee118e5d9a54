package org.roundtable.service.api;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the {@link Actor} behind a request, from the headers {@value #PERSON} and
 * {@value #PARTNER}, required on every command. (Authentication will replace the headers.)
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    static final String PERSON = "X-Actor-Person";
    static final String PARTNER = "X-Actor-Partner";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String person = request.getHeader(PERSON);
        String partner = request.getHeader(PARTNER);
        if (person == null || person.isBlank()) {
            throw new InvalidInput(PERSON, "the acting person is required");
        }
        if (partner == null || partner.isBlank()) {
            throw new InvalidInput(PARTNER, "the acting partner is required");
        }
        if (person.length() > PersonId.MAX_LENGTH) {
            throw new InvalidInput(PERSON, "the acting person is at most " + PersonId.MAX_LENGTH + " characters");
        }
        if (!partner.matches(PartnerId.FORMAT)) {
            throw new InvalidInput(PARTNER, "a partner code is 1 to 63 lower-case letters, digits or hyphens");
        }
        return new Actor(PersonId.of(person.strip()), PartnerId.of(partner));
    }
}
