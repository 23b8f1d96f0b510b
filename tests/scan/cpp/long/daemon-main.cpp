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
    umask(0);                                                       // expect: CWE-732
    chdir("/");
    int fd = open("/dev/null", O_RDWR);
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
}

int main(int argc, char **argv) {
    openlog("collector", LOG_PID, LOG_DAEMON);
    Daemonize();
    FILE *pid = std::fopen("/tmp/collector.pid", "w");              // expect: CWE-377
    if (pid) {
        std::fprintf(pid, "%d\n", getpid());
        std::fclose(pid);
    }
    for (int i = 1; i < argc; ++i)
        syslog(LOG_INFO, argv[i]);                                  // expect: CWE-134
    return RunCollector();
}
