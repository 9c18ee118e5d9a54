package org.roundtable.projections;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.core.cases.ActionEvent;
import org.roundtable.core.cases.ParticipationEvent;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No hidden rule: a read model that follows a family of events follows every event of it. One that handles an
 * action's assignment and completion but not, say, its reassignment would show the old assignee for ever; one that
 * adds a case's participants when it opens but ignores a partner taken out would keep showing that partner the case.
 * This test walks every projection's {@code @EventHandler} methods and names the events of each family such a read
 * model misses. A handler for the family's interface itself (or a supertype) counts for every event of it.
 */
class EveryEventOfAFamilyTest {

    @ParameterizedTest
    @ValueSource(classes = {ActionEvent.class, ParticipationEvent.class})
    void every_read_model_that_handles_an_event_of_a_family_handles_them_all(Class<?> family) {
        List<Class<?>> members = Stream.of(family.getPermittedSubclasses()).toList();
        Map<String, List<String>> missing = new TreeMap<>();
        for (Class<?> projection : projectionClasses()) {
            List<Class<?>> handled = handledTypes(projection);
            if (handled.stream().noneMatch(family::isAssignableFrom)) {
                continue;
            }
            List<String> notHandled = new ArrayList<>();
            for (Class<?> event : members) {
                if (handled.stream().noneMatch(type -> type.isAssignableFrom(event))) {
                    notHandled.add(event.getSimpleName());
                }
            }
            if (!notHandled.isEmpty()) {
                missing.put(projection.getSimpleName(), notHandled);
            }
        }
        assertThat(missing).as(family.getSimpleName() + "s a read model that follows them does not handle").isEmpty();
    }

    @Test
    void the_read_models_that_follow_actions_are_found() {
        assertThat(followersOf(ActionEvent.class))
                .contains("CaseDetailProjection", "CaseListProjection", "SessionsProjection", "ReciprocityProjection");
    }

    @Test
    void the_read_models_that_follow_participation_are_found() {
        assertThat(followersOf(ParticipationEvent.class))
                .contains("CaseDetailProjection", "CaseListProjection", "SessionsProjection", "ConsentsProjection");
    }

    private static List<String> followersOf(Class<?> family) {
        return projectionClasses().stream()
                .filter(type -> handledTypes(type).stream().anyMatch(family::isAssignableFrom))
                .map(Class::getSimpleName)
                .toList();
    }

    private static List<Class<?>> projectionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.roundtable.projections")
                .stream()
                .map(JavaClass::reflect)
                .filter(type -> !handledTypes(type).isEmpty())
                .toList();
    }

    private static List<Class<?>> handledTypes(Class<?> type) {
        List<Class<?>> handled = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(EventHandler.class) && method.getParameterCount() > 0) {
                handled.add(method.getParameterTypes()[0]);
            }
        }
        return handled;
    }
}
