#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>

static void usage(const char *prog) {
    std::fprintf(stderr, "usage: %s [-o out] [-f filter] input...\n", prog);   // ok: CWE-134
}

int main(int argc, char **argv) {
    std::string outfile = "out.txt";                                // ok: CWE-121
    std::string filter;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; ++i) {
        if (!std::strcmp(argv[i], "-o") && i + 1 < argc)
            outfile = argv[++i];
        else if (!std::strcmp(argv[i], "-f") && i + 1 < argc)
            filter = argv[++i];
        else {
            usage(argv[0]);
            return 2;
        }
    }
    std::ofstream out(outfile, std::ios::app);
    for (; i < argc; ++i) {
        std::ifstream in(argv[i]);
        for (std::string line; std::getline(in, line);)
            if (line.find(filter) != std::string::npos)             // ok: CWE-78
                out << line << '\n';
    }
    return 0;
}
