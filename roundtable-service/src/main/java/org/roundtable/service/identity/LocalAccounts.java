package org.roundtable.service.identity;

import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.identity.secrets.PasswordPolicy;
import org.roundtable.service.identity.secrets.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Local accounts: a person of the directory with a password (hashed by Spring Security's delegating encoder)
 * and, for the roles that need one, a second factor (TOTP). After {@code max-failed-attempts} failed logins in
 * a row an account is locked for {@code lockout}; a success resets the count.
 */
@Component
public class LocalAccounts {

    private static final String DUMMY_HASH_SOURCE = "a password no account has, hashed once to keep timings alike";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final DirectoryReader directory;
    private final Clock clock;
    private final RoundtableProperties.Logins settings;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Totp totp = new Totp();
    private final String dummyHash;

    LocalAccounts(JdbcClient jdbc, PasswordEncoder passwords, DirectoryReader directory, Clock clock,
                  RoundtableProperties properties) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.directory = directory;
        this.clock = clock;
        this.settings = properties.logins();
        this.dummyHash = passwords.encode(DUMMY_HASH_SOURCE);
    }

    private record Credential(String passwordHash, String totpSecret, Long totpLastStep, int failedAttempts,
                              Instant lockedUntil, boolean demo) { }

    /**
     * The member behind a user name and password (and one-time code, where the person's roles need one), or a
     * {@link LoginRefused}. Failures are counted in a transaction of their own, so that a refused login still
     * counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = LoginRefused.class)
    public Member login(String username, String password, String oneTimeCode) {
        PersonId person;
        try {
            person = PersonId.of(username);
        } catch (RuntimeException invalid) {
            throw LoginRefused.failed();
        }
        Optional<Credential> found = credential(person);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            throw LoginRefused.failed();
        }
        Credential credential = found.get();
        if (credential.lockedUntil() != null && credential.lockedUntil().isAfter(now)) {
            throw LoginRefused.failed();
        }
        if (password == null || !passwords.matches(password, credential.passwordHash())) {
            fail(person, credential, now);
        }
        Member member = directory.person(person).filter(DirectoryReader.Person::active)
                .map(p -> new Member(p.person(), p.partner(), p.roles(), directory.partnerActive(p.partner())))
                .orElseThrow(LoginRefused::failed);
        if (needsSecondFactor(member, credential)) {
            if (oneTimeCode == null || oneTimeCode.isBlank()) {
                throw new LoginRefused(LoginRefused.SECOND_FACTOR_REQUIRED,
                        "this account needs its one-time code (oneTimeCode) from the authenticator app");
            }
            OptionalLong step = credential.totpSecret() == null ? OptionalLong.empty()
                    : totp.matchingStep(credential.totpSecret(), oneTimeCode, now);
            if (step.isEmpty() || (credential.totpLastStep() != null && step.getAsLong() <= credential.totpLastStep())) {
                fail(person, credential, now);
            }
            jdbc.sql("update login_credential set totp_last_step = :step where person_id = :person")
                    .param("step", step.getAsLong()).param("person", person.value()).update();
        }
        jdbc.sql("update login_credential set failed_attempts = 0, locked_until = null where person_id = :person")
                .param("person", person.value()).update();
        return member;
    }

    private boolean needsSecondFactor(Member member, Credential credential) {
        return !credential.demo() && !Collections.disjoint(member.roles(), settings.secondFactorRoles());
    }

    /** Whether a person's roles make a second factor necessary (outside the demo). */
    public boolean secondFactorRequiredFor(java.util.Set<Role> roles) {
        return !Collections.disjoint(roles, settings.secondFactorRoles());
    }

    private void fail(PersonId person, Credential credential, Instant now) {
        int failures = credential.failedAttempts() + 1;
        Instant lockedUntil = failures >= settings.maxFailedAttempts() ? now.plus(settings.lockout()) : null;
        jdbc.sql("update login_credential set failed_attempts = :failures, locked_until = :until where person_id = :person")
                .param("failures", lockedUntil == null ? failures : 0)
                .param("until", lockedUntil == null ? null : utc(lockedUntil))
                .param("person", person.value())
                .update();
        throw LoginRefused.failed();
    }

    /**
     * Sets a person's password after checking it against the password policy ({@link
     * org.roundtable.service.identity.secrets.WeakPassword} otherwise).
     */
    public void setPassword(PersonId person, String password) {
        policy.check(person.value(), password);
        store(person, password, false);
    }

    /** Refuses (WeakPassword) a password the policy does not accept, before anything is written. */
    public void checkPassword(PersonId person, String password) {
        policy.check(person.value(), password);
    }

    /** The demo round table's password, which no policy would accept: marked as demo, refused outside it. */
    public void setDemoPassword(PersonId person, String password) {
        store(person, password, true);
    }

    /** A new second factor for a person: the secret to show once (as an otpauth URI) in an authenticator app. */
    public String newSecondFactor(PersonId person) {
        String secret = Totp.newSecret();
        int updated = jdbc.sql("update login_credential set totp_secret = :secret, totp_last_step = null where person_id = :person")
                .param("secret", secret).param("person", person.value()).update();
        if (updated == 0) {
            throw new RuleViolation("no-local-account",
                    "the person has no local account (no password here): they log in through the provider");
        }
        // The authenticator's label cannot hold a colon; it is only shown to the person.
        return Totp.otpauthUri("Roundtable", person.value().replace(':', '_'), secret);
    }

    /** The people whose local account has a second factor set up. */
    public java.util.Set<PersonId> withSecondFactor() {
        return java.util.Set.copyOf(jdbc.sql("select person_id from login_credential where totp_secret is not null")
                .query((rs, row) -> new PersonId(rs.getString("person_id")))
                .list());
    }

    /** Whether any local account is a demo account. */
    public boolean anyDemoAccount() {
        return jdbc.sql("select count(*) from login_credential where demo").query(Long.class).single() > 0;
    }

    private void store(PersonId person, String password, boolean demo) {
        String hash = passwords.encode(password);
        OffsetDateTime now = utc(clock.instant());
        int updated = jdbc.sql("""
                        update login_credential set password_hash = :hash, demo = :demo, changed_at = :now,
                               failed_attempts = 0, locked_until = null where person_id = :person""")
                .param("hash", hash).param("demo", demo).param("now", now).param("person", person.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into login_credential (person_id, password_hash, failed_attempts, demo, changed_at)
                            values (:person, :hash, 0, :demo, :now)""")
                    .param("person", person.value()).param("hash", hash).param("demo", demo).param("now", now)
                    .update();
        }
    }

    private Optional<Credential> credential(PersonId person) {
        return jdbc.sql("""
                        select password_hash, totp_secret, totp_last_step, failed_attempts, locked_until, demo
                        from login_credential where person_id = :person""")
                .param("person", person.value())
                .query((rs, row) -> new Credential(rs.getString("password_hash"), rs.getString("totp_secret"),
                        rs.getObject("totp_last_step") == null ? null : rs.getLong("totp_last_step"),
                        rs.getInt("failed_attempts"),
                        rs.getObject("locked_until", OffsetDateTime.class) == null ? null
                                : rs.getObject("locked_until", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("demo")))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
