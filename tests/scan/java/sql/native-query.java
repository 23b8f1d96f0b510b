        Query q = entityManager.createNativeQuery("DELETE FROM audit_log WHERE tenant = '" + tenant + "'");   // expect: CWE-89
        q.executeUpdate();
