package org.roundtable.service.api;

import org.roundtable.service.config.RoundtableProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The API's place in Spring MVC: controller methods may take the acting
 * {@link org.roundtable.core.common.Actor} and queries the {@link org.roundtable.core.sharing.Reader} as a
 * parameter, and every request body passes the size limit
 * first.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
        resolvers.add(new ReaderArgumentResolver());
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(RoundtableProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(properties.api().maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
