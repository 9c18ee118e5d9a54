package org.roundtable.service.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.idempotency.AnsweredBefore;
import org.roundtable.service.idempotency.IdempotentRequest;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a page's command once per form shown: the form carries a key made when it was shown, claimed with
 * the command as an API's {@code Idempotency-Key} is. Sent again (a double click, the form resubmitted from
 * the browser's history), the command is not carried out a second time.
 */
@Component
class SentOnce {

    private final CommandDispatcher commands;

    SentOnce(CommandDispatcher commands) {
        this.commands = commands;
    }

    /**
     * Sends the command under the form's key, for the form at {@code path}; answers false when that form was
     * sent before, and nothing was written. The key must be one this service makes ({@link #isKey}).
     */
    boolean send(ActorCommand command, String formKey, String path) {
        String key = "form:" + UUID.fromString(formKey);
        // The form, not what was typed in it, is the request: sent again with other words it is still sent once.
        IdempotentRequest once = new IdempotentRequest(key, sha256("POST " + path),
                new IdempotentRequest.Answer(303, path, null));
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(IdempotentRequest.METADATA, once));
        try {
            commands.send(message);
            return true;
        } catch (RuntimeException failure) {
            if (TryAgain.causeOf(failure, AnsweredBefore.class).isPresent()) {
                return false;
            }
            throw failure;
        }
    }

    /** Whether a form's key is one this service makes (a UUID); any other was not sent as it was shown. */
    static boolean isKey(String formKey) {
        try {
            UUID.fromString(formKey);
            return true;
        } catch (IllegalArgumentException tampered) {
            return false;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
