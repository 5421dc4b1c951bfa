package org.lightbus.cdi.schema;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A type-use {@code @Nullable} like JSpecify's, from a package the generator does not know. */
final class TypeUse {

    private TypeUse() {
    }

    @Retention(RUNTIME)
    @Target(TYPE_USE)
    @interface Nullable {
    }
}
