	xmlSubstituteEntitiesDefault(1);                     /* expect: CWE-611 */
	doc = xmlParseFile(path);
