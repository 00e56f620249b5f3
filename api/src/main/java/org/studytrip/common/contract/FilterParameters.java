package org.studytrip.common.contract;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.studytrip.common.web.QueryBinding;

/**
 * The query parameters of a list bound by {@link QueryBinding}, described in the contract from the same fields and
 * their {@code @Parameter} annotations, as the framework describes a {@code @BeanParam}.
 */
final class FilterParameters {

    private FilterParameters() {
    }

    static List<Parameter> of(Class<?> filter) {
        return QueryBinding.fields(filter).stream().map(FilterParameters::describe).toList();
    }

    private static Parameter describe(Field field) {
        var annotation = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        if (annotation == null) {
            throw new IllegalStateException(field + " is a query parameter the contract does not describe: add @Parameter");
        }
        Schema schema = annotation.schema();
        Parameter parameter = OASFactory.createParameter().description(annotation.description());
        if (!annotation.example().isEmpty()) {
            parameter.example(value(annotation.example(), schema.type()));
        }
        return parameter.schema(schema(schema)).name(QueryBinding.name(field)).in(Parameter.In.QUERY);
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema schema(Schema annotation) {
        var schema = OASFactory.createSchema();
        if (annotation.implementation() != Void.class) {
            return schema.ref("#/components/schemas/" + annotation.implementation().getSimpleName());
        }
        if (!annotation.maximum().isEmpty()) {
            schema.maximum(new BigDecimal(annotation.maximum()));
        }
        if (!annotation.minimum().isEmpty()) {
            schema.minimum(new BigDecimal(annotation.minimum()));
        }
        if (annotation.maxLength() != Integer.MAX_VALUE) {
            schema.maxLength(annotation.maxLength());
        }
        if (!annotation.pattern().isEmpty()) {
            schema.pattern(annotation.pattern());
        }
        if (!annotation.format().isEmpty()) {
            schema.format(annotation.format());
        }
        if (annotation.type() != SchemaType.DEFAULT) {
            schema.type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.valueOf(annotation.type().name())));
        }
        if (!annotation.defaultValue().isEmpty()) {
            schema.defaultValue(value(annotation.defaultValue(), annotation.type()));
        }
        return schema;
    }

    /** An example or default as the schema's type has it: a number for integers, else text. */
    private static Object value(String text, SchemaType type) {
        return type == SchemaType.INTEGER ? Integer.valueOf(text) : text;
    }
}
