    xmlDocPtr doc = xmlReadMemory(body.data(), static_cast<int>(body.size()), "feed.xml", nullptr,
                                  XML_PARSE_NOENT);                 // expect: CWE-611
