/**
 * Internal to the fault suite: its RabbitMQ node ({@link org.lightbus.faults.support.RabbitNode}), the JUnit extension
 * that shares it across the run ({@link org.lightbus.faults.support.FaultSuite}), the application processes of a
 * scenario and the tally of what they saw.
 */
package org.lightbus.faults.support;
