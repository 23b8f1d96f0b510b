<?php
// Sample 1% of requests for the slow log.
if (lcg_value() < 0.01) {                                         // expect: CWE-330
    $logger->debug('slow request sample', ['uri' => $uri, 'ms' => $elapsed]);
}
