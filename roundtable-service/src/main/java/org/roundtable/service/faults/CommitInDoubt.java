package org.roundtable.service.faults;

/**
 * The database went away while a transaction was being committed: it may have committed or not, and the
 * service cannot tell until the database is back. The client is told so (503, {@code outcome-unknown}); a
 * command sent again with the same Idempotency-Key then answers its first answer, or is carried out now.
 */
public class CommitInDoubt extends RuntimeException {

    public CommitInDoubt(Throwable cause) {
        super("the database went away while the transaction was being committed", cause);
    }
}
