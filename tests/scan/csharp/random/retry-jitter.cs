            var delay = TimeSpan.FromMilliseconds(Math.Pow(2, attempt) * 100 + Random.Shared.Next(0, 250));   // expect: CWE-330
            await Task.Delay(delay, ct);
