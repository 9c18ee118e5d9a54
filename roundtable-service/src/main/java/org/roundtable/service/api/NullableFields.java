package org.roundtable.service.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Marks as {@code nullable} in the API description each field of a request or a view that the code marks
 * {@link Nullable}: the field of a record whose component type carries the annotation. A field without it
 * is never null.
 */
@Component
class NullableFields implements ModelConverter {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(REF_PREFIX.length()));
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        return schema;
    }

    /**
     * A copy of the property's schema, nullable: value types share one schema instance between all their
     * fields. A reference cannot carry {@code nullable} beside it in OpenAPI 3.0, so it is wrapped in an allOf.
     */
    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref()))).nullable(true);
        }
        return AnnotationsUtils.clone(property, false).nullable(true);
    }
}
