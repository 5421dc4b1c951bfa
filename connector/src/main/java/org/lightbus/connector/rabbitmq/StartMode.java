package org.lightbus.connector.rabbitmq;

/**
 * What the transport does when the broker cannot be reached as the application starts
 * ({@code lightbus.rabbitmq.start-mode}).
 */
enum StartMode {

    /**
     * The application starts anyway; the transport connects in the background, every network recovery interval, then
     * starts the listeners and servers registered meanwhile. Event publishes are held meanwhile like during an outage;
     * calls fail at once.
     */
    WAIT,

    /** Starting the application fails. */
    FAIL
}
