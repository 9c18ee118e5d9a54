package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonId;
import org.roundtable.service.identity.Members;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the pages: Dutch, French and English. A choice ({@code ?lang=nl}, the language links in the
 * header) applies to the request that makes it and is kept in a cookie; made by a logged-in person, it is also
 * remembered for the person ({@link LanguageChoices}) and follows them to any browser after they log in, where it
 * goes before the cookie. Without a choice, the browser's preferred language among these; otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class WebLanguages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver(LanguageChoices choices) {
        CookieLocaleResolver cookie = new CookieLocaleResolver("roundtable-language");
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setDefaultLocaleFunction(request -> {
            for (Locale wanted : Collections.list(request.getLocales())) {
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(wanted.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return new PersonsLanguage(cookie, choices);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    /** The person's remembered choice first, then the browser's cookie or language; a choice is remembered for both. */
    static final class PersonsLanguage implements LocaleResolver {

        private static final String RESOLVED = PersonsLanguage.class.getName() + ".RESOLVED";

        private final CookieLocaleResolver cookie;
        private final LanguageChoices choices;

        PersonsLanguage(CookieLocaleResolver cookie, LanguageChoices choices) {
            this.cookie = cookie;
            this.choices = choices;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
                return resolved;
            }
            Locale locale = loggedIn().flatMap(choices::of).orElseGet(() -> cookie.resolveLocale(request));
            request.setAttribute(RESOLVED, locale);
            return locale;
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            Locale supported = locale == null ? null : SUPPORTED.stream()
                    .filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
            if (supported == null) {
                return; // not one of the pages' languages: nothing changes
            }
            cookie.setLocale(request, response, supported);
            loggedIn().ifPresent(person -> choices.remember(person, supported));
            request.setAttribute(RESOLVED, supported);
        }

        private static Optional<PersonId> loggedIn() {
            try {
                return Optional.of(Members.current().person());
            } catch (IllegalStateException nobody) {
                return Optional.empty();
            }
        }
    }
}
