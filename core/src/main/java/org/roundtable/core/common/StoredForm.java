package org.roundtable.core.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the creator that reads a value back from the event store. It checks nothing: a stored event must
 * always be readable, even when it was written under older rules or its personal data has been erased.
 * Every other JSON reader (the API) uses the type's {@code @JsonCreator}, which checks the value's rules.
 * The event store's serializer is configured to prefer this creator.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.CONSTRUCTOR, ElementType.METHOD})
public @interface StoredForm {
}
