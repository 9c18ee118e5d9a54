package org.roundtable.projections;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionEvent;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No hidden rule: a read model that follows actions follows every event in an action's life. One that handles
 * the assignment and the completion but not, say, a reassignment would show the old assignee for ever; this test
 * walks every projection's {@code @EventHandler} methods and names the action events such a read model misses.
 * A handler for {@link ActionEvent} itself (or a supertype) counts for every action event.
 */
class EveryActionEventTest {

    private static final List<Class<?>> ACTION_EVENTS = Stream.of(ActionEvent.class.getPermittedSubclasses()).toList();

    @Test
    void every_read_model_that_handles_an_action_event_handles_them_all() {
        Map<String, List<String>> missing = new TreeMap<>();
        for (Class<?> projection : projectionClasses()) {
            List<Class<?>> handled = handledTypes(projection);
            boolean followsActions = handled.stream().anyMatch(type -> ActionEvent.class.isAssignableFrom(type));
            if (!followsActions) {
                continue;
            }
            List<String> notHandled = new ArrayList<>();
            for (Class<?> event : ACTION_EVENTS) {
                if (handled.stream().noneMatch(type -> type.isAssignableFrom(event))) {
                    notHandled.add(event.getSimpleName());
                }
            }
            if (!notHandled.isEmpty()) {
                missing.put(projection.getSimpleName(), notHandled);
            }
        }
        assertThat(missing).as("action events a read model that follows actions does not handle").isEmpty();
    }

    @Test
    void the_read_models_that_follow_actions_are_found() {
        assertThat(projectionClasses().stream()
                .filter(type -> handledTypes(type).stream().anyMatch(ActionEvent.class::isAssignableFrom))
                .map(Class::getSimpleName))
                .contains("CaseDetailProjection", "CaseListProjection", "SessionsProjection", "ReciprocityProjection");
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
