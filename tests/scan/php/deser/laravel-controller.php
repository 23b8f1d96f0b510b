<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class WizardController extends Controller
{
    public function step(Request $request)
    {
        $state = $request->input('state');
        $data = $state ? unserialize(base64_decode($state)) : [];   // expect: CWE-502
        $data[$request->input('field')] = $request->input('value');
        return view('wizard.step', [
            'state' => base64_encode(serialize($data)),
            'data' => $data,
        ]);
    }
}
