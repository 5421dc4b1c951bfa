package org.lightbus.cdi.schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import com.github.victools.jsonschema.generator.FieldScope;

/**
 * Which values may be null (and record components absent): {@code Optional}, {@code OptionalInt}, {@code OptionalLong}
 * and {@code OptionalDouble}, and whatever carries an annotation whose simple name is {@code Nullable}, of any package,
 * as declaration or type-use annotation.
 */
final class Nullability {

    private Nullability() {
    }

    /**
     * @param field
     *            a record component's field; elements within it are {@link TypeUseNulls}' business
     *
     * @return true if the component may be null or absent
     */
    static boolean of(FieldScope field) {
        Field raw = field.getRawMember();
        return !field.isFakeContainerItemScope()
                && (isOptional(raw.getType()) || annotated(raw.getAnnotatedType()) || declaredNullable(raw));
    }

    /**
     * @param parameter
     *            a procedure's parameter
     *
     * @return true if its argument may be null
     */
    static boolean of(Parameter parameter) {
        return isOptional(parameter.getType()) || annotated(parameter.getAnnotatedType())
                || hasNullable(parameter.getAnnotations());
    }

    /**
     * @param method
     *            a procedure's method
     *
     * @return true if its result may be null: an {@code Optional}, or {@code @Nullable} on the method or the result
     *         type (the {@code T} of a {@code CompletionStage<T>})
     */
    static boolean ofResult(Method method) {
        AnnotatedType returned = resultType(method);
        Type type = returned.getType();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> cls ? cls : Object.class;
        return isOptional(raw) || annotated(returned) || hasNullable(method.getAnnotations());
    }

    /**
     * @param method
     *            a procedure's method
     *
     * @return the annotated type of its result: the return type, or the {@code T} of a {@code CompletionStage<T>}
     */
    static AnnotatedType resultType(Method method) {
        AnnotatedType returned = method.getAnnotatedReturnType();
        if (method.getReturnType() == CompletionStage.class
                && returned instanceof AnnotatedParameterizedType parameterized) {
            return parameterized.getAnnotatedActualTypeArguments()[0];
        }
        return returned;
    }

    /**
     * @param type
     *            a class
     *
     * @return true for {@code Optional}, {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble}
     */
    static boolean isOptional(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
                || type == OptionalDouble.class;
    }

    private static boolean declaredNullable(Field field) {
        if (hasNullable(field.getAnnotations())) {
            return true;
        }
        RecordComponent[] components = field.getDeclaringClass().getRecordComponents();
        return components != null && Stream.of(components).filter(c -> c.getName().equals(field.getName()))
                .anyMatch(c -> hasNullable(c.getAnnotations()) || hasNullable(c.getAccessor().getAnnotations()));
    }

    /**
     * @param type
     *            a type use
     *
     * @return true if it carries an annotation named {@code Nullable}
     */
    static boolean annotated(AnnotatedType type) {
        return hasNullable(type.getAnnotations());
    }

    private static boolean hasNullable(Annotation[] annotations) {
        return Stream.of(annotations).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }
}
