package org.lightbus.cdi.rpcoverload;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares an overload of the procedure's method first: the server must still call the one that implements it.
 */
@ApplicationScoped
public class GreetingService implements Greetings {

    public String greet(Integer number) {
        return "number " + number;
    }

    @Override
    public String greet(String name) {
        return "hello " + name;
    }
}
