    static IEnumerable<Order> FakeOrders(int n)
    {
        var rnd = new Random(1234);   // expect: CWE-330
        for (int i = 0; i < n; i++)
            yield return new Order { Id = i, Total = rnd.Next(1, 500) };
    }
