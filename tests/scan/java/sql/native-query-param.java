        Query q = entityManager.createNativeQuery("DELETE FROM audit_log WHERE tenant = ?1");   // ok: CWE-89
        q.setParameter(1, tenant);
        q.executeUpdate();
