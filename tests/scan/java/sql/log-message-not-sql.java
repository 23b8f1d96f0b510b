        log.debug("select returned " + rows.size() + " rows for " + tenant);   // ok: CWE-89
        throw new IllegalStateException("Update failed for id " + id);
