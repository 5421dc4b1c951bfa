/**
 * Internal: the model of bus events and listeners, and the definition rules, free of CDI and broker types so that it
 * can be tested in isolation. Not an API; may change without notice.
 */
package org.lightbus.cdi.model;
