package org.lightbus.benchmarks;

import java.io.IOException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;

/** Spring AMQP's consumer of {@link SpringEvents}: maps each message back to the record, then acknowledges it. */
final class SpringSink implements ChannelAwareMessageListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Arrivals arrivals = new Arrivals();

    @Override
    public void onMessage(Message message, Channel channel) throws IOException {
        arrivals.arrived(JSON.readValue(message.getBody(), BenchApi.Ping.class));
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }

    Arrivals arrivals() {
        return arrivals;
    }
}
