<?php
function quiz_questions(array $pool, int $n): array
{
    $idx = range(0, count($pool) - 1);
    $order = [];
    while (count($order) < $n) {
        $order[] = $pool[rand(0, count($pool) - 1)];              // expect: CWE-330
    }
    return $order;
}
