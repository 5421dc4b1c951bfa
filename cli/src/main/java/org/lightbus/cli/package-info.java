/**
 * The {@code lightbus} command line, for operators of a bus ({@link org.lightbus.cli.Lightbus}):
 * {@link org.lightbus.cli.DlqListCommand dlq list}, {@link org.lightbus.cli.DlqShowCommand dlq show},
 * {@link org.lightbus.cli.DlqReplayCommand dlq replay}, {@link org.lightbus.cli.DlqPurgeCommand dlq purge} and
 * {@link org.lightbus.cli.TailCommand tail}. It speaks plain AMQP 0-9-1 to the broker, following
 * {@code docs/protocol.md}, with the applications' broker settings ({@code docs/configuration.md}).
 */
package org.lightbus.cli;
