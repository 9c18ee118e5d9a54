package org.roundtable.service.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * An OpenID Connect provider in the test's own process, as a resource server meets one: it publishes its
 * discovery document and its signing keys over HTTP, and signs JWTs (RS256) with its private key. The
 * service under test finds it through {@code roundtable.oidc.issuer-uri} alone.
 */
public final class OidcProvider implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private OidcProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/round-table";
    }

    public static OidcProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OidcProvider provider = new OidcProvider(server, key);
            server.createContext("/realms/round-table/.well-known/openid-configuration", exchange -> {
                byte[] body = ("{\"issuer\":\"" + provider.issuer + "\",\"jwks_uri\":\"" + provider.issuer + "/keys\","
                        + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                        + "\"authorization_endpoint\":\"" + provider.issuer + "/auth\",\"token_endpoint\":\""
                        + provider.issuer + "/token\",\"response_types_supported\":[\"code\"]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/realms/round-table/keys", exchange -> {
                byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** A token for a person of a partner with these roles, valid for an hour. */
    public String token(String person, String partner, String... roles) {
        return token(person, partner, Instant.now().plus(Duration.ofHours(1)), key, roles);
    }

    /** A token that expired a minute ago. */
    public String expiredToken(String person, String partner, String... roles) {
        return token(person, partner, Instant.now().minus(Duration.ofMinutes(1)), key, roles);
    }

    /** A token signed by a key this provider does not publish. */
    public String forgedToken(String person, String partner, String... roles) {
        try {
            return token(person, partner, Instant.now().plus(Duration.ofHours(1)),
                    new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(), roles);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String person, String partner, Instant expires, RSAKey signingKey, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(UUID.randomUUID().toString())
                    .audience("roundtable")
                    .issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expires))
                    .claim("preferred_username", person)
                    .claim("partner", partner)
                    .claim("roles", List.of(roles))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
