// Safe twins of Bad.cs: nothing here may be flagged.
using System;
using System.Collections.Generic;
using System.Data.SqlClient;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

public class GoodController : Controller
{
    private readonly string apiKey = Environment.GetEnvironmentVariable("API_KEY"); // ok: CWE-798
    private static readonly HashSet<string> AllowedHosts = new() { "api.example.com" };
    private readonly ILogger _logger;
    private static readonly HttpClient client = new HttpClient();

    public IActionResult Find(SqlConnection conn, string name)
    {
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = @name", conn);   // ok: CWE-89
        cmd.Parameters.AddWithValue("@name", name);
        _logger.LogInformation("lookup {Name}", Request.Query["name"].ToString().Replace("\n", "")); // ok: CWE-117
        return Content("<h1>Hello " + HtmlEncoder.Default.Encode(name) + "</h1>", "text/html"); // ok: CWE-79
        var doc = @"SELECT * FROM Users WHERE Name = '"" + name + ""'";             // ok: CWE-89 verbatim
    }

    public void Ping(string host)
    {
        var psi = new ProcessStartInfo("ping");
        psi.ArgumentList.Add(host);                                             // ok: CWE-78
        Process.Start(psi);
    }

    public object Calc(string expr)
    {
        return int.Parse(expr);                                                  // ok: CWE-95
    }

    public byte[] Read(string name)
    {
        return File.ReadAllBytes(Path.Combine("/srv/files", Path.GetFileName(name))); // ok: CWE-22
    }

    public T Load<T>(string s)
    {
        return JsonSerializer.Deserialize<T>(s);                                 // ok: CWE-502
    }

    public XmlReader Parse(Stream s)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }; // ok: CWE-611
        return XmlReader.Create(s, settings);
    }

    public async System.Threading.Tasks.Task<string> Fetch(string url)
    {
        var u = new Uri(url);
        if (!AllowedHosts.Contains(u.Host)) throw new ArgumentException("host");
        return await client.GetStringAsync(url);                                 // ok: CWE-918
    }

    public IActionResult Go(string returnUrl)
    {
        if (!Url.IsLocalUrl(returnUrl)) return BadRequest();
        return Redirect(returnUrl);                                              // ok: CWE-601
    }

    public byte[] Hash(string password, byte[] salt, byte[] data)
    {
        var a = SHA256.HashData(data);                                           // ok: CWE-328
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32); // ok: CWE-916
    }

    public ICryptoTransform Cipher(byte[] key)
    {
        return Aes.Create().CreateEncryptor();                                   // ok: CWE-327
    }

    public string ResetToken()
    {
        return Convert.ToHexString(RandomNumberGenerator.GetBytes(32));          // ok: CWE-338
    }

    public void Tls(HttpClientHandler h)
    {
        h.CheckCertificateRevocationList = true;                                 // ok: CWE-295
    }

    public void Scratch(byte[] data)
    {
        var dir = Directory.CreateTempSubdirectory("upload-");                   // ok: CWE-377
        File.SetUnixFileMode(dir.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite); // ok: CWE-732
    }
}
