#include <cstdlib>
#include <dlfcn.h>
#include <iostream>
#include <string>

// Runs the post-build hook configured for a project.
class HookRunner {
public:
    explicit HookRunner(std::string project) : project_(std::move(project)) {}

    int RunPostBuild(const std::string &artifact) {
        const char *hook = std::getenv("POST_BUILD_HOOK");
        if (!hook)
            return 0;
        std::string cmd = std::string(hook) + " " + project_ + " " + artifact;
        std::cout << "running " << cmd << std::endl;
        return std::system(cmd.c_str());                            // expect: CWE-78
    }

    void *LoadPlugin(const std::string &name) {
        std::string path = "/usr/lib/builder/plugins/lib" + name + ".so";
        return dlopen(path.c_str(), RTLD_NOW);
    }

    int Clean() {
        return std::system("rm -rf ./build/tmp");                   // ok: CWE-78
    }

private:
    std::string project_;
};
