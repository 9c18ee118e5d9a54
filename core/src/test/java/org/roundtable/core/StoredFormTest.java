package org.roundtable.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.roundtable.core.common.StoredForm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A value type that checks its rules when read from JSON (a static {@code @JsonCreator} factory) must also
 * have a {@link StoredForm} creator, so that the event store reads it back without checks: otherwise an
 * erased value or an event written under older rules would break every replay.
 */
@AnalyzeClasses(packages = "org.roundtable.core", importOptions = ImportOption.DoNotIncludeTests.class)
class StoredFormTest {

    @ArchTest
    static final ArchRule checking_json_creators_have_a_stored_form = classes()
            .that().containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are static @JsonCreator factories",
                    method -> method.isAnnotatedWith(JsonCreator.class)
                            && method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)))
            .should(new ArchCondition<JavaClass>("have a @StoredForm constructor or factory") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean stored = type.getCodeUnits().stream().anyMatch(unit -> unit.isAnnotatedWith(StoredForm.class));
                    if (!stored) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " has no @StoredForm creator"));
                    }
                }
            });
}
