/**
 * Internal: the CDI Lite extension that wires bus listeners at deployment. Applications do not use this package; adding
 * the jar is enough.
 */
package org.lightbus.cdi;
