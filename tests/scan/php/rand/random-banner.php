<?php
$banners = ['spring.jpg', 'summer.jpg', 'autumn.jpg', 'winter.jpg'];
$pick = $banners[mt_rand(0, count($banners) - 1)];                // expect: CWE-330
echo '<img class="hero" src="/img/banners/' . $pick . '" alt="">';
