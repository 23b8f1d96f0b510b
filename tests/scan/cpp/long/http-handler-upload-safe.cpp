#include <filesystem>
#include <fstream>
#include <string>
#include "http/server.h"

namespace web {
namespace fs = std::filesystem;

// POST /upload?name=...  stores the body under the uploads directory
Response UploadHandler::Handle(const Request &req) {
    const std::string name = req.Query("name");
    if (name.empty() || name.find_first_of("/\\") != std::string::npos || name == ".." ||
        name == ".")
        return Response::BadRequest("bad name");                    // ok: CWE-22
    if (req.body().size() > max_upload_)
        return Response(413, "too large");

    const fs::path path = upload_dir_ / fs::path(name).filename();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return Response::ServerError("cannot store");
    out.write(req.body().data(), static_cast<std::streamsize>(req.body().size()));

    std::string msg = "stored " + std::to_string(req.body().size()) + " bytes as " + name;
    logger_.Info("{}", msg);                                        // ok: CWE-134
    return Response::Ok(msg);
}

}  // namespace web
