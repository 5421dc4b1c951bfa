package org.lightbus.example;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;

/**
 * Resizes the avatar of every new user. Listener {@code AvatarResizer.resize}.
 */
@ApplicationScoped
public class AvatarResizer {

    private final AtomicInteger count = new AtomicInteger();

    private static final Logger LOG = Logger.getLogger(AvatarResizer.class);

    void resize(@Observes @Bus AuthApi.UserSignedUp user, EventContext context) {
        LOG.infof("Resizing %s for %s (event %s from %s)", user.avatar(), user.username(), context.messageId(),
                context.sourceService());
        count.incrementAndGet();
    }

    /**
     * @return how many users this instance has resized
     */
    public int resized() {
        return count.get();
    }
}
