package org.roundtable.service.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.idempotency.AnsweredBefore;
import org.roundtable.service.idempotency.IdempotentRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives a page's command once per form shown: the form carries a key made when it was shown (a hidden
 * {@code formKey}), claimed with the command exactly as the API's {@code Idempotency-Key} is (the same
 * {@code idempotent_request} table). Sent again (a double click, the form resubmitted from the browser's
 * history, even after the case has moved on), the command is not carried out a second time. The form, not what
 * was typed in it, is the request: sent again with other words it is still sent once.
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

    /** Whether a form's key is one this service makes (a UUID); any other was not sent as it was shown. */
    static boolean isKey(String formKey) {
        try {
            UUID.fromString(formKey);
            return true;
        } catch (IllegalArgumentException tampered) {
            return false;
        }
    }

    /**
     * Sends the command under the form's key, for the form named by {@code form} (its path); true when it was
     * carried out now, false when that form was sent before and nothing was written. The key must be one this
     * service makes ({@link #isKey}).
     */
    boolean send(ActorCommand command, String formKey, String form) {
        return send(command, null, formKey, form);
    }

    /** As {@link #send(ActorCommand, String, String)}, for a decision taken at a session's table when one is named. */
    boolean send(ActorCommand command, @Nullable DecidedIn decidedIn, String formKey, String form) {
        String key = "form:" + UUID.fromString(formKey);
        IdempotentRequest once = new IdempotentRequest(key, sha256("POST " + form),
                new IdempotentRequest.Answer(303, form, null));
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(IdempotentRequest.METADATA, once));
        if (decidedIn != null) {
            message = message.andMetaData(decidedIn.metaData());
        }
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

    /**
     * Sends a case page's command once per form: empty when it is done (now or before; a notice flashed when now),
     * otherwise the problem to show, the form's key not one this service makes ({@code raise.problem.form}) or
     * the code of the case's rule it broke. Not allowed and not known propagate: the error pages say so.
     */
    Optional<String> sendOrRuleBroken(ActorCommand command, String formKey, String form, String done,
                                                RedirectAttributes redirect) {
        return sendOrRuleBroken(command, null, formKey, form, done, redirect);
    }

    /** As {@link #sendOrRuleBroken(ActorCommand, String, String, String, RedirectAttributes)}, for a decision at a table. */
    Optional<String> sendOrRuleBroken(ActorCommand command, @Nullable DecidedIn decidedIn, String formKey, String form,
                                      String done, RedirectAttributes redirect) {
        if (!isKey(formKey)) {
            return Optional.of("raise.problem.form");
        }
        try {
            if (send(command, decidedIn, formKey, form)) {
                redirect.addFlashAttribute("notice", done);
            }
            return Optional.empty();
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isEmpty()) {
                throw failure;
            }
            return Optional.of(rule.get().code());
        }
    }

    /**
     * Sends the command unless this form was sent before; true when it is done (now or before), false when the
     * key is not one the page made (a tampered form), and then nothing is sent.
     */
    boolean carriedOut(ActorCommand command, String formKey, String form) {
        if (!isKey(formKey)) {
            return false;
        }
        send(command, formKey, form);
        return true;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
