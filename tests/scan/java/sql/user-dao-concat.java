package com.example.dao;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class UserDao {
    private final DataSource ds;

    public UserDao(DataSource ds) { this.ds = ds; }

    public User findByEmail(String email) throws SQLException {
        try (Connection c = ds.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, email FROM users WHERE email = '" + email + "'")) {   // expect: CWE-89
            if (!rs.next()) {
                return null;
            }
            return new User(rs.getLong("id"), rs.getString("name"), rs.getString("email"));
        }
    }

    public int countActive() throws SQLException {
        try (Connection c = ds.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users WHERE active = 1")) {   // ok: CWE-89
            rs.next();
            return rs.getInt(1);
        }
    }
}
