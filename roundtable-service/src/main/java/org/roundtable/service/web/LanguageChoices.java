package org.roundtable.service.web;

import org.roundtable.core.common.PersonId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/** The language each person chose for the pages, kept for the person rather than for one browser. */
@Component
class LanguageChoices {

    private final JdbcClient jdbc;
    private final Clock clock;

    LanguageChoices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The language the person chose, if they ever did and it is still one of the pages' languages. */
    Optional<Locale> of(PersonId person) {
        return jdbc.sql("select language from language_choice where person_id = :person")
                .param("person", person.value())
                .query(String.class).optional()
                .map(Locale::forLanguageTag)
                .filter(chosen -> WebLanguages.SUPPORTED.stream()
                        .anyMatch(supported -> supported.getLanguage().equals(chosen.getLanguage())));
    }

    /** Remembers the person's choice, replacing an earlier one. */
    void remember(PersonId person, Locale language) {
        if (update(person, language) == 0) {
            try {
                jdbc.sql("insert into language_choice (person_id, language, chosen_at) values (:person, :language, :at)")
                        .param("person", person.value())
                        .param("language", language.getLanguage())
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
            } catch (DuplicateKeyException chosenMeanwhile) {
                update(person, language);
            }
        }
    }

    private int update(PersonId person, Locale language) {
        return jdbc.sql("update language_choice set language = :language, chosen_at = :at where person_id = :person")
                .param("person", person.value())
                .param("language", language.getLanguage())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
