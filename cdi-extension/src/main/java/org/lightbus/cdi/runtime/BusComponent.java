package org.lightbus.cdi.runtime;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Internal qualifier the extension adds to the beans that declare bus listeners or serve an API, beside their own
 * qualifiers. {@link BusLifecycle} finds them through an {@code @BusComponent Instance<Object>}, which is also what
 * tells a container that removes unused beans at build time (Quarkus) that these beans are used: once their
 * {@code @Observes} is gone, nothing else refers to them. Not for application code.
 */
@Qualifier
@Retention(RUNTIME)
@Target({ TYPE, FIELD, PARAMETER })
public @interface BusComponent {

    /** The qualifier as a value. */
    final class Literal extends AnnotationLiteral<BusComponent> implements BusComponent {

        /** The single instance. */
        public static final Literal INSTANCE = new Literal();

        private static final long serialVersionUID = 1L;

        private Literal() {
        }
    }
}
