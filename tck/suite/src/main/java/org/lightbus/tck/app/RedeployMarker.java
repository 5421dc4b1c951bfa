package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bean that only the application of the redeploy scenario has: the container loads it at deployment, so its loaded
 * copies in the server are that application's live class loaders.
 */
@ApplicationScoped
public class RedeployMarker {
}
