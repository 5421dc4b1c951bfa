package org.lightbus.cdi.runtime;

/**
 * Loads the application's classes by name. The extension hands class names, never classes, to the runtime.
 *
 * <p>
 * The loader of this library comes first: in a WAR it is the application's own loader. Asking a server's thread context
 * class loader instead makes that loader an initiating loader of the class, and on Open Liberty, which keeps one such
 * loader per application name across redeployments, this pins every earlier class loader of the application. The thread
 * context class loader is the fallback, for a library that does not see the application: on Quarkus in dev and test
 * mode, or in a server's shared library.
 */
public final class ApplicationClasses {

    private ApplicationClasses() {
    }

    /**
     * @param name
     *            a class name as {@link Class#getName()} gives it
     *
     * @return the class
     *
     * @throws IllegalStateException
     *             if no such class is visible
     */
    public static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApplicationClasses.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError notInTheLibrarysLoader) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            try {
                if (context != null) {
                    return Class.forName(name, false, context);
                }
            } catch (ClassNotFoundException e) {
                // reported below
            }
            throw new IllegalStateException(
                    "Class " + name + " is visible neither to Lightbus nor to the thread's " + "context class loader",
                    notInTheLibrarysLoader);
        }
    }
}
