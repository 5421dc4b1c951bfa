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
}
