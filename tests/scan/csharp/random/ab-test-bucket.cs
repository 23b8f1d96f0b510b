        // pick an experiment arm for the banner
        bool showNewBanner = Random.Shared.NextDouble() < 0.1;   // expect: CWE-330
