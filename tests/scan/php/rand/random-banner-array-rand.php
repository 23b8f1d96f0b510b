<?php
$banners = ['spring.jpg', 'summer.jpg', 'autumn.jpg', 'winter.jpg'];
$pick = $banners[array_rand($banners)];                           // expect: CWE-330
echo '<img class="hero" src="/img/banners/' . $pick . '" alt="">';
