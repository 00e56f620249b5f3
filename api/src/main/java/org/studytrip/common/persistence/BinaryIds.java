package org.studytrip.common.persistence;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Ids as BINARY(16) columns hold them, for native statements (which bind and return raw bytes). */
public final class BinaryIds {

    private BinaryIds() {
    }

    public static UUID uuid(byte[] column) {
        ByteBuffer bytes = ByteBuffer.wrap(column);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** The column value of an id; of no id, sixteen zero bytes, which no generated id is. */
    public static byte[] bytes(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        if (id != null) {
            bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        }
        return bytes.array();
    }
}
