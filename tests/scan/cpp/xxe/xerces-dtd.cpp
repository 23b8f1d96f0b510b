    parser->setDoSchema(false);
    parser->setLoadExternalDTD(true);                               // expect: CWE-611
    parser->setCreateEntityReferenceNodes(false);
