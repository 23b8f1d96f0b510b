    public User load(String username) {
        String q = String.format("select * from app_user where username = '%s'", username);
        return jdbcTemplate.queryForObject(q, new UserRowMapper());   // expect: CWE-89
    }
