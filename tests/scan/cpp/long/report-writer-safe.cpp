#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;
struct Row { std::string name; double amount; };

// Writes the nightly CSV for the finance team and hands it to the mailer.
bool WriteNightlyReport(const std::vector<Row> &rows, const std::string &recipient) {
    char path[] = "/var/tmp/nightly-XXXXXX";
    int fd = mkstemp(path);                                         // ok: CWE-377
    if (fd < 0)
        return false;
    std::FILE *f = fdopen(fd, "w");
    std::fprintf(f, "name,amount\n");
    for (const auto &r : rows)
        std::fprintf(f, "%s,%.2f\n", r.name.c_str(), r.amount);
    std::fclose(f);
    const char *argv[] = {"mail", "-s", "nightly report", "-a", path, "--",
                          recipient.c_str(), nullptr};
    pid_t pid;
    if (posix_spawnp(&pid, "mail", nullptr, nullptr, const_cast<char **>(argv), environ) != 0)   // ok: CWE-78
        return false;
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}
