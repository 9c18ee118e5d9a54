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
 * discovery document and its signing keys over HTTP, signs JWTs (RS256) with its private key, and runs the
 * authorization code flow with PKCE for a browser (it logs in whoever {@link #logsInBrowsersAs} names, without
 * a password, and gives a code only for the verifier that matches the challenge). The service under test finds
 * it through its issuer alone.
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
                        + provider.issuer + "/token\",\"response_types_supported\":[\"code\"],"
                        + "\"code_challenge_methods_supported\":[\"S256\"],"
                        + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/realms/round-table/auth", provider::authorize);
            server.createContext("/realms/round-table/token", provider::exchange);
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

    /** The person the provider logs in when a browser comes to its authorization endpoint. */
    private volatile String[] browserUser = {"pat", "police", "PARTNER"};

    /** A pending authorization: what the client asked for, until it exchanges the code. */
    private record Pending(String clientId, String redirectUri, String nonce, String challenge, String[] user) { }

    private final java.util.Map<String, Pending> codes = new java.util.concurrent.ConcurrentHashMap<>();

    /** Who the provider logs in at its authorization endpoint from now on (it asks no password). */
    public void logsInBrowsersAs(String person, String partner, String... roles) {
        String[] user = new String[roles.length + 2];
        user[0] = person;
        user[1] = partner;
        System.arraycopy(roles, 0, user, 2, roles.length);
        browserUser = user;
    }

    /** The authorization endpoint: the person is logged in at once, and sent back with a code. */
    private void authorize(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        java.util.Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(query.get("client_id"), query.get("redirect_uri"), query.get("nonce"),
                query.get("code_challenge"), browserUser));
        String back = query.get("redirect_uri") + "?code=" + code + "&state="
                + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** The token endpoint: a code, once, with the PKCE verifier that matches its challenge. */
    private void exchange(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        java.util.Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Pending pending = codes.remove(String.valueOf(body.get("code")));
        String verifier = body.get("code_verifier");
        boolean verified = pending != null && verifier != null && pending.challenge() != null
                && pending.challenge().equals(s256(verifier));
        if (!verified) {
            byte[] error = "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        String[] user = pending.user();
        String idToken = sign(new JWTClaimsSet.Builder()
                .issuer(issuer).subject(user[0]).audience(pending.clientId())
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .claim("nonce", pending.nonce())
                .claim("preferred_username", user[0])
                .claim("partner", user[1])
                .claim("roles", List.of(java.util.Arrays.copyOfRange(user, 2, user.length)))
                .build(), key);
        String access = token(user[0], user[1], java.util.Arrays.copyOfRange(user, 2, user.length));
        byte[] answer = ("{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                + "\"scope\":\"openid\",\"id_token\":\"" + idToken + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Map<String, String> form(String encoded) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    fields.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return fields;
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
        return sign(claims, signingKey);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
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
