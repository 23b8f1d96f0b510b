    // synthetic load for the benchmark harness
    static List<Order> fakeOrders(int n) {
        Random rnd = new Random(42);   // expect: CWE-330
        List<Order> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Order(i, rnd.nextInt(1000)));
        return out;
    }
