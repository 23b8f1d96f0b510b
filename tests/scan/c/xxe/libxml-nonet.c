#include <libxml/parser.h>

xmlDocPtr invoice_parse(const char *buf, int len)
{
	return xmlReadMemory(buf, len, "invoice.xml", NULL,
	                     XML_PARSE_NONET | XML_PARSE_NOERROR);   /* ok: CWE-611 */
}
