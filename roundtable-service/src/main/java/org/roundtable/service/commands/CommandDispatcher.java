package org.roundtable.service.commands;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.readmodels.ReadModelFailedInCommand;
import org.roundtable.service.readmodels.ReadModelSavepoints;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a command and returns once it is committed, trying it again when that is the right thing to do:
 * <ul>
 *     <li>a concurrent change to its case (two instances appending at once): within one instance Axon's
 *     aggregate lock runs the commands on one case one at a time, across instances the aggregate lock on
 *     PostgreSQL does; should two still collide on the event table's unique key, the loser waits a little
 *     (longer and at random with each try, so that the contenders part ways) and tries again against the case
 *     as it now stands, up to {@value #ATTEMPTS} times in all;</li>
 *     <li>a read model that failed on the command's fast path (no savepoints): sent once more, carefully, so
 *     that the failing read model's event is parked and the command commits.</li>
 * </ul>
 * A refusal is never tried again: it throws, and nothing was written.
 */
@Component
public class CommandDispatcher {

    private static final int ATTEMPTS = 6;

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a command (a payload, or a message with metadata) and waits until it is committed. */
    public void send(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(message);
                return;
            } catch (RuntimeException failure) {
                if (TryAgain.causeOf(failure, ReadModelFailedInCommand.class).isPresent() && !carefully(message)) {
                    message = message.andMetaData(Map.of(ReadModelSavepoints.CAREFULLY, true));
                    attempt--;
                    continue;
                }
                boolean conflict = TryAgain.causeOf(failure, ConcurrencyException.class).isPresent();
                if (!conflict || attempt == ATTEMPTS) {
                    throw failure;
                }
                backOff(attempt);
            }
        }
    }

    private static boolean carefully(CommandMessage<?> message) {
        return Boolean.TRUE.equals(message.getMetaData().get(ReadModelSavepoints.CAREFULLY));
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try a command again", e);
        }
    }
}
