/**
 * Internal: JSON encoding of bus messages. Not an API; may change without notice.
 */
package org.lightbus.cdi.codec;
