        var names = ids.Select((id, i) => "@p" + i).ToArray();
        cmd.CommandText = "SELECT * FROM Items WHERE Id IN (" + string.Join(",", names) + ")";   // ok: CWE-89
        for (int i = 0; i < ids.Count; i++) cmd.Parameters.AddWithValue("@p" + i, ids[i]);
