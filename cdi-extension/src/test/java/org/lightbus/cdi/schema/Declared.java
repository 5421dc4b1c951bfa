package org.lightbus.cdi.schema;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A declaration {@code @Nullable} that reaches neither the record's field nor its type, only the record component
 * itself.
 */
final class Declared {

    private Declared() {
    }

    @Retention(RUNTIME)
    @Target({ RECORD_COMPONENT, METHOD, PARAMETER })
    @interface Nullable {
    }
}
