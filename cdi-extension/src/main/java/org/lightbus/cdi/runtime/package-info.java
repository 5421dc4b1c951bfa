/**
 * Internal: the running bus of one application (connection, publishing, listener dispatch). Not an API; may change
 * without notice.
 */
package org.lightbus.cdi.runtime;
