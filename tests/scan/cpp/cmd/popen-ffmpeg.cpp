#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

// Probe the duration of an uploaded video with ffprobe.
double ProbeDuration(const std::string &upload_path) {
    std::string cmd = "ffprobe -v error -show_entries format=duration "
                      "-of default=noprint_wrappers=1:nokey=1 \"" + upload_path + "\"";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(cmd.c_str(), "r"), pclose);   // expect: CWE-78
    if (!pipe)
        throw std::runtime_error("popen failed");
    std::array<char, 64> buf{};
    std::string out;
    while (fgets(buf.data(), static_cast<int>(buf.size()), pipe.get()))
        out += buf.data();
    return std::stod(out);
}
