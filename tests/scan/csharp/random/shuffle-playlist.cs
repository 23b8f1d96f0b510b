        var rng = new Random();   // expect: CWE-330
        var shuffled = tracks.OrderBy(_ => rng.Next()).ToList();
