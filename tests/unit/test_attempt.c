/* test_attempt.c -- what an attempt came to: libcurl's result, the HTTP
 * status and the parser's verdict give one class; which are retried. */
#include <curl/curl.h>
#include "t.h"
#include "util.h"
#include "attempt.h"
#include "provider.h"

static void test_classify(void)
{
	static const struct { int curl; long status; int resp; enum att_class want; } cases[] = {
		{ CURLE_OK, 200, RESP_OK, ATT_OK },
		{ CURLE_OK, 200, RESP_EMPTY, ATT_EMPTY },
		{ CURLE_OK, 200, RESP_MALFORMED, ATT_MALFORMED },
		{ CURLE_OK, 200, RESP_PROVIDER_ERROR, ATT_PROVIDER_ERROR },
		{ CURLE_OK, 200, RESP_TOO_LARGE, ATT_TOO_LARGE },
		{ CURLE_OK, 401, 0, ATT_AUTH },
		{ CURLE_OK, 403, 0, ATT_AUTH },
		{ CURLE_OK, 404, 0, ATT_NOT_FOUND },
		{ CURLE_OK, 408, 0, ATT_TIMEOUT_HTTP },
		{ CURLE_OK, 409, 0, ATT_CONFLICT },
		{ CURLE_OK, 422, 0, ATT_CLIENT },
		{ CURLE_OK, 429, 0, ATT_RATE_LIMITED },
		{ CURLE_OK, 500, 0, ATT_SERVER },
		{ CURLE_OK, 502, 0, ATT_SERVER },
		{ CURLE_OK, 503, 0, ATT_OVERLOADED },
		{ CURLE_OK, 529, 0, ATT_OVERLOADED },
		{ CURLE_OK, 302, 0, ATT_HTTP_OTHER },
		{ CURLE_COULDNT_CONNECT, 0, 0, ATT_CONNECT },
		{ CURLE_COULDNT_RESOLVE_HOST, 0, 0, ATT_CONNECT },
		{ CURLE_OPERATION_TIMEDOUT, 0, 0, ATT_TIMEOUT },
		{ CURLE_OPERATION_TIMEDOUT, 200, 0, ATT_TIMEOUT },   /* a stream that stalled */
		{ CURLE_GOT_NOTHING, 0, 0, ATT_DROPPED },
		{ CURLE_SEND_FAIL_REWIND, 0, 0, ATT_DROPPED },       /* libcurl may not re-send */
		{ CURLE_RECV_ERROR, 0, 0, ATT_DROPPED },
		{ CURLE_PARTIAL_FILE, 200, 0, ATT_TRUNCATED },
		{ CURLE_WRITE_ERROR, 200, 0, ATT_TOO_LARGE },
		{ CURLE_PARTIAL_FILE, 500, 0, ATT_SERVER },          /* the status says more */
		{ CURLE_SSL_CONNECT_ERROR, 0, 0, ATT_TRANSPORT },
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		enum att_class c = attempt_classify(cases[i].curl, cases[i].status, cases[i].resp);
		if (c != cases[i].want) {
			fprintf(stderr, "  case %zu (curl %d, HTTP %ld): %s, expected %s\n", i,
				cases[i].curl, cases[i].status, attempt_class_name(c),
				attempt_class_name(cases[i].want));
			t_cur_failed = 1;
		}
	}
}

static void test_retry_rules(void)
{
	static const enum att_class no[] = {
		ATT_OK, ATT_AUTH, ATT_NOT_FOUND, ATT_CLIENT, ATT_TOO_LARGE, ATT_CANCELLED, ATT_HTTP_OTHER,
	};
	static const enum att_class yes[] = {
		ATT_CONNECT, ATT_TIMEOUT, ATT_DROPPED, ATT_TRUNCATED, ATT_TRANSPORT, ATT_RATE_LIMITED,
		ATT_OVERLOADED, ATT_SERVER, ATT_TIMEOUT_HTTP, ATT_CONFLICT, ATT_MALFORMED, ATT_EMPTY,
		ATT_PROVIDER_ERROR, ATT_BATCH_EXPIRED, ATT_BATCH_CANCELLED, ATT_BATCH_MISSING,
	};
	for (size_t i = 0; i < ARRAY_LEN(no); i++)
		T_EQ_INT(attempt_retryable(no[i]), 0);
	for (size_t i = 0; i < ARRAY_LEN(yes); i++)
		T_EQ_INT(attempt_retryable(yes[i]), 1);
	T_EQ_INT(ARRAY_LEN(no) + ARRAY_LEN(yes), ATT__COUNT);   /* every class decided */
	T_EQ_INT(attempt_throttled(ATT_RATE_LIMITED), 1);
	T_EQ_INT(attempt_throttled(ATT_OVERLOADED), 1);
	T_EQ_INT(attempt_throttled(ATT_SERVER), 0);
}

/* Names are stored and documented: every class has one, distinct, and it
 * reads back to the class. */
static void test_names(void)
{
	for (int i = 0; i < ATT__COUNT; i++) {
		const char *n = attempt_class_name((enum att_class)i);
		T_CHECK(n && *n && strcmp(n, "unknown"));
		T_EQ_INT(attempt_class_parse(n), i);
		for (int j = 0; j < i; j++)
			T_CHECK(strcmp(n, attempt_class_name((enum att_class)j)));
	}
	T_EQ_STR(attempt_class_name(ATT_RATE_LIMITED), "http_429");
	T_EQ_STR(attempt_class_name(ATT_AUTH), "auth");
	T_EQ_INT(attempt_class_parse("no-such-class"), -1);
	T_EQ_INT(attempt_class_parse(NULL), -1);
	T_EQ_STR(attempt_class_name(ATT__COUNT), "unknown");
}

int main(void)
{
	T_RUN(test_classify);
	T_RUN(test_retry_rules);
	T_RUN(test_names);
	return t_done("test_attempt");
}
