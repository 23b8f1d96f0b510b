        Statement batch = conn.createStatement();
        for (String tag : tags) {
            batch.addBatch("INSERT INTO post_tags(post_id, tag) VALUES (" + postId + ", '" + tag + "')");   // expect: CWE-89
        }
        batch.executeBatch();
