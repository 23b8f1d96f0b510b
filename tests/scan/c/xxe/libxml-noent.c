#include <libxml/parser.h>

/* parse an invoice document, substituting the entities of its DTD */
xmlDocPtr invoice_parse(const char *buf, int len)
{
	return xmlReadMemory(buf, len, "invoice.xml", NULL,
	                     XML_PARSE_NOENT | XML_PARSE_DTDLOAD);   /* expect: CWE-611 */
}
