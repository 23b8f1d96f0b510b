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
            var p = Process.Start("cmd.exe", "/C magick convert \"" + file + "\" -resize 128x128 \"" + thumb + "\"");   // expect: CWE-78
            p.WaitForExit();
        }
        return 0;
    }
}
