#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <vector>

struct Row { std::string name; double amount; };

// Writes the nightly CSV for the finance team and hands it to the mailer.
bool WriteNightlyReport(const std::vector<Row> &rows, const std::string &recipient) {
    char path[L_tmpnam];
    if (!std::tmpnam(path))                                         // expect: CWE-377
        return false;
    std::FILE *f = std::fopen(path, "w");
    if (!f)
        return false;
    std::fprintf(f, "name,amount\n");
    for (const auto &r : rows)
        std::fprintf(f, "%s,%.2f\n", r.name.c_str(), r.amount);     // ok: CWE-134
    std::fclose(f);
    chmod(path, 0644);                                              // ok: CWE-732
    std::string cmd = "mail -s 'nightly report' -a ";
    cmd += path;
    cmd += " ";
    cmd += recipient;
    cmd += " < /dev/null";
    return std::system(cmd.c_str()) == 0;                           // expect: CWE-78
}
