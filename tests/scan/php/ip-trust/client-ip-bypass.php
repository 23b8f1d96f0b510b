<?php
class RateLimiter
{
    public function isTrusted(): bool
    {
        $ip = $_SERVER['HTTP_CLIENT_IP'] ?? '';
        return in_array($ip, $this->trustedIps, true);             // expect: CWE-348
    }
}
