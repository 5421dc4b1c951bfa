package org.lightbus.example.images;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi;

/**
 * Resizes the avatar of every new user. Listener {@code Images.resizeAvatar} (the default name: class and method), so
 * its queue is {@code lightbus.images.Images.resizeAvatar}.
 */
@ApplicationScoped
public class Images {

    @Inject
    Activity activity;

    void resizeAvatar(@Observes @Bus AuthApi.UserSignedUp user, EventContext context) {
        // ... fetch user.avatar() and store it in 64x64 and 256x256 ...
        activity.record(Activity.Kind.HANDLED, user.username(), "resized the avatar " + user.avatar()
                + " to 64x64 and 256x256 (event from " + context.sourceService() + ")");
    }
}
