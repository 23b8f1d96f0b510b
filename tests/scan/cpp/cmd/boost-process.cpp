#include <boost/process.hpp>
namespace bp = boost::process;

double ProbeDuration(const std::string &upload_path) {
    bp::ipstream out;
    bp::child c(bp::search_path("ffprobe"), "-v", "error", "-show_entries",
                "format=duration", "-of", "default=noprint_wrappers=1:nokey=1",
                upload_path, bp::std_out > out);                     // ok: CWE-78
    std::string line;
    std::getline(out, line);
    c.wait();
    return std::stod(line);
}
