package io.certdesk.cli.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndEveryControlCharacter() {
        String json = new JsonWriter().beginObject().name("s").value("a\"b\\c\r\n\t\u0000\u001f\u007f\u2028名")
                .name("n").value(3).name("b").value(true).name("z").value((String) null)
                .name("a").beginArray().value("x").value("y").endArray().endObject().toString();
        assertEquals("{\"s\":\"a\\\"b\\\\c\\r\\n\\t\\u0000\\u001f\\u007f\\u2028名\",\"n\":3,\"b\":true,\"z\":null,"
                + "\"a\":[\"x\",\"y\"]}", json);
    }

    @Test
    void nestedObjectsInArrays() {
        String json = new JsonWriter().beginArray().beginObject().name("k").value(1).endObject().beginObject().endObject()
                .endArray().toString();
        assertEquals("[{\"k\":1},{}]", json);
    }
}
