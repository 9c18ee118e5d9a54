package org.roundtable.service.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.roundtable.core.common.StoredForm;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * How the event store's serializer reads values back: through their {@link StoredForm} creator, which
 * checks nothing, instead of the {@code @JsonCreator} that checks a value given for a command. So an event
 * written under older rules, or whose personal data has been erased, can always be read. A stored form of
 * one parameter reads the value itself (the types write themselves as one JSON value); one of several reads
 * the fields by name.
 */
class StoredFormIntrospector extends JacksonAnnotationIntrospector {

    private final Map<Class<?>, Boolean> hasStoredForm = new ConcurrentHashMap<>();

    @Override
    public JsonCreator.Mode findCreatorAnnotation(MapperConfig<?> config, Annotated annotated) {
        if (annotated.hasAnnotation(StoredForm.class)) {
            boolean single = annotated instanceof AnnotatedWithParams creator && creator.getParameterCount() == 1;
            return single ? JsonCreator.Mode.DELEGATING : JsonCreator.Mode.PROPERTIES;
        }
        if (annotated instanceof AnnotatedMember member && hasStoredForm(member.getDeclaringClass())) {
            return null;
        }
        return super.findCreatorAnnotation(config, annotated);
    }

    private boolean hasStoredForm(Class<?> type) {
        return hasStoredForm.computeIfAbsent(type, t -> Stream.concat(
                        Stream.of(t.getDeclaredConstructors()), Stream.of(t.getDeclaredMethods()))
                .anyMatch(member -> member.isAnnotationPresent(StoredForm.class)));
    }
}
