package org.lightbus.connector.rabbitmq;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal class-file reader (JVMS §4) for the class-level {@code RuntimeInvisibleAnnotations}: the annotations with
 * {@code CLASS} retention. Only string, boolean, int, enum and class constants, nested annotations and arrays are
 * decoded, which is all {@link AttributeDeclarations} needs.
 */
final class ClassFileAnnotations {

    /**
     * @param type
     *            the annotation type descriptor, e.g. {@code Lcom/acme/Foo;}
     * @param values
     *            the explicitly given element values by name: String, Integer, Boolean, the enum constant's name, a
     *            class descriptor, an {@code Annotation} or a {@code List} of these
     */
    record Annotation(String type, Map<String, Object> values) {
    }

    private final DataInputStream in;
    private Object[] pool;

    private ClassFileAnnotations(DataInputStream in) {
        this.in = in;
    }

    static List<Annotation> read(DataInputStream in) throws IOException {
        return new ClassFileAnnotations(in).read();
    }

    private List<Annotation> read() throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Not a class file");
        }
        in.skipNBytes(4); // minor and major version
        readConstantPool();
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        skipMembers(); // fields
        skipMembers(); // methods
        List<Annotation> annotations = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            String name = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeInvisibleAnnotations".equals(name)) {
                for (int n = in.readUnsignedShort(); n > 0; n--) {
                    annotations.add(readAnnotation());
                }
            } else {
                in.skipNBytes(length);
            }
        }
        return annotations;
    }

    private void readConstantPool() throws IOException {
        pool = new Object[in.readUnsignedShort()];
        for (int i = 1; i < pool.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
            case 1 -> pool[i] = in.readUTF();
            case 3 -> pool[i] = in.readInt();
            case 4 -> in.skipNBytes(4);
            case 5, 6 -> {
                in.skipNBytes(8);
                i++; // long and double take two entries
            }
            case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
            case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
            case 15 -> in.skipNBytes(3);
            default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
    }

    private void skipMembers() throws IOException {
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            in.skipNBytes(6); // access flags, name, descriptor
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt());
            }
        }
    }

    private Annotation readAnnotation() throws IOException {
        String type = (String) pool[in.readUnsignedShort()];
        Map<String, Object> values = new LinkedHashMap<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String name = (String) pool[in.readUnsignedShort()];
            values.put(name, readElementValue());
        }
        return new Annotation(type, values);
    }

    private Object readElementValue() throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
        case 's', 'c', 'I', 'B', 'C', 'S', 'D', 'F', 'J' -> pool[in.readUnsignedShort()];
        case 'Z' -> Integer.valueOf(1).equals(pool[in.readUnsignedShort()]);
        case 'e' -> {
            in.skipNBytes(2); // the enum type
            yield pool[in.readUnsignedShort()];
        }
        case '@' -> readAnnotation();
        case '[' -> {
            List<Object> list = new ArrayList<>();
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                list.add(readElementValue());
            }
            yield list;
        }
        default -> throw new IOException("Unknown element value tag " + (char) tag);
        };
    }
}
