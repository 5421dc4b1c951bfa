package org.lightbus.cdi.runtime;

/**
 * Loads the application's classes by name. The extension hands class names, never classes, to the runtime: on Quarkus
 * the runtime's beans may live in a class loader that sees the library but not the application, while the thread
 * context class loader sees both.
 */
final class ApplicationClasses {

    private ApplicationClasses() {
    }

    /**
     * @param name
     *            a class name as {@link Class#getName()} gives it
     *
     * @return the class, from the thread context class loader, else the loader of this library
     *
     * @throws IllegalStateException
     *             if no such class is visible
     */
    static Class<?> load(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, false, context != null ? context : ApplicationClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Class " + name + " found at deployment is not visible at run time", e);
        }
    }
}
