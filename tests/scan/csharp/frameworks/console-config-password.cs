class Program
{
    static async Task Main()
    {
        var factory = new ConnectionFactory
        {
            HostName = "mq.internal",
            UserName = "ingest",
            Password = "Rabb1tMQ!pass"   // expect: CWE-798
        };
        using var connection = await factory.CreateConnectionAsync();
        Console.WriteLine("connected");
    }
}
