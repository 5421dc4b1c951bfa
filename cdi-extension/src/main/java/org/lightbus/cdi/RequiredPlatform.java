package org.lightbus.cdi;

/**
 * What Lightbus needs from the container, checked at deployment so that a server without it fails with one clear
 * message instead of a {@code NoClassDefFoundError} at first use. Loads classes by name only: this class must load
 * where they are missing.
 */
final class RequiredPlatform {

    /** The package of CDI 4.0's build compatible extensions, which older CDI versions lack. */
    static final String CDI_4_0_CLASS = "jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension";
    static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";

    private RequiredPlatform() {
    }

    /**
     * @return what is missing of MicroProfile Config, or null if the application can read its configuration
     */
    static String missingMicroProfileConfig() {
        if (!visible(CONFIG_PROVIDER)) {
            return "the MicroProfile Config API (" + CONFIG_PROVIDER + ") is not visible to the application";
        }
        try {
            MicroProfileConfig.read();
            return null;
        } catch (IllegalStateException | LinkageError e) {
            return "no MicroProfile Config implementation answers (" + e.getMessage() + ")";
        }
    }

    /**
     * @return true if the container implements CDI 4.0 or newer
     */
    static boolean hasCdi40() {
        return visible(CDI_4_0_CLASS);
    }

    /** Asks the library's own loader: it is the one that links Lightbus's classes against these. */
    private static boolean visible(String className) {
        try {
            Class.forName(className, false, RequiredPlatform.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Touches MicroProfile Config; loaded only once its API is known to be visible. */
    private static final class MicroProfileConfig {
        /**
         * Finds the implementation without building a configuration: a configuration built here would be cached for
         * whatever class loader the container deploys with, and could outlive the application.
         */
        static void read() {
            org.eclipse.microprofile.config.spi.ConfigProviderResolver.instance();
        }
    }
}
