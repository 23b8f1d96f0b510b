        var names = customers.Select(c => c.Name + " (" + c.City + ")").ToList();   // ok: CWE-643
