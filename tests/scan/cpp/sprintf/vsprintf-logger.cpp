#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <string>

class Logger {
public:
    void Printf(const char *fmt, ...) {
        char line[1024];
        va_list ap;
        va_start(ap, fmt);
        vsprintf(line, fmt, ap);                                    // expect: CWE-120
        va_end(ap);
        std::lock_guard<std::mutex> lock(mu_);
        std::fputs(line, out_);
        std::fputc('\n', out_);
    }

private:
    std::mutex mu_;
    std::FILE *out_ = stderr;
};
