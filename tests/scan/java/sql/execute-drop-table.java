    void dropPartition(Statement st, String partition) throws SQLException {
        st.execute("DROP TABLE " + partition);   // expect: CWE-89
    }
