#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

static void usage(const char *prog) {
    std::fprintf(stderr, "usage: %s [-o out] [-f filter] input...\n", prog);   // ok: CWE-134
}

int main(int argc, char **argv) {
    char outfile[64] = "out.txt";
    std::string filter;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; ++i) {
        if (!std::strcmp(argv[i], "-o") && i + 1 < argc)
            std::strcpy(outfile, argv[++i]);                        // expect: CWE-120
        else if (!std::strcmp(argv[i], "-f") && i + 1 < argc)
            filter = argv[++i];
        else {
            usage(argv[0]);
            return 2;
        }
    }
    for (; i < argc; ++i) {
        std::string cmd = "grep -h '" + filter + "' " + argv[i] + " >> " + outfile;
        if (std::system(cmd.c_str()) != 0)                          // expect: CWE-78
            std::cerr << "failed on " << argv[i] << '\n';
    }
    return 0;
}
