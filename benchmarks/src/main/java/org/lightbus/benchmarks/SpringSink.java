package org.lightbus.benchmarks;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;

/** Spring AMQP's consumer of {@link SpringEvents}: maps each message back to the record, then acknowledges it. */
final class SpringSink implements ChannelAwareMessageListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile CountDownLatch expected = new CountDownLatch(0);

    @Override
    public void onMessage(Message message, Channel channel) throws IOException {
        JSON.readValue(message.getBody(), BenchApi.Ping.class);
        expected.countDown();
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }

    void expect(int count) {
        expected = new CountDownLatch(count);
    }

    CountDownLatch latch() {
        return expected;
    }
}
