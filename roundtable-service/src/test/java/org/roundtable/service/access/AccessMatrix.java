package org.roundtable.service.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access matrix as {@code docs/access.md} writes it: between the {@code access-matrix} markers, one row
 * per look, one column per reader.
 */
record AccessMatrix(List<String> readers, Map<String, List<String>> rows) {

    static AccessMatrix fromTheDocs() {
        Path docs = Path.of("..", "docs", "access.md");
        String text;
        try {
            text = Files.readString(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf("<!-- access-matrix -->");
        int end = text.indexOf("<!-- /access-matrix -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException("docs/access.md has no access matrix between its markers");
        }
        List<String[]> lines = text.substring(start, end).lines()
                .filter(line -> line.startsWith("|"))
                .map(AccessMatrix::cells)
                .toList();
        List<String> readers = Arrays.asList(lines.get(0)).subList(1, lines.get(0).length);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String[] row : lines.subList(2, lines.size())) {
            if (row.length != readers.size() + 1) {
                throw new IllegalStateException("the row '" + row[0] + "' has " + (row.length - 1) + " cells, not "
                        + readers.size());
            }
            if (rows.put(row[0], List.of(row).subList(1, row.length)) != null) {
                throw new IllegalStateException("the row '" + row[0] + "' is in the matrix twice");
            }
        }
        return new AccessMatrix(List.copyOf(readers), rows);
    }

    private static String[] cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells.toArray(String[]::new);
    }
}
