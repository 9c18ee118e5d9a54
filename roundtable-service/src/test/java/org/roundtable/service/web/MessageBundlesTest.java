package org.roundtable.service.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages is there in Dutch, French and English: no key is missing from any bundle. */
class MessageBundlesTest {

    @Test
    void every_key_is_in_every_language() throws IOException {
        Set<String> english = keys("messages.properties");

        assertThat(english).isNotEmpty();
        assertThat(keys("messages_nl.properties")).as("Dutch").containsExactlyInAnyOrderElementsOf(english);
        assertThat(keys("messages_fr.properties")).as("French").containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void every_status_urgency_category_level_and_action_status_has_its_words() throws IOException {
        Set<String> english = keys("messages.properties");

        for (Enum<?> value : org.roundtable.core.cases.CaseStatus.values()) {
            assertThat(english).contains("status." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.cases.Urgency.values()) {
            assertThat(english).contains("urgency." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.cases.ConcernCategory.values()) {
            assertThat(english).contains("category." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.sharing.SharingLevel.values()) {
            assertThat(english).contains("level." + value.name(), "share.level." + value.name());
        }
        for (Enum<?> value : org.roundtable.projections.consents.ConsentStatus.values()) {
            assertThat(english).contains("consentStatus." + value.name());
        }
        for (Enum<?> value : org.roundtable.service.access.Look.values()) {
            assertThat(english).contains("look." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.cases.AgeBand.values()) {
            assertThat(english).contains("ageBand." + value.name());
        }
        for (Enum<?> value : org.roundtable.projections.casedetail.ActionStatus.values()) {
            assertThat(english).contains("actionStatus." + value.name());
        }
        for (String kind : org.roundtable.service.access.AuditFilter.CHANGE_KINDS) {
            assertThat(english).contains("eventKind." + kind);
        }
        for (Enum<?> value : org.roundtable.projections.consents.ConsentStatus.values()) {
            assertThat(english).contains("timeline.consent." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.cases.SubjectConsentDecision.values()) {
            assertThat(english).contains("timeline.subjectConsent." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.cases.ConsentHolder.values()) {
            assertThat(english).contains("timeline.holder." + value.name());
        }
        for (Enum<?> value : org.roundtable.core.cases.NotInformedReason.values()) {
            assertThat(english).contains("timeline.notInformed." + value.name());
        }
    }

    @Test
    void every_role_is_named_and_explained_and_every_sector_named() throws IOException {
        Set<String> english = keys("messages.properties");
        for (Enum<?> value : org.roundtable.core.common.Role.values()) {
            assertThat(english).contains("role." + value.name(), "role." + value.name() + ".explained");
        }
        for (Enum<?> value : org.roundtable.core.people.Sector.values()) {
            assertThat(english).contains("sector." + value.name());
        }
    }

    /**
     * A text with arguments ({0}) is read as a {@link java.text.MessageFormat}, where a lone apostrophe starts a
     * quote and swallows the rest of the text: French and Dutch write {@code ''} there (shown as one).
     */
    @Test
    void a_text_with_arguments_doubles_its_apostrophes() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_nl.properties", "messages_fr.properties")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                }
            }
        }
    }

    /** A key given twice in one bundle keeps only its last text, silently: each key is given once. */
    @Test
    void each_key_is_given_once_in_each_bundle() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_nl.properties", "messages_fr.properties")) {
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
                assertThat(in).as(bundle).isNotNull();
                List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .toList();
                assertThat(keys).as(bundle).doesNotHaveDuplicates();
            }
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        return load(bundle).stringPropertyNames();
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
