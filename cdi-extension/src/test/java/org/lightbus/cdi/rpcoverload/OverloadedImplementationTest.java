package org.lightbus.cdi.rpcoverload;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.LightbusComponentTest;

/**
 * A serving bean may overload a procedure's method: the invoker calls the method with the procedure's parameter types.
 */
@AddBeanClasses(GreetingService.class)
@LightbusComponentTest
class OverloadedImplementationTest {

    @Inject
    Caller caller;

    @Test
    void theServerCallsTheMethodThatImplementsTheProcedure() {
        assertThat(caller.greetings().greet("ada")).isEqualTo("hello ada");
    }
}
