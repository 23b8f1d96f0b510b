package com.example.rest;

import java.sql.*;
import java.util.*;
import javax.inject.Inject;
import javax.sql.DataSource;
import javax.ws.rs.*;
import javax.ws.rs.core.MediaType;

@Path("/books")
@Produces(MediaType.APPLICATION_JSON)
public class BookResource {
    @Inject
    DataSource ds;

    @GET
    public List<Map<String, Object>> find(@QueryParam("author") String author) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, title FROM books WHERE author = ?")) {   // ok: CWE-89
            ps.setString(1, author);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Map.of("id", rs.getLong(1), "title", rs.getString(2)));
                }
            }
        }
        return out;
    }
}
