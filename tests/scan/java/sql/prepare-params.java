        PreparedStatement ps = connection.prepareStatement(
            "UPDATE accounts SET status = ? WHERE owner = ?");   // ok: CWE-89
        ps.setString(1, status);
        ps.setString(2, owner);
        ps.executeUpdate();
