public class GetForecastHandler : IRequestHandler<GetForecastQuery, IEnumerable<Forecast>>
{
    private static readonly string[] Summaries = { "Freezing", "Cool", "Mild", "Warm", "Hot" };

    public Task<IEnumerable<Forecast>> Handle(GetForecastQuery request, CancellationToken cancellationToken)
    {
        var rng = new Random();   // expect: CWE-330
        return Task.FromResult(Enumerable.Range(1, 5).Select(i => new Forecast
        {
            Date = DateTime.Now.AddDays(i),
            TemperatureC = rng.Next(-20, 55),
            Summary = Summaries[rng.Next(Summaries.Length)]
        }));
    }
}
