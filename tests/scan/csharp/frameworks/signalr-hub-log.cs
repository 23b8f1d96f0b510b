public class ChatHub : Hub
{
    private readonly ILogger<ChatHub> _logger;

    public ChatHub(ILogger<ChatHub> logger) => _logger = logger;

    public async Task Send(string user, string message)
    {
        _logger.LogInformation("Message from {User}", user);   // ok: CWE-117
        await Clients.All.SendAsync("ReceiveMessage", user, message);
    }
}
