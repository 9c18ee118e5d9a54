package org.roundtable.service.api;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the {@link Actor} behind a request, from the headers {@value #PERSON} and
 * {@value #PARTNER}, required on every command; the value types check them. (Authentication will replace
 * the headers.)
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
        PersonId person;
        PartnerId partner;
        try {
            person = PersonId.of(required(request, PERSON, "the acting person"));
        } catch (InvalidValue e) {
            throw e.at(PERSON);
        }
        try {
            partner = PartnerId.of(required(request, PARTNER, "the acting partner"));
        } catch (InvalidValue e) {
            throw e.at(PARTNER);
        }
        return new Actor(person, partner);
    }

    private static String required(NativeWebRequest request, String header, String what) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            throw new InvalidValue("", what + " is required");
        }
        return value;
    }
}
