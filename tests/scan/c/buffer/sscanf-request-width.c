/* parse "GET /path HTTP/1.1" */
static int parse_request_line(const char *line, struct req *rq)
{
	char method[8], proto[16];
	if (sscanf(line, "%7s %255s %15s", method, rq->path, proto) != 3)   /* ok: CWE-121 */
		return -1;
	rq->method = method_from_str(method);
	return 0;
}
