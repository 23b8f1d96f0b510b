    public User load(String username) {
        return jdbcTemplate.queryForObject("select * from app_user where username = ?", new UserRowMapper(), username);   // ok: CWE-89
    }
