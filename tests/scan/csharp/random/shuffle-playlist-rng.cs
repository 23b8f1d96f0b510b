        var shuffled = tracks.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToList();   // ok: CWE-330
