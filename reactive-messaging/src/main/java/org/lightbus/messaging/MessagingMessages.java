package org.lightbus.messaging;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;

/**
 * The messages of the Reactive Messaging connector, LBUS06000 to LBUS06499.
 */
@MessageBundle(projectCode = "LBUS", length = 5)
interface MessagingMessages {

    MessagingMessages MESSAGES = Messages.getBundle(MessagingMessages.class);

    @Message(id = 6000, value = "The value '%s' of %s is not accepted: use an integer of at least 1")
    String invalidMaxInFlight(String value, String key);

    @Message(id = 6001, value = "Channel %s on connector lightbus already has a subscriber, and an incoming channel on the "
            + "bus delivers each event to one: use the channel's broadcast attribute to share its messages")
    String secondSubscriber(String channel);

    @Message(id = 6002, value = "Channel %s stopped before the event was processed; the event goes back to its queue")
    String channelStopped(String channel);

    @Message(id = 6003, value = "A message of channel %s was nacked without a reason")
    String nackWithoutReason(String channel);
}
