        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM items WHERE id IN (" + placeholders + ")");   // ok: CWE-89
        for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
