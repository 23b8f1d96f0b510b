        stmt.executeUpdate("UPDATE staff SET last_login = now() WHERE badge = '${req.badge}'") // expect: CWE-89
    }
}
