/**
 * Internal to the fault suite: the applications its scenarios start as processes of their own (a publisher, a listener,
 * an RPC server), their small contract {@link org.lightbus.faults.apps.FaultsApi}, and the journals in which they write
 * down what they saw.
 */
package org.lightbus.faults.apps;
