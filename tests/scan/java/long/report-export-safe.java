package com.acme.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

public class ReportExporter {
    private static final List<String> COLUMNS = List.of("id", "created", "amount");

    public Path export(Connection conn, String customer, String sortColumn) throws SQLException, IOException {
        String column = COLUMNS.contains(sortColumn) ? sortColumn : "id";
        String sql = "SELECT id, created, amount FROM invoices WHERE customer = ? ORDER BY " + column;
        Path out = Files.createTempFile("invoices", ".csv");   // ok: CWE-377
        try (PreparedStatement ps = conn.prepareStatement(sql)) {   // ok: CWE-89
            ps.setString(1, customer);
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder csv = new StringBuilder("id,created,amount\n");
                while (rs.next()) {
                    csv.append(rs.getLong(1)).append(',')
                       .append(rs.getTimestamp(2)).append(',')
                       .append(rs.getBigDecimal(3)).append('\n');
                }
                Files.writeString(out, csv);
            }
        }
        return out;
    }
}
