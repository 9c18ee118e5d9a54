package org.roundtable.service.config;

import org.roundtable.core.sessions.AgendaEntry;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/**
 * The service's own settings, under {@code roundtable.*}.
 *
 * @param timeZone    the round table's time zone: "today" for due dates, the year in case numbers
 * @param demoData    whether to register the demo round table (partners and people, password {@code demo}) and
 *                    raise a few made-up cases into an empty store at start-up
 * @param demoCases   with {@code demoData}: whether the made-up cases are raised too (the people alone serve tests)
 * @param logins      local accounts and their tokens
 * @param oidc        an external OpenID Connect provider whose JWTs the API accepts
 * @param eventStore  event store settings
 * @param aggregates  how aggregates are kept fast as they grow
 * @param commands    how long a command may wait before it is refused with "try again"
 * @param api         limits on what a client may send
 * @param idempotency how long the answer to a command sent with an Idempotency-Key is kept
 * @param readModels  how failed read-model updates are retried
 * @param sessions    the round table's sessions
 * @param deadlines   how often the deadlines kept in the database are looked at
 * @param reviews     how often open cases are reviewed
 */
@ConfigurationProperties("roundtable")
public record RoundtableProperties(@DefaultValue("Europe/Brussels") ZoneId timeZone,
                                   @DefaultValue("false") boolean demoData,
                                   @DefaultValue("true") boolean demoCases,
                                   @DefaultValue Logins logins,
                                   @DefaultValue Oidc oidc,
                                   @DefaultValue EventStore eventStore,
                                   @DefaultValue Aggregates aggregates,
                                   @DefaultValue Commands commands,
                                   @DefaultValue Api api,
                                   @DefaultValue Idempotency idempotency,
                                   @DefaultValue ReadModels readModels,
                                   @DefaultValue Sessions sessions,
                                   @DefaultValue Deadlines deadlines,
                                   @DefaultValue Reviews reviews) {

    /**
     * @param tokenLifetime      how long a token from {@code POST /api/tokens} is valid
     * @param maxFailedAttempts  failed logins in a row after which an account is locked for a while
     * @param lockout            how long such a lock lasts
     * @param secondFactorRoles  the roles whose holders must give a one-time code (TOTP) to log in, except the
     *                           demo accounts
     */
    public record Logins(@DefaultValue("12h") Duration tokenLifetime,
                         @DefaultValue("5") int maxFailedAttempts,
                         @DefaultValue("15m") Duration lockout,
                         @DefaultValue({"CHAIR", "COMPLIANCE", "ADMIN"}) java.util.Set<org.roundtable.core.common.Role> secondFactorRoles) { }

    /**
     * @param issuerUri     the provider's issuer (its {@code /.well-known/openid-configuration} is read on first use);
     *                      empty: the API accepts local tokens only
     * @param usernameClaim the claim that names the person
     * @param partnerClaim  the claim that names the person's partner, by its code (a partner of the round table)
     * @param rolesClaim    the claim that lists the person's roles ({@code CHAIR}, {@code PARTNER}, ...; others are ignored)
     */
    public record Oidc(@DefaultValue("") String issuerUri,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("partner") String partnerClaim,
                       @DefaultValue("roles") String rolesClaim) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /** @param gapTimeout how long a processor waits for an index reserved by a transaction still running */
    public record EventStore(@DefaultValue("120s") Duration gapTimeout) { }

    /**
     * @param snapshotThreshold events applied to an aggregate, since it was loaded from a snapshot, before a new one is taken
     * @param cache             whether aggregates are kept in memory between commands (always brought up to date first)
     */
    public record Aggregates(@DefaultValue("50") int snapshotThreshold, @DefaultValue("true") boolean cache) { }

    /**
     * @param lockTimeout the longest a command waits behind a read-model rebuild (or another lock) before
     *                    it is refused with 503 and {@code Retry-After}
     * @param retryAfter  what {@code Retry-After} tells a client to wait when the service cannot answer now
     */
    public record Commands(@DefaultValue("2s") Duration lockTimeout, @DefaultValue("2s") Duration retryAfter) { }

    /** @param maxBodySize the largest request body accepted; a larger one is refused with 413 */
    public record Api(@DefaultValue("1MB") DataSize maxBodySize) { }

    /** @param retention how long the first answer to a command sent with an Idempotency-Key is replayed */
    public record Idempotency(@DefaultValue("24h") Duration retention) { }

    /**
     * @param retryFirstDelay how long after a read model failed on an event it is tried again
     * @param retryMaxDelay   the longest wait between tries; the wait doubles from the first delay up to this
     */
    public record ReadModels(@DefaultValue("10s") Duration retryFirstDelay, @DefaultValue("10m") Duration retryMaxDelay) { }

    /**
     * @param minutesPerItem         the minutes each item of a proposed agenda suggests for the run-sheet (1 to 120)
     * @param minutesDueWorkingDays  the working days after a session by which its minutes are to be final (closed)
     */
    public record Sessions(@DefaultValue("12") int minutesPerItem, @DefaultValue("3") int minutesDueWorkingDays) {

        public Sessions {
            if (minutesDueWorkingDays < 1 || minutesDueWorkingDays > 30) {
                throw new IllegalArgumentException("roundtable.sessions.minutes-due-working-days is 1 to 30");
            }
            if (minutesPerItem < AgendaEntry.MIN_MINUTES || minutesPerItem > AgendaEntry.MAX_MINUTES) {
                throw new IllegalArgumentException("roundtable.sessions.minutes-per-item is "
                        + AgendaEntry.MIN_MINUTES + " to " + AgendaEntry.MAX_MINUTES);
            }
        }
    }

    /**
     * @param pollingInterval how often each instance looks for deadlines that are due (an action past its due date
     *                        becomes overdue within this time, plus the time it takes to record it)
     */
    public record Deadlines(@DefaultValue("10s") Duration pollingInterval) { }

    /**
     * @param interval how long after a case is opened, reopened or reviewed its next review falls due (ISO-8601,
     *                 such as {@code P3M}; at least a day)
     */
    public record Reviews(@DefaultValue("P3M") Period interval) {

        public Reviews {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("roundtable.reviews.interval is at least a day, such as P3M");
            }
        }
    }
}
