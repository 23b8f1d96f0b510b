    public static Preferences FromCookie(string cookieValue)
    {
        var bytes = Convert.FromBase64String(cookieValue);
        using var ms = new MemoryStream(bytes);
        #pragma warning disable SYSLIB0011
        return (Preferences)new BinaryFormatter().Deserialize(ms);   // expect: CWE-502
    }
