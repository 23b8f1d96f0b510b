class Program
{
    static async Task Main()
    {
        var factory = new ConnectionFactory
        {
            HostName = "mq.internal",
            UserName = "ingest",
            Password = Environment.GetEnvironmentVariable("MQ_PASSWORD")   // ok: CWE-798
        };
        using var connection = await factory.CreateConnectionAsync();
        Console.WriteLine("connected");
    }
}
