package org.lightbus.cdi.model;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Which Java types travel as JSON on the bus. The set is deliberately closed, so that every event has a schema that
 * other languages can read: values, records of values, and the standard containers.
 */
final class JsonTypeRules {

    private static final Set<Class<?>> VALUES = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            UUID.class, URI.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class, byte[].class);

    private JsonTypeRules() {
    }

    /**
     * @param type
     *            a record component's generic type
     *
     * @return null if the type is JSON-serializable, else a short reason naming the offending type
     */
    static String whyNotSerializable(Type type) {
        return check(type, new ArrayDeque<>());
    }

    private static String check(Type type, Deque<Class<?>> records) {
        if (type instanceof Class<?> cls) {
            return checkClass(cls, records);
        }
        if (type instanceof ParameterizedType parameterized) {
            return checkParameterized(parameterized, records);
        }
        if (type instanceof GenericArrayType array) {
            return check(array.getGenericComponentType(), records);
        }
        return type.getTypeName() + " is not a concrete type";
    }

    private static String checkClass(Class<?> cls, Deque<Class<?>> records) {
        if (cls.isPrimitive() || VALUES.contains(cls) || cls.isEnum()) {
            return null;
        }
        if (isJavaTime(cls)) {
            return null;
        }
        if (cls.isArray()) {
            return check(cls.getComponentType(), records);
        }
        if (Collection.class.isAssignableFrom(cls) || Map.class.isAssignableFrom(cls) || cls == Optional.class) {
            return cls.getName() + " needs its element type";
        }
        if (cls.isRecord()) {
            if (records.contains(cls)) {
                return null;
            }
            records.push(cls);
            try {
                for (RecordComponent component : cls.getRecordComponents()) {
                    String reason = check(component.getGenericType(), records);
                    if (reason != null) {
                        return reason;
                    }
                }
                return null;
            } finally {
                records.pop();
            }
        }
        return cls.getName() + " is not a value, record or container";
    }

    private static String checkParameterized(ParameterizedType type, Deque<Class<?>> records) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] args = type.getActualTypeArguments();
        if (raw == Optional.class || raw == List.class || raw == Set.class || raw == Collection.class) {
            return check(args[0], records);
        }
        if (raw == Map.class) {
            if (args[0] != String.class && !(args[0] instanceof Class<?> key && key.isEnum())) {
                return "map keys must be String or an enum, not " + args[0].getTypeName();
            }
            return check(args[1], records);
        }
        return raw.getName() + " is not a supported container (use Optional, List, Set or Map)";
    }

    private static boolean isJavaTime(Class<?> cls) {
        return cls.getPackageName().equals("java.time")
                && (TemporalAccessor.class.isAssignableFrom(cls) || TemporalAmount.class.isAssignableFrom(cls));
    }
}
