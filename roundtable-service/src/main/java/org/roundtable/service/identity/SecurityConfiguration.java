package org.roundtable.service.identity;

import org.roundtable.core.common.PartnerDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. The API ({@code /api/**}) is stateless: every request carries a bearer token, except
 * {@code POST /api/tokens}, which gives one. Everything else (the web, actuator, the API documentation) has a
 * form login with a server session and CSRF protection; health and the API documentation are open. Every
 * answer carries the security headers. Unauthenticated is 401, not allowed 403, both as problem documents.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DirectoryReader directoryReader(JdbcClient jdbc) {
        return new DirectoryReader(jdbc);
    }

    /** Case rules ask the directory whether a partner takes part in the round table. */
    @Bean
    PartnerDirectory partnerDirectory(DirectoryReader directory) {
        return directory::partnerActive;
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, DirectoryReader directory, ProblemResponses problems,
                            RoundtableProperties properties) throws Exception {
        return headers(http)
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/tokens").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .authenticationManagerResolver(bearerTokens(tokens, directory, properties.oidc()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * A bearer token is a local one, or, when a provider is configured, a JWT of that provider (three parts
     * separated by dots; local tokens have no dot).
     */
    private static AuthenticationManagerResolver<HttpServletRequest> bearerTokens(AccessTokens tokens,
                                                                                 DirectoryReader directory,
                                                                                 RoundtableProperties.Oidc oidc) {
        AuthenticationManager local = new ProviderManager(
                new OpaqueTokenAuthenticationProvider(new LocalTokenIntrospector(tokens)));
        if (!oidc.configured()) {
            return request -> local;
        }
        AuthenticationManager provider = new ProviderManager(ProviderTokens.authenticationProvider(oidc, directory));
        BearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> {
            String token = bearer.resolve(request);
            return token != null && token.chars().filter(c -> c == '.').count() == 2 ? provider : local;
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http, AccessTokens tokens, DirectoryReader directory,
                                       LocalAccounts accounts, ProblemResponses problems, RoundtableProperties properties,
                                       ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        ClientRegistrationRepository clients = providers.getIfAvailable();
        if (clients != null) {
            // The web logs in through the provider too: authorization code with PKCE.
            var requests = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login
                    .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(requests))
                    .userInfoEndpoint(users -> users.oidcUserService(new ProviderUsers(properties.oidc(), directory))));
        }
        return headers(http)
                .authenticationProvider(new LocalAccountAuthentication(accounts))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/login", "/login/**", "/oauth2/**", "/error",
                                "/css/**", "/webjars/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .opaqueToken(opaque -> opaque.introspector(new LocalTokenIntrospector(tokens))))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LocalAccountAuthentication.Details::new).permitAll())
                // A request that carries a bearer token cannot be forged by another site: a browser never adds one.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .logout(logout -> logout.permitAll())
                .build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }
}
