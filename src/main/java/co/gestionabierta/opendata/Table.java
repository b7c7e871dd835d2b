package co.gestionabierta.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A public list as rows of text, written as CSV for spreadsheets or as JSON. The CSV starts with a
 * UTF-8 byte order mark and uses semicolons, because Excel with Spanish (Colombia) settings reads a
 * file so written into columns with every accent intact; quotes, semicolons and line breaks inside a
 * field are quoted as RFC 4180 specifies.
 */
public final class Table {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').build();

    private final List<String> keys;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param keys    stable field names for JSON, in English
     * @param headers column titles for the CSV, in the reader's language
     */
    public Table(List<String> keys, List<String> headers) {
        this.keys = List.copyOf(keys);
        this.headers = List.copyOf(headers);
    }

    public void add(List<String> row) {
        if (row.size() != keys.size()) {
            throw new IllegalArgumentException("Row has " + row.size() + " values for " + keys.size() + " columns");
        }
        rows.add(row);
    }

    public byte[] toCsv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Table::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Keeps a spreadsheet from running a cell as a formula: a value that starts with =, +, -, @, a tab
     * or a carriage return gets a leading apostrophe, as OWASP advises for CSV files. The JSON keeps the
     * value as it is.
     */
    static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Writes the rows as a JSON array of objects; an empty value is written as null. */
    public byte[] toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (List<String> row : rows) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < keys.size(); i++) {
                if (row.get(i) == null || row.get(i).isEmpty()) {
                    object.addNull(keys.get(i));
                } else {
                    object.add(keys.get(i), row.get(i));
                }
            }
            array.add(object);
        }
        return array.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
