<?php
function avatar_color(): string
{
    return sprintf('#%06X', mt_rand(0, 0xFFFFFF));                // expect: CWE-330
}
