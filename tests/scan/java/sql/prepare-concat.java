        PreparedStatement ps = connection.prepareStatement(
            "UPDATE accounts SET status = ? WHERE owner = '" + owner + "'");   // expect: CWE-89
        ps.setString(1, status);
        ps.executeUpdate();
