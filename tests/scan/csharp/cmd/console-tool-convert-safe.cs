using System;
using System.Diagnostics;
using System.IO;

class Program
{
    static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: thumbs <dir>");
            return 2;
        }
        foreach (var file in Directory.EnumerateFiles(args[0], "*.jpg"))
        {
            var thumb = Path.ChangeExtension(file, ".thumb.jpg");
            var psi = new ProcessStartInfo("magick") { UseShellExecute = false };
            psi.ArgumentList.Add("convert");
            psi.ArgumentList.Add(file);   // ok: CWE-78
            psi.ArgumentList.Add("-resize");
            psi.ArgumentList.Add("128x128");
            psi.ArgumentList.Add(thumb);
            Process.Start(psi)!.WaitForExit();
        }
        return 0;
    }
}
