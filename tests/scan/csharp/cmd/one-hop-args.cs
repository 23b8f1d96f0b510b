    public void Zip(string folder, string zipName)
    {
        string args = "a -tzip " + zipName + " " + folder;
        Process.Start("7z.exe", args);   // expect: CWE-78
    }
