    public static string CreateDailyReport()
    {
        var dir = Directory.CreateDirectory("/srv/shared/orders-reports");
        File.SetUnixFileMode(dir.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
            UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);   // expect: CWE-732
        var file = Path.Combine(dir.FullName, $"report-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        File.WriteAllText(file, "");
        return file;
    }
