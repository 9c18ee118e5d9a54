package org.roundtable.service.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A bean only for PostgreSQL: the data source's URL names it. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnPostgres.OnPostgres.class)
@interface ConditionalOnPostgres {

    /** Whether {@code spring.datasource.url} is a PostgreSQL URL. */
    class OnPostgres implements Condition {

        static boolean isPostgres(org.springframework.core.env.Environment environment) {
            return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isPostgres(context.getEnvironment());
        }
    }
}
