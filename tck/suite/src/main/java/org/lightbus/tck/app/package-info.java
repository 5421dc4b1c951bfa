/**
 * The TCK's test application, in roles that the scenarios deploy apart or together: {@code signup} owns the
 * {@link org.lightbus.tck.app.AuthApi} (fires its events, serves its procedures), {@code images} and {@code mailer}
 * listen, {@code mailer} also calls the API, {@code channels} listens and sends through Reactive Messaging channels on
 * the bus. Each role answers over HTTP ({@code /signup}, {@code /received}, {@code /call}, {@code /announce}), so that
 * the scenarios drive it the same way on every runtime. {@link org.lightbus.tck.app.Accounts} is the {@code signup}
 * role's code as a test of the application calls it directly, in the test kit's scenario.
 */
package org.lightbus.tck.app;
