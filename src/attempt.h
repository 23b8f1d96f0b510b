/* attempt.h -- what one request attempt came to, as an enum of classes.
 *
 * The event loop reports each finished transfer with a class from here;
 * the run records the class's name in the store (attempts.error_class) and
 * reports count tasks by the class of their last attempt. attempt_classify()
 * is the one place that turns a transfer's raw outcome (libcurl's result,
 * the HTTP status, what the protocol parser made of the body) into a class,
 * and attempt_retryable() the one place that says which classes are worth
 * another attempt. The names are stable: they are stored and documented
 * (README "When requests fail"). */
#ifndef TRI_ATTEMPT_H
#define TRI_ATTEMPT_H

enum att_class {
	ATT_OK = 0,          /* a usable answer */
	ATT_CONNECT,         /* could not connect or resolve the host */
	ATT_TIMEOUT,         /* the total timeout passed */
	ATT_DROPPED,         /* the connection closed with no (or no complete) response */
	ATT_TRUNCATED,       /* the body stopped before its announced end */
	ATT_TOO_LARGE,       /* the response is over the size cap */
	ATT_TRANSPORT,       /* any other transport failure */
	ATT_RATE_LIMITED,    /* HTTP 429 */
	ATT_OVERLOADED,      /* HTTP 503 or 529: the provider asks to slow down */
	ATT_SERVER,          /* other HTTP 5xx */
	ATT_AUTH,            /* HTTP 401 or 403: the key is wrong or lacks access */
	ATT_NOT_FOUND,       /* HTTP 404: no such model or endpoint */
	ATT_TIMEOUT_HTTP,    /* HTTP 408 */
	ATT_CONFLICT,        /* HTTP 409 */
	ATT_CLIENT,          /* other HTTP 4xx: the request was refused */
	ATT_HTTP_OTHER,      /* a status that is neither 200, 4xx nor 5xx */
	ATT_MALFORMED,       /* a body that is not the protocol (bad JSON, cut stream) */
	ATT_EMPTY,           /* a well-formed answer with no choice or no content */
	ATT_PROVIDER_ERROR,  /* an error object in a 200 body or a stream event */
	ATT_CANCELLED,       /* stopped by Ctrl-C; the task is sent again on --resume */
	ATT_BATCH_EXPIRED,   /* its batch ended (24 h) before the request was run */
	ATT_BATCH_CANCELLED, /* its batch was cancelled before the request was run */
	ATT_BATCH_MISSING,   /* its batch ended without a result for it */
	ATT__COUNT
};

/* The stable name of a class ("ok", "connect", "http_429", ...). */
const char *attempt_class_name(enum att_class c);
/* The class of a stored name, or -1 when the name is unknown. */
int attempt_class_parse(const char *name);

/* A transfer's raw outcome. curl_code is libcurl's CURLcode (0 = CURLE_OK);
 * http_status is 0 when no status line came; resp_status is the protocol
 * parser's enum resp_status (provider.h) for a 200. */
enum att_class attempt_classify(int curl_code, long http_status, int resp_status);

/* Is another attempt worth sending? Transport failures, timeouts, 408,
 * 409, 429, 5xx, malformed, empty, provider errors and the requests a
 * batch did not run are; auth, 404, other 4xx, too_large and cancelled
 * are not (the same request would get the same answer). */
int attempt_retryable(enum att_class c);

/* Does the class ask the sender to slow down (429, 503, 529)? */
int attempt_throttled(enum att_class c);

#endif
