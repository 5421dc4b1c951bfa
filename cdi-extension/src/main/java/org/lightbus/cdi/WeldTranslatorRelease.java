package org.lightbus.cdi;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Works around a class loader leak of Weld's build compatible extension support (Weld 5 and 6, on WildFly and Open
 * Liberty): {@code org.jboss.weld.lite.extension.translator.BuildServicesImpl} keeps the annotation builder factory of
 * the last deployment that used a build compatible extension in a static field, which holds that deployment's
 * {@code BeanManager} and so its class loader after undeploy. When this application stops, the field is cleared if it
 * still holds this application's factory. A portable extension, so Weld alone runs it; it does nothing where the field
 * does not exist.
 */
public class WeldTranslatorRelease implements Extension {

    private static final String RESOLVER = "jakarta.enterprise.inject.build.compatible.spi.BuildServicesResolver";
    private static final String BUILD_SERVICES_API = "jakarta.enterprise.inject.build.compatible.spi.BuildServices";
    private static final String BUILD_SERVICES = "org.jboss.weld.lite.extension.translator.BuildServicesImpl";
    private static final String FACTORY_FIELD = "ANN_FACTORY_IMPL_INSTANCE";

    private Field factoryField;
    private Object ownFactory;

    void remember(@Observes AfterBeanDiscovery event) {
        factoryField = factoryField();
        ownFactory = read();
    }

    void release(@Observes BeforeShutdown event) {
        Object own = ownFactory;
        ownFactory = null;
        if (own != null && read() == own) {
            try {
                factoryField.set(null, null);
            } catch (IllegalAccessException | RuntimeException e) {
                // nothing to release then
            }
        }
    }

    private Object read() {
        try {
            return factoryField == null ? null : factoryField.get(null);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Finds the field through the factory the CDI API hands out (Weld's class is not visible to the application on
     * every server: Open Liberty wraps Weld's build services in its own).
     */
    private static Field factoryField() {
        try {
            // by name: this extension also runs on CDI 3.0 containers, which lack these classes
            ClassLoader api = Extension.class.getClassLoader();
            Method get = Class.forName(RESOLVER, false, api).getDeclaredMethod("get");
            get.setAccessible(true);
            Object factory = Class.forName(BUILD_SERVICES_API, false, api).getMethod("annotationBuilderFactory")
                    .invoke(get.invoke(null));
            Field field = Class.forName(BUILD_SERVICES, false, factory.getClass().getClassLoader())
                    .getDeclaredField(FACTORY_FIELD);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
