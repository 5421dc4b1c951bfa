package org.lightbus.cdi;

import java.lang.reflect.Field;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
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

    private static final String TRANSLATOR = "org.jboss.weld.lite.extension.translator.LiteExtensionTranslator";
    private static final String BUILD_SERVICES = "org.jboss.weld.lite.extension.translator.BuildServicesImpl";
    private static final String FACTORY_FIELD = "ANN_FACTORY_IMPL_INSTANCE";

    private Field factoryField;
    private Object ownFactory;

    void remember(@Observes AfterBeanDiscovery event, BeanManager manager) {
        factoryField = factoryField(manager);
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

    private static Field factoryField(BeanManager manager) {
        try {
            ClassLoader translatorLoader = manager.getBeans(Extension.class).stream()
                    .filter(bean -> bean.getBeanClass().getName().equals(TRANSLATOR)).findFirst()
                    .map(bean -> bean.getBeanClass().getClassLoader()).orElse(null);
            if (translatorLoader == null) {
                return null;
            }
            Field field = Class.forName(BUILD_SERVICES, false, translatorLoader).getDeclaredField(FACTORY_FIELD);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
