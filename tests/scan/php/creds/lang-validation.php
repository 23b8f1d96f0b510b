<?php
// lang/es/validation.php
return [
    'required' => 'El campo :attribute es obligatorio.',
    'attributes' => [
        'email' => 'correo electrónico',
        'password' => 'contraseña',                               // ok: CWE-798
    ],
];
