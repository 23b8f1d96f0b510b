    xmlDocPtr doc = xmlReadMemory(body.data(), static_cast<int>(body.size()), "feed.xml", nullptr,
                                  XML_PARSE_NONET);                 // ok: CWE-611
