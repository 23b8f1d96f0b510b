<?php
class View
{
    public function render($template, array $data = [])
    {
        extract($data);
        include $this->path . '/' . $template . '.phtml';           // ok: CWE-98
    }
}
