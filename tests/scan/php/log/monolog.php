<?php
$this->logger->warning('coupon rejected: ' . $_GET['code']);      // expect: CWE-117
