<?php
$this->logger->warning('coupon rejected', ['code' => json_encode($_GET['code'])]);   // ok: CWE-117
