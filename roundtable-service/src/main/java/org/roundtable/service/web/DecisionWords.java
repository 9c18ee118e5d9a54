package org.roundtable.service.web;

import org.roundtable.core.common.PartnerId;
import org.roundtable.projections.sessions.Decision;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A decision taken at a session's table in the reader's words, for the run-sheet and the printed minutes: the text
 * {@code decision.<kind>} with the partner, the partners, the day, the detail (a closure reason, in words) and the
 * free text as its arguments; a kind without such a text is named by its {@code eventKind.<kind>}, which every
 * case event has (see {@code MessageBundlesTest}), so a new kind of decision is never without words.
 */
@Component
class DecisionWords {

    private final MessageSource messages;

    DecisionWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The words for one language. */
    In in(Locale locale) {
        return new In(locale);
    }

    /** The words in one language; Thymeleaf calls {@link #of(Decision)}. */
    final class In {

        private final Locale locale;
        private final DateTimeFormatter days;

        In(Locale locale) {
            this.locale = locale;
            this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        public String of(Decision decision) {
            Object[] arguments = {
                    decision.partner() == null ? "" : decision.partner().value(),
                    decision.partners().stream().map(PartnerId::value).collect(Collectors.joining(", ")),
                    decision.on() == null ? "" : days.format(decision.on()),
                    decision.detail() == null ? "" : messages.getMessage("closureReason." + decision.detail(), null,
                            decision.detail(), locale),
                    decision.text() == null ? messages.getMessage("case.erased", null, locale) : decision.text()};
            String words = messages.getMessage("decision." + decision.kind(), arguments, null, locale);
            return words != null ? words : messages.getMessage("eventKind." + decision.kind(), null, decision.kind(), locale);
        }
    }
}
