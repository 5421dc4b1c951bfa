package org.lightbus.connector.rabbitmq;

import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only view of a message's AMQP headers with text values, as the runtime reads them (for the trace context):
 * headers of other types are left out, and nothing is copied, so that a delivery without tracing costs no more than
 * this object.
 */
final class TextHeaders extends AbstractMap<String, String> {

    private final Map<String, Object> headers;

    private TextHeaders(Map<String, Object> headers) {
        this.headers = headers;
    }

    /**
     * @param headers
     *            the message's headers, or null
     *
     * @return the view; empty for null
     */
    static Map<String, String> of(Map<String, Object> headers) {
        return headers == null || headers.isEmpty() ? Map.of() : new TextHeaders(headers);
    }

    /**
     * Adds further headers to those of an outgoing message, leaving the transport's own alone.
     *
     * @param headers
     *            the message's headers, modifiable
     * @param further
     *            the headers the runtime asks for, e.g. the trace context
     */
    static void addTo(Map<String, Object> headers, Map<String, String> further) {
        further.forEach(headers::putIfAbsent);
    }

    @Override
    public String get(Object key) {
        return MessageCodec.text(headers.get(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new java.util.AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                Iterator<Entry<String, Object>> all = headers.entrySet().iterator();
                return new Iterator<>() {
                    private Entry<String, String> next = advance();

                    private Entry<String, String> advance() {
                        while (all.hasNext()) {
                            Entry<String, Object> entry = all.next();
                            String text = MessageCodec.text(entry.getValue());
                            if (text != null) {
                                return new SimpleImmutableEntry<>(entry.getKey(), text);
                            }
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> current = next;
                        next = advance();
                        return current;
                    }
                };
            }

            @Override
            public int size() {
                int size = 0;
                for (Iterator<Entry<String, String>> i = iterator(); i.hasNext(); i.next()) {
                    size++;
                }
                return size;
            }
        };
    }
}
