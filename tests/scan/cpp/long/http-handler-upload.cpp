#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include "http/server.h"

namespace web {

// POST /upload?name=...  stores the body under the uploads directory
Response UploadHandler::Handle(const Request &req) {
    const std::string name = req.Query("name");
    if (name.empty())
        return Response::BadRequest("missing name");
    if (req.body().size() > max_upload_)
        return Response(413, "too large");

    char path[512];
    std::snprintf(path, sizeof path, "%s/%s", upload_dir_.c_str(), name.c_str());   // expect: CWE-22
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return Response::ServerError("cannot store");
    out.write(req.body().data(), static_cast<std::streamsize>(req.body().size()));

    char msg[128];
    std::sprintf(msg, "stored %zu bytes as %s", req.body().size(), name.c_str());   // expect: CWE-120
    logger_.Info(msg);
    return Response::Ok(msg);
}

}  // namespace web
