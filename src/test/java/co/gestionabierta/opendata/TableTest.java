package co.gestionabierta.opendata;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableTest {

    private static final String TRICKY = "Dijo \"sí\"; luego, en otra línea:\nCiénaga de la Virgen 🌊";

    private static Table table() {
        Table table = new Table(List.of("id", "text"), List.of("Id", "Pregunta"));
        table.add(List.of("1", TRICKY));
        table.add(List.of("2", ""));
        return table;
    }

    @Test
    void csvStartsWithByteOrderMark() {
        byte[] csv = table().toCsv();

        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void csvKeepsQuotesSemicolonsAndLineBreaks() throws Exception {
        String text = new String(table().toCsv(), 3, table().toCsv().length - 3, StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVParser.parse(new StringReader(text), Table.FORMAT).getRecords();

        assertEquals(List.of("Id", "Pregunta"), records.get(0).toList());
        assertEquals(List.of("1", TRICKY), records.get(1).toList());
        assertEquals(List.of("2", ""), records.get(2).toList());
        assertEquals(3, records.size());
    }

    @Test
    void jsonWritesEmptyAsNull() {
        String json = new String(table().toJson(), StandardCharsets.UTF_8);

        assertEquals("[{\"id\":\"1\",\"text\":\"Dijo \\\"sí\\\"; luego, en otra línea:\\nCiénaga de la Virgen 🌊\"},"
                + "{\"id\":\"2\",\"text\":null}]", json);
    }

    @Test
    void rowMustMatchColumns() {
        Table table = new Table(List.of("id"), List.of("Id"));

        assertThrows(IllegalArgumentException.class, () -> table.add(List.of("1", "2")));
    }

    @Test
    void formulaLikeCellsStayText() {
        Table table = new Table(List.of("text"), List.of("Texto"));
        table.add(List.of("=HIPERVINCULO(\"http://localhost/\";\"ver\")"));
        table.add(List.of("-5"));
        table.add(List.of("@SUMA(A1)"));
        table.add(List.of("¿Cuándo? = pronto"));

        String csv = new String(table.toCsv(), java.nio.charset.StandardCharsets.UTF_8).substring(1);

        assertEquals("Texto\r\n\"'=HIPERVINCULO(\"\"http://localhost/\"\";\"\"ver\"\")\"\r\n'-5\r\n'@SUMA(A1)\r\n"
                + "¿Cuándo? = pronto\r\n", csv);
        assertEquals("[{\"text\":\"=HIPERVINCULO(\\\"http://localhost/\\\";\\\"ver\\\")\"},{\"text\":\"-5\"},"
                + "{\"text\":\"@SUMA(A1)\"},{\"text\":\"¿Cuándo? = pronto\"}]",
                new String(table.toJson(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
