// Vulnerable C#: every line marked expect: must be flagged with that CWE.
using System;
using System.Data.SqlClient;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Runtime.Serialization.Formatters.Binary;
using System.Security.Cryptography;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.Extensions.Logging;

public class BadController : Controller
{
    private const string ConnectionPassword = "P@ssw0rd2024";                  // expect: CWE-798
    private readonly string apiKey = "AIzaSyD-9tSrke72PouQMnMX";               // expect: CWE-798
    private readonly ILogger _logger;
    private static readonly HttpClient client = new HttpClient();

    public IActionResult Find(SqlConnection conn, string name)
    {
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", conn); // expect: CWE-89
        var cmd2 = new SqlCommand($"DELETE FROM Carts WHERE Owner = '{name}'", conn);      // expect: CWE-89
        _logger.LogInformation("lookup " + Request.Query["name"]);                         // expect: CWE-117
        return Content("<h1>Hello " + name + "</h1>", "text/html");                         // expect: CWE-79
    }

    public void Ping(string host)
    {
        Process.Start("cmd.exe", "/c ping " + host);                            // expect: CWE-78
    }

    public object Calc(string expr)
    {
        return CSharpScript.EvaluateAsync(expr).Result;                          // expect: CWE-95
    }

    public byte[] Read(string name)
    {
        return File.ReadAllBytes(Path.Combine("/srv/files", name));              // expect: CWE-22
    }

    public object Load(Stream s)
    {
        return new BinaryFormatter().Deserialize(s);                             // expect: CWE-502
    }

    public XmlReader Parse(Stream s)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse }; // expect: CWE-611
        return XmlReader.Create(s, settings);
    }

    public async System.Threading.Tasks.Task<string> Fetch(string url)
    {
        return await client.GetStringAsync(url);                                 // expect: CWE-918
    }

    public IActionResult Go(string returnUrl)
    {
        return Redirect(returnUrl);                                              // expect: CWE-601
    }

    public byte[] Hash(string password, byte[] data)
    {
        var a = MD5.Create().ComputeHash(data);                                  // expect: CWE-328
        return SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(password));    // expect: CWE-916
    }

    public ICryptoTransform Cipher(byte[] key)
    {
        return DES.Create().CreateEncryptor();                                   // expect: CWE-327
    }

    public string ResetToken()
    {
        return new Random().Next().ToString("x");                                // expect: CWE-338
    }

    public void Tls(HttpClientHandler h)
    {
        h.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;     // expect: CWE-295
    }

    public void Scratch(byte[] data)
    {
        File.WriteAllBytes("/tmp/upload.bin", data);                             // expect: CWE-377
        File.SetUnixFileMode("/srv/shared", UnixFileMode.UserRead | UnixFileMode.OtherWrite); // expect: CWE-732
    }
}
