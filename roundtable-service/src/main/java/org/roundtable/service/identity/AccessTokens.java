package org.roundtable.service.identity;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer tokens of local accounts: 256 random bits, given once to the client and stored only as their
 * SHA-256, so a copy of the database holds no usable token. Checking a token is one indexed read, no password
 * hashing, and its answer is remembered (by the token's hash) and brought up to date every {@link #REMEMBERED}:
 * a token revoked, or a role revoked, counts at once on the instance that revoked it and within a moment on
 * the others. A token
 * expires, and can be revoked.
 */
@Component
public class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a token's member is remembered before the database is asked again. */
    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * Refreshed in the background once older than {@link #REMEMBERED}, while the remembered answer is still
     * given; forgotten after a minute unused. So a known token costs no query on the request path, and while
     * the database is away a request waits for it once (in its command), not twice.
     */
    private final LoadingCache<String, Optional<Member>> members = Caffeine.newBuilder()
            .refreshAfterWrite(REMEMBERED)
            .expireAfterWrite(java.time.Duration.ofMinutes(1))
            .maximumSize(20_000)
            .build(this::memberNow);

    AccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token issued to a person: the token itself, and when it expires. */
    public record Issued(String token, Instant expiresAt) { }

    public Issued issue(PersonId person, java.time.Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("insert into access_token (token_hash, person_id, issued_at, expires_at) values (:hash, :person, :now, :expires)")
                .param("hash", hash(token))
                .param("person", person.value())
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update();
        return new Issued(token, expires);
    }

    /** The person a token was issued to, if it is known, not expired and not revoked. */
    public Optional<PersonId> holder(String token) {
        return jdbc.sql("select person_id from access_token where token_hash = :hash and revoked_at is null and expires_at > :now")
                .param("hash", hash(token))
                .param("now", utc(clock.instant()))
                .query(String.class)
                .optional()
                .map(PersonId::new);
    }

    /**
     * The member a token speaks for now, in one query: the token known, not expired and not revoked; its person
     * active in the directory, with the partner and the roles the directory gives them at this moment.
     */
    public Optional<Member> member(String token) {
        return members.get(hash(token));
    }

    private Optional<Member> memberNow(String tokenHash) {
        List<String[]> rows = jdbc.sql("""
                        select p.person_id, p.partner_id, r.role, pa.active as partner_active
                        from access_token t
                        join directory_person p on p.person_id = t.person_id and p.active
                        left join directory_partner pa on pa.partner_id = p.partner_id
                        left join directory_role r on r.person_id = p.person_id
                        where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", utc(clock.instant()))
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getBoolean(4))})
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> row[2]).filter(java.util.Objects::nonNull).map(Role::valueOf).forEach(roles::add);
        return Optional.of(new Member(new PersonId(rows.get(0)[0]), new PartnerId(rows.get(0)[1]), roles,
                Boolean.parseBoolean(rows.get(0)[3])));
    }

    /** Revokes one token; true when it was valid until now. */
    public boolean revoke(String token) {
        members.invalidate(hash(token));
        return jdbc.sql("update access_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
                .param("hash", hash(token))
                .param("now", utc(clock.instant()))
                .update() == 1;
    }

    /** Revokes every token of a person (deactivated, or their password was reset). */
    public void revokeAll(PersonId person) {
        forget(person);
        jdbc.sql("update access_token set revoked_at = :now where person_id = :person and revoked_at is null")
                .param("person", person.value())
                .param("now", utc(clock.instant()))
                .update();
    }

    /** Forgets what is remembered of a person's tokens: their roles or account changed. */
    public void forget(PersonId person) {
        members.asMap().entrySet().removeIf(entry -> entry.getValue().map(m -> m.person().equals(person)).orElse(false));
    }

    /** Deletes tokens that expired a day ago or more. */
    public int deleteExpired() {
        return jdbc.sql("delete from access_token where expires_at < :before")
                .param("before", utc(clock.instant().minus(java.time.Duration.ofDays(1))))
                .update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
