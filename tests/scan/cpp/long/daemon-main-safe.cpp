#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

static void Daemonize() {
    if (fork() > 0)
        std::exit(0);
    setsid();
    umask(022);                                                     // ok: CWE-732
    if (chdir("/") != 0)
        std::exit(1);
    int fd = open("/dev/null", O_RDWR);
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
}

int main(int argc, char **argv) {
    openlog("collector", LOG_PID, LOG_DAEMON);
    Daemonize();
    FILE *pid = std::fopen("/run/collector/collector.pid", "w");    // ok: CWE-377
    if (pid) {
        std::fprintf(pid, "%d\n", getpid());
        std::fclose(pid);
    }
    for (int i = 1; i < argc; ++i)
        syslog(LOG_INFO, "arg %s", argv[i]);                        // ok: CWE-134
    return RunCollector();
}
