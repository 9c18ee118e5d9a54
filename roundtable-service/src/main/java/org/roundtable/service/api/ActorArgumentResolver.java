package org.roundtable.service.api;

import org.roundtable.core.common.Actor;
import org.roundtable.service.identity.Members;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the {@link Actor} behind a request: the authenticated person, their partner and
 * the roles they hold now. Spring Security has refused the request (401) before this runs if nobody is
 * authenticated.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return Members.current().actor();
    }
}
