package org.roundtable.service.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.idempotency.AnsweredBefore;
import org.roundtable.service.idempotency.IdempotentRequest;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a form's command once: the form carries a key made when it was shown (a hidden {@code formKey}), sent
 * with the command as its idempotency key, exactly as the API's {@code Idempotency-Key}. The same form sent
 * again (a double click, a resubmission) writes nothing and counts as done.
 */
@Component
class OncePerForm {

    private final CommandDispatcher commands;

    OncePerForm(CommandDispatcher commands) {
        this.commands = commands;
    }

    /** A new key, for a form about to be shown. */
    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Sends the command unless this form was sent before; false when the key is not one the page made (a
     * tampered form), and then nothing is sent.
     */
    boolean send(ActorCommand command, String formKey) {
        try {
            UUID.fromString(formKey);
        } catch (IllegalArgumentException tampered) {
            return false;
        }
        IdempotentRequest once = new IdempotentRequest("form:" + formKey, fingerprint(command),
                new IdempotentRequest.Answer(303, null, null));
        try {
            commands.send(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(IdempotentRequest.METADATA, once)));
        } catch (RuntimeException failure) {
            if (TryAgain.causeOf(failure, AnsweredBefore.class).isEmpty()) {
                throw failure;
            }
        }
        return true;
    }

    /** A SHA-256 of the command: the key store never keeps what was asked. */
    private static String fingerprint(ActorCommand command) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(command.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
