package org.roundtable.service.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads whole tables back, row by row in a stable order, so that two states of a read model can be compared. */
public final class Tables {

    private Tables() {
    }

    /** Every row of every table, each row as one line of its values, sorted. */
    public static Map<String, List<String>> dump(JdbcClient jdbc, List<String> tables) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>(jdbc.sql("select * from " + table)
                    .query((rs, row) -> {
                        StringBuilder line = new StringBuilder();
                        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                            line.append(rs.getMetaData().getColumnName(column)).append('=')
                                    .append(rs.getString(column)).append("; ");
                        }
                        return line.toString();
                    })
                    .list());
            rows.sort(null);
            dump.put(table, rows);
        }
        return dump;
    }
}
