package org.roundtable.service.readmodels;

/**
 * A read model failed while a command's transaction ran its handlers without savepoints (the fast path).
 * The whole command is rolled back and sent again {@link ReadModelSavepoints#CAREFULLY carefully}: with a
 * savepoint around each handler, so that the failing read model's event is parked and the command commits.
 */
public class ReadModelFailedInCommand extends RuntimeException {

    public ReadModelFailedInCommand(String projection, Throwable cause) {
        super("read model " + projection + " failed; the command is sent again with savepoints", cause);
    }
}
