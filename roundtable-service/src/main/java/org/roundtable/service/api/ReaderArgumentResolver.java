package org.roundtable.service.api;

import org.roundtable.core.sharing.Reader;
import org.roundtable.service.identity.Members;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the {@link Reader} behind a request: the authenticated person, their partner, the
 * roles they hold now, and whether that partner still takes part in the round table (as the login was
 * checked: for a token, within about two seconds). Every query is asked with it; nothing is read on behalf
 * of nobody.
 */
class ReaderArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Reader.class);
    }

    @Override
    public Reader resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return Members.current().reader();
    }
}
