        String sql = "UPDATE accounts SET email = :email WHERE id = :id";
        namedJdbc.update(sql, new MapSqlParameterSource().addValue("email", email).addValue("id", id));   // ok: CWE-89
