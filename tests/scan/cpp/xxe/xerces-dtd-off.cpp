    parser->setDisableDefaultEntityResolution(true);
    parser->setLoadExternalDTD(false);                              // ok: CWE-611
