        var sb = new StringBuilder("SELECT * FROM Tickets WHERE 1=1");
        if (!string.IsNullOrEmpty(status)) sb.Append(" AND Status = '").Append(status).Append("'");
        if (!string.IsNullOrEmpty(owner)) sb.Append($" AND Owner = '{owner}'");
        cmd.CommandText = sb.ToString();   // expect: CWE-89
