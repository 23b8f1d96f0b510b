    private static readonly JsonSerializerSettings Settings = new() { TypeNameHandling = TypeNameHandling.Objects };   // expect: CWE-502

    public static Preferences FromCookie(string cookieValue) =>
        JsonConvert.DeserializeObject<Preferences>(Encoding.UTF8.GetString(Convert.FromBase64String(cookieValue)), Settings)!;
