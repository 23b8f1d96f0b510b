        PreparedStatement batch = conn.prepareStatement("INSERT INTO post_tags(post_id, tag) VALUES (?, ?)");
        for (String tag : tags) {
            batch.setLong(1, postId);
            batch.setString(2, tag);
            batch.addBatch();   // ok: CWE-89
        }
        batch.executeBatch();
