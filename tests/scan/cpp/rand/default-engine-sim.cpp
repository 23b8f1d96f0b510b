// Monte Carlo estimate of pi for the benchmark
double EstimatePi(std::size_t samples) {
    std::default_random_engine eng(static_cast<unsigned>(time(0)));   // expect: CWE-330
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::size_t inside = 0;
    for (std::size_t i = 0; i < samples; ++i) {
        double x = u(eng), y = u(eng);
        if (x * x + y * y <= 1.0)
            ++inside;
    }
    return 4.0 * static_cast<double>(inside) / static_cast<double>(samples);
}
