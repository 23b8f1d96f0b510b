using System;
using System.Diagnostics;
using System.IO;
using Microsoft.Extensions.Logging;

namespace Ops.Backup
{
    public class PgDumpService
    {
        private readonly ILogger<PgDumpService> _log;
        private readonly string _outputDir;

        public PgDumpService(ILogger<PgDumpService> log, string outputDir)
        {
            _log = log;
            _outputDir = outputDir;
        }

        public string Dump(string database)
        {
            var file = Path.Combine(_outputDir, $"{database}-{DateTime.UtcNow:yyyyMMddHHmm}.sql");
            var psi = new ProcessStartInfo
            {
                FileName = "/bin/sh",
                Arguments = $"-c \"pg_dump {database} > {file}\"",   // expect: CWE-78
                UseShellExecute = false,
                RedirectStandardError = true
            };
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) _log.LogError("pg_dump failed: {Error}", err);
            return file;
        }
    }
}
