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
        String q = "SELECT id, title FROM books WHERE author = '" + author + "'";
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(q)) {   // expect: CWE-89
            while (rs.next()) {
                out.add(Map.of("id", rs.getLong(1), "title", rs.getString(2)));
            }
        }
        return out;
    }
}
