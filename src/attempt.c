/* attempt.c -- classes of attempt outcomes (see attempt.h). */
#include <curl/curl.h>
#include "util.h"
#include "attempt.h"
#include "provider.h"

static const char *const names[ATT__COUNT] = {
	[ATT_OK] = "ok",
	[ATT_CONNECT] = "connect",
	[ATT_TIMEOUT] = "timeout",
	[ATT_DROPPED] = "dropped",
	[ATT_TRUNCATED] = "truncated",
	[ATT_TOO_LARGE] = "too_large",
	[ATT_TRANSPORT] = "transport",
	[ATT_RATE_LIMITED] = "http_429",
	[ATT_OVERLOADED] = "overloaded",
	[ATT_SERVER] = "http_5xx",
	[ATT_AUTH] = "auth",
	[ATT_NOT_FOUND] = "not_found",
	[ATT_TIMEOUT_HTTP] = "http_408",
	[ATT_CONFLICT] = "http_409",
	[ATT_CLIENT] = "http_4xx",
	[ATT_HTTP_OTHER] = "http_other",
	[ATT_MALFORMED] = "malformed",
	[ATT_EMPTY] = "empty",
	[ATT_PROVIDER_ERROR] = "provider_error",
	[ATT_CANCELLED] = "cancelled",
	[ATT_BATCH_EXPIRED] = "batch_expired",
	[ATT_BATCH_CANCELLED] = "batch_cancelled",
	[ATT_BATCH_MISSING] = "batch_missing",
};

const char *attempt_class_name(enum att_class c)
{
	return (unsigned)c < ATT__COUNT ? names[c] : "unknown";
}

int attempt_class_parse(const char *name)
{
	for (int i = 0; name && i < ATT__COUNT; i++)
		if (!strcmp(name, names[i]))
			return i;
	return -1;
}

static enum att_class curl_class(int rc)
{
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
		return ATT_TIMEOUT;
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return ATT_CONNECT;
	case CURLE_GOT_NOTHING:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_FAIL_REWIND:   /* a reused connection died after the request left */
		return ATT_DROPPED;
	case CURLE_PARTIAL_FILE:
		return ATT_TRUNCATED;
	case CURLE_WRITE_ERROR:
	case CURLE_FILESIZE_EXCEEDED:
		return ATT_TOO_LARGE;
	default:
		return ATT_TRANSPORT;
	}
}

static enum att_class status_class(long s)
{
	switch (s) {
	case 401:
	case 403:
		return ATT_AUTH;
	case 404:
		return ATT_NOT_FOUND;
	case 408:
		return ATT_TIMEOUT_HTTP;
	case 409:
		return ATT_CONFLICT;
	case 429:
		return ATT_RATE_LIMITED;
	case 503:
	case 529:
		return ATT_OVERLOADED;
	}
	if (s >= 500 && s <= 599)
		return ATT_SERVER;
	if (s >= 400 && s <= 499)
		return ATT_CLIENT;
	return ATT_HTTP_OTHER;
}

enum att_class attempt_classify(int curl_code, long http_status, int resp_status)
{
	if (curl_code != CURLE_OK) {
		/* a refused status with a body cut short is still that status */
		if (http_status >= 400 && curl_code != CURLE_OPERATION_TIMEDOUT)
			return status_class(http_status);
		return curl_class(curl_code);
	}
	if (http_status != 200)
		return status_class(http_status);
	switch (resp_status) {
	case RESP_OK:
		return ATT_OK;
	case RESP_EMPTY:
		return ATT_EMPTY;
	case RESP_PROVIDER_ERROR:
		return ATT_PROVIDER_ERROR;
	case RESP_TOO_LARGE:
		return ATT_TOO_LARGE;
	default:
		return ATT_MALFORMED;
	}
}

int attempt_retryable(enum att_class c)
{
	switch (c) {
	case ATT_OK:
	case ATT_AUTH:
	case ATT_NOT_FOUND:
	case ATT_CLIENT:
	case ATT_TOO_LARGE:
	case ATT_CANCELLED:
	case ATT_HTTP_OTHER:
	case ATT__COUNT:
		return 0;
	default:
		return 1;
	}
}

int attempt_throttled(enum att_class c)
{
	return c == ATT_RATE_LIMITED || c == ATT_OVERLOADED;
}
